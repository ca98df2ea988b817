#include "scheduledialog.h"

#include "formwidgets.h"
#include "util/rowid.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

ScheduleDialog::ScheduleDialog(const ClientContext &context, const QString &patientId,
                               const QList<MedicationChoice> &medications,
                               const MedicationSchedule *existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_patientId(patientId),
      m_id(existing ? existing->id : newRowId(*context.clock))
{
    setObjectName(u"scheduleDialog"_s);
    setWindowTitle(existing ? tr("Edit schedule") : tr("Add a schedule"));
    m_medication = new QComboBox(this);
    m_medication->setAccessibleName(tr("Medication"));
    for (const MedicationChoice &m : medications)
        m_medication->addItem(m.label, m.id);
    m_times = new QLineEdit(this);
    m_times->setAccessibleName(tr("Times of day"));
    m_times->setPlaceholderText(tr("08:00, 20:00"));
    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setAccessibleName(QLocale().dayName(d));
        box->setChecked(true);
        days->addWidget(box);
        m_days << box;
    }
    m_start = new QDateEdit(context.clock->today(), this);
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("First day"));
    m_hasEnd = new QCheckBox(tr("Until"), this);
    m_hasEnd->setAccessibleName(tr("Has a last day"));
    m_end = new QDateEdit(context.clock->today().addDays(30), this);
    m_end->setCalendarPopup(true);
    m_end->setAccessibleName(tr("Last day"));
    m_end->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    m_active = new QCheckBox(tr("Remind me"), this);
    m_active->setAccessibleName(tr("Remind me"));
    m_active->setChecked(true);
    m_message = messageLabel(this, u"scheduleMessage"_s);

    if (existing) {
        m_medication->setCurrentIndex(m_medication->findData(existing->medicationId));
        m_times->setText(existing->times.join(u", "));
        for (int d = 0; d < 7; ++d)
            m_days[d]->setChecked(existing->days.isEmpty()
                                  || existing->days.contains(ReminderRules::dayNames().at(d)));
        m_start->setDate(existing->startDate);
        m_hasEnd->setChecked(existing->endDate.isValid());
        if (existing->endDate.isValid())
            m_end->setDate(existing->endDate);
        m_active->setChecked(existing->active);
    }

    auto *end = new QHBoxLayout;
    end->addWidget(m_hasEnd);
    end->addWidget(m_end, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Medication"), m_medication);
    form->addRow(tr("Times of day"), m_times);
    form->addRow(tr("Days"), days);
    form->addRow(tr("From"), m_start);
    form->addRow(QString(), end);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Times are this computer's local time, up to %1 a day.")
                                         .arg(ReminderRules::maxTimesPerDay),
                                 this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ScheduleDialog::save()
{
    QStringList days;
    for (int d = 0; d < 7; ++d) {
        if (m_days[d]->isChecked())
            days << ReminderRules::dayNames().at(d);
    }
    if (days.isEmpty())
        return showMessage(m_message, tr("Choose at least one day."));
    auto done = m_context.sync->submit(
            u"medication_schedule.put"_s,
            { { u"id"_s, m_id },
              { u"patient_id"_s, m_patientId },
              { u"medication_id"_s, m_medication->currentData().toString() },
              { u"times"_s, m_times->text() },
              { u"days"_s, days.join(u',') },
              { u"start_date"_s, m_start->date().toString(Qt::ISODate) },
              { u"end_date"_s,
                m_hasEnd->isChecked() ? m_end->date().toString(Qt::ISODate) : QString() },
              { u"active"_s, m_active->isChecked() } });
    if (!done)
        return showMessage(m_message, done.error().message);
    accept();
}

} // namespace clinic::ui
