#pragma once

#include "scheduling/availability.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace clinic::ui {

// Weekly hours: the days, from and to (wall clock in a time zone, this computer's unless
// another is chosen), the kind of visit, the place, the slot length and, if they are not for
// good, the dates they apply. One rule per day chosen. OK checks the hours here first, then
// hands them to the saver; whatever is wrong (here or the saver's refusal) is said in the
// dialog, which stays open, so nothing half-right is saved.
class AvailabilityRuleDialog : public QDialog
{
    Q_OBJECT
public:
    // Saves the rules; returns why not, or an empty text.
    using Saver = std::function<QString(const QList<WeeklyRule> &rules)>;

    // today: where the dates of validity start.
    AvailabilityRuleDialog(const QStringList &knownLocations, Saver saver, const QDate &today,
                           QWidget *parent = nullptr);

    void setRule(const WeeklyRule &rule); // editing: its values, its day
    QList<WeeklyRule> rules() const; // one for each day ticked
    // What is wrong with these hours, in words for the doctor; empty when nothing.
    static QString problemWith(const QList<WeeklyRule> &rules);

    QCheckBox *dayBox(int dayOfWeek) const { return m_days.at(dayOfWeek - 1); }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QSpinBox *slotLength() const { return m_slot; }
    QComboBox *timeZone() const { return m_zone; }
    QComboBox *location() const { return m_location; }
    QString message() const;

    void accept() override;

private:
    QWidget *createDays();
    QWidget *createValidity(const QDate &today);

    Saver m_saver;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QSpinBox *m_slot = nullptr;
    QComboBox *m_modality = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_zone = nullptr;
    QCheckBox *m_hasFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
