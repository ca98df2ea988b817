#include "followupdialog.h"

#include "domain/reminderschedule.h"
#include "formwidgets.h"
#include "util/rowid.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

FollowUpDialog::FollowUpDialog(const ClientContext &context, const QString &patientId,
                               const QString &patientName, QWidget *parent)
    : QDialog(parent), m_context(context), m_patientId(patientId)
{
    setObjectName(u"followUpDialog"_s);
    setWindowTitle(tr("Follow-up reminder for %1").arg(patientName));
    m_date = new QDateEdit(context.clock->today().addDays(7), this);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(context.clock->today());
    m_date->setAccessibleName(tr("Due on"));
    m_hasTime = new QCheckBox(tr("At"), this);
    m_hasTime->setAccessibleName(tr("At a time of day"));
    m_time = new QTimeEdit(QTime(ReminderRules::followUpDefaultHour, 0), this);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setAccessibleName(tr("Time of day"));
    m_time->setEnabled(false);
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("What to do"));
    m_text->setPlaceholderText(tr("Book a blood test before your next visit."));
    m_text->setTabChangesFocus(true);
    m_message = messageLabel(this, u"followUpMessage"_s);

    auto *time = new QHBoxLayout;
    time->addWidget(m_hasTime);
    time->addWidget(m_time, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Due on"), m_date);
    form->addRow(QString(), time);
    form->addRow(tr("What to do"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("%1's computer reminds them when it is due (at %2 when no "
                                    "time is given).")
                                         .arg(patientName)
                                         .arg(QTime(ReminderRules::followUpDefaultHour, 0)
                                                      .toString(u"HH:mm"_s)),
                                 this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void FollowUpDialog::save()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty())
        return showMessage(m_message, tr("Say what the patient should do."));
    if (text.size() > ReminderRules::maxFollowUpText)
        return showMessage(m_message, tr("At most %1 characters, please (now %2).")
                                              .arg(ReminderRules::maxFollowUpText)
                                              .arg(text.size()));
    auto done = m_context.sync->submit(
            u"followup.put"_s,
            { { u"id"_s, newRowId(*m_context.clock) },
              { u"patient_id"_s, m_patientId },
              { u"due_date"_s, m_date->date().toString(Qt::ISODate) },
              { u"due_time"_s,
                m_hasTime->isChecked() ? m_time->time().toString(u"HH:mm"_s) : QString() },
              { u"text"_s, text } });
    if (!done)
        return showMessage(m_message, done.error().message);
    accept();
}

} // namespace clinic::ui
