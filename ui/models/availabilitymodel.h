#pragma once

#include "domain/availabilityrepository.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimeZone>

namespace clinic::ui {

// A provider's weekly hours, by day and start, as they entered them: the wall-clock hours in
// the rule's own time zone.
class AvailabilityRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Hours, Modality, Location, SlotLength, TimeZone, Valid, ColumnCount };
    enum class DataRole { RuleId = Qt::UserRole + 1, IsTentative };

    using QAbstractTableModel::QAbstractTableModel;

    // `tentative`: the ids with a change waiting for the server.
    void setRules(const QList<RuleRow> &rules, const QSet<QString> &tentative = {});
    const RuleRow *at(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString dayName(int dayOfWeek); // in the user's language, "Monday"
    static QString modalityText(clinic::Modality modality);
    static QString hoursText(const WeeklyRule &rule); // "09:00–12:30"
    static QString validText(const WeeklyRule &rule); // "Always", "From 1 Jun 2024", ...

private:
    QString text(const RuleRow &row, int column) const;

    QList<RuleRow> m_rules;
    QSet<QString> m_tentative;
};

// Time off and extra hours, soonest first, shown in one time zone (this computer's).
class AvailabilityExceptionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, When, Details, ColumnCount };
    enum class DataRole { ExceptionId = Qt::UserRole + 1, IsTimeOff, IsTentative };

    explicit AvailabilityExceptionModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    void setExceptions(const QList<ExceptionRow> &exceptions, const QSet<QString> &tentative = {});
    const ExceptionRow *at(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Mon 3 Jun 2024, 09:00 – 12:00"; whole days as "Mon 3 Jun 2024 (all day)".
    QString whenText(const AvailabilityException &exception) const;

private:
    QString text(const ExceptionRow &row, int column) const;

    QTimeZone m_zone;
    QList<ExceptionRow> m_exceptions;
    QSet<QString> m_tentative;
};

} // namespace clinic::ui
