#pragma once

#include "scheduling/availability.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace clinic::ui {

// A one-off change to the weekly hours. Time off: from one day (and time) to another, whole
// days by default. Extra hours: one day, from and to, with the kind of visit, place and slot
// length as for weekly hours. Entered in a time zone (this computer's unless another is
// chosen) and kept as UTC instants. As in AvailabilityRuleDialog, Save checks, then hands it
// to the saver, and a problem keeps the dialog open with the reason.
class AvailabilityExceptionDialog : public QDialog
{
    Q_OBJECT
public:
    using Saver = std::function<QString(const AvailabilityException &exception)>;

    // today: the dates offered start the day after.
    AvailabilityExceptionDialog(AvailabilityException::Kind kind, const QStringList &knownLocations,
                                Saver saver, const QDate &today, QWidget *parent = nullptr);

    AvailabilityException exception() const;
    // What is wrong with what is entered, in words for the doctor; empty when nothing.
    QString problem() const;

    QDateEdit *fromDate() const { return m_fromDate; }
    QTimeEdit *fromTime() const { return m_fromTime; }
    QDateEdit *toDate() const { return m_toDate; } // time off only
    QTimeEdit *toTime() const { return m_toTime; }
    QCheckBox *wholeDays() const { return m_wholeDays; } // time off only
    QComboBox *timeZone() const { return m_zone; }
    QString message() const;

    void accept() override;

private:
    void createTimeOffFields(QFormLayout *form);
    void createExtraHoursFields(QFormLayout *form, const QStringList &knownLocations);
    qint64 instant(const QDate &date, const QTime &time) const;

    AvailabilityException::Kind m_kind;
    Saver m_saver;
    const QDate m_tomorrow; // what the dates start at
    QDateEdit *m_fromDate = nullptr;
    QTimeEdit *m_fromTime = nullptr;
    QDateEdit *m_toDate = nullptr;
    QTimeEdit *m_toTime = nullptr;
    QCheckBox *m_wholeDays = nullptr;
    QSpinBox *m_slot = nullptr;
    QComboBox *m_modality = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
