#pragma once

#include "domain/appointmentrepository.h"
#include "scheduling/availability.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace clinic::ui {

// The front desk's schedule for a day or a week: one column per provider (those with a visit
// or a free time in it, by name), one row per start time (local, from UTC ms), each cell a
// visit (patient, modality, status) or a free time. Two entries of one provider at one time
// (a cancelled visit and the one booked in its place) take a row each.
class DeskScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Span { Day, Week };
    enum class DataRole {
        AppointmentId = Qt::UserRole + 1, // empty for a free time
        Status, // the appointment's, or empty
        StartMs,
        ProviderId,
        IsFree,
    };
    // A provider and their free times in the span (none for a past day, or in week view).
    struct ProviderTimes
    {
        QString id;
        QString name;
        QList<Slot> free;
    };

    explicit DeskScheduleModel(QObject *parent = nullptr);

    // Where the clinic's days begin and end and its times are shown: this computer's zone by
    // default.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // The UTC [from, to) of the day, or of the week (from the locale's first day) holding
    // `day`: 23 or 25 hours for a day the clocks change.
    std::pair<qint64, qint64> rangeOf(QDate day, Span span) const;

    // Visits outside [fromMs, toMs) are left out; cancelled and declined ones unless shown.
    void setSchedule(Span span, qint64 fromMs, qint64 toMs, const QList<ProviderTimes> &providers,
                     const QList<AppointmentView> &appointments,
                     const QSet<QString> &tentative = {});
    void setShowCancelled(bool show);
    bool showCancelled() const { return m_showCancelled; }

    const AppointmentView *appointmentAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &appointmentId) const;
    int columnOf(const QString &providerId) const;
    bool isEmpty() const { return m_rows.empty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString modalityText(const QString &modality);

private:
    struct Entry
    {
        int appointment = -1; // into m_appointments; -1 for a free time or nothing
        std::optional<Slot> free;
    };
    struct Row
    {
        qint64 startMs = 0;
        std::vector<Entry> cells; // one per column
    };
    void rebuild();
    QString cellText(const Entry &entry) const;
    QString toolTip(const Entry &entry, int column) const;
    QVariant background(const Entry &entry) const;
    QString rowLabel(int row) const;

    QTimeZone m_zone;
    Span m_span = Span::Day;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_showCancelled = false;
    QList<ProviderTimes> m_providers; // as given
    QList<AppointmentView> m_allAppointments; // as given
    QSet<QString> m_tentative;
    // What is shown:
    QList<AppointmentView> m_appointments;
    QList<ProviderTimes> m_columns;
    std::vector<Row> m_rows;
};

} // namespace clinic::ui
