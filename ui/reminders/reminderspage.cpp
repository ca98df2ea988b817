#include "reminderspage.h"

#include "formwidgets.h"
#include "liveview.h"
#include "reminders/scheduledialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> reminderTables { u"medication_schedule"_s, u"dose_record"_s,
                                     u"followup_reminder"_s, u"patient_medication"_s };

QString what(const QString &name, const QString &dose)
{
    return dose.isEmpty() ? name : RemindersPage::tr("%1, %2").arg(name, dose);
}

QString stateText(DoseOccurrence::State state)
{
    switch (state) {
    case DoseOccurrence::State::Upcoming:
        return RemindersPage::tr("Later today");
    case DoseOccurrence::State::Due:
        return RemindersPage::tr("Due now");
    case DoseOccurrence::State::Taken:
        return RemindersPage::tr("✓ Taken");
    case DoseOccurrence::State::Skipped:
        return RemindersPage::tr("Skipped");
    case DoseOccurrence::State::Missed:
        return RemindersPage::tr("Missed");
    }
    return {};
}

QString daysText(const QStringList &days)
{
    if (days.isEmpty())
        return RemindersPage::tr("every day");
    QStringList names;
    for (const QString &day : days) {
        const int n = int(ReminderRules::dayNames().indexOf(day)) + 1;
        names << QLocale().dayName(n, QLocale::ShortFormat);
    }
    return names.join(u", ");
}

// A titled group of rows.
QVBoxLayout *section(const QString &title, QVBoxLayout *into, QWidget *parent,
                     QWidget **box = nullptr, QWidget *action = nullptr)
{
    auto *frame = new QWidget(parent);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(heading(title, frame, 1.1));
    top->addStretch();
    if (action)
        top->addWidget(action);
    layout->addLayout(top);
    auto *rows = new QVBoxLayout;
    rows->setSpacing(4);
    layout->addLayout(rows);
    into->addWidget(frame);
    if (box)
        *box = frame;
    return rows;
}

QFrame *rowFrame(QWidget *parent)
{
    auto *row = new QFrame(parent);
    row->setFrameShape(QFrame::StyledPanel);
    return row;
}

QLabel *emptyLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

RemindersPage::RemindersPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_schedule(context.store->database(), context.account.accountId, *context.clock)
{
    setObjectName(u"remindersPage"_s);
    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(24, 20, 24, 20);
    sections->setSpacing(12);
    sections->addWidget(heading(tr("Reminders"), content));
    auto *intro = new QLabel(tr("When to take your medicines, and what your doctor asked you to "
                                "do. Clinic reminds you on this computer when the time comes."),
                             content);
    intro->setWordWrap(true);
    sections->addWidget(intro);
    m_message = messageLabel(content, u"remindersMessage"_s);
    sections->addWidget(m_message);
    m_today = section(tr("Today's doses"), sections, content);
    m_missed = section(tr("Missed doses"), sections, content, &m_missedBox);
    auto *add = new QPushButton(tr("Add a schedule…"), content);
    add->setObjectName(u"addSchedule"_s);
    add->setAccessibleName(tr("Add a medication schedule"));
    connect(add, &QPushButton::clicked, this, [this] { editSchedule(nullptr); });
    m_schedules = section(tr("Medication schedules"), sections, content, nullptr, add);
    m_followUps = section(tr("Follow-ups from your doctor"), sections, content);
    sections->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_live = new LiveView(this, context.sync);
    m_live->follow(reminderTables, [this] { reload(); });
    connect(m_context.sync, &SyncEngine::dataChanged, this, [this](const QSet<QString> &tables) {
        if (tables.intersects(reminderTables))
            check();
    });
    connect(&m_minutely, &QTimer::timeout, this, &RemindersPage::check);
    m_minutely.start(std::chrono::minutes(1));
    // What came due while the app was closed: announced once, as soon as the window listens.
    QTimer::singleShot(0, this, &RemindersPage::check);
}

void RemindersPage::check()
{
    auto fired = m_schedule.fireDue();
    if (!fired)
        return showMessage(m_message, fired.error().message);
    for (const ClinicNotification &n : fired->notifications)
        emit notified(n.text);
    // The minute turning changes what is due even when no row changed.
    m_live->changed(reminderTables);
}

void RemindersPage::clear(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

QWidget *RemindersPage::doseRow(const DoseOccurrence &dose, QWidget *parent)
{
    auto *row = rowFrame(parent);
    auto *layout = new QHBoxLayout(row);
    const QString medicine = what(dose.medicationName, dose.medicationDose);
    const QString when = dose.date == m_context.clock->today()
            ? dose.time
            : QLocale().toString(dose.date, u"ddd d MMM"_s) + u' ' + dose.time;
    auto *time = new QLabel(when, row);
    time->setMinimumWidth(dose.date == m_context.clock->today() ? 50 : 110);
    QFont bold = time->font();
    bold.setBold(true);
    time->setFont(bold);
    layout->addWidget(time);
    layout->addWidget(new QLabel(medicine, row), 1);
    auto *state = new QLabel(stateText(dose.state), row);
    state->setObjectName(u"doseState"_s);
    state->setAccessibleName(tr("%1 at %2").arg(medicine, when));
    layout->addWidget(state);
    const bool open = dose.state == DoseOccurrence::State::Due
            || dose.state == DoseOccurrence::State::Missed
            || dose.state == DoseOccurrence::State::Upcoming;
    for (const auto &[status, label] : { std::pair { u"taken"_s, tr("Taken") },
                                         std::pair { u"skipped"_s, tr("Skipped") } }) {
        auto *button = new QPushButton(label, row);
        button->setObjectName(status == u"taken" ? u"doseTaken"_s : u"doseSkipped"_s);
        button->setAccessibleName(tr("%1: %2 at %3").arg(label, medicine, when));
        // A recorded dose can still be changed (taken after all), not recorded twice.
        button->setEnabled(open
                           || (status == u"taken") != (dose.state == DoseOccurrence::State::Taken));
        connect(button, &QPushButton::clicked, this,
                [this, dose, status] { recordDose(dose, status); });
        layout->addWidget(button);
    }
    return row;
}

void RemindersPage::reload()
{
    clear(m_today);
    clear(m_missed);
    clear(m_schedules);
    clear(m_followUps);
    QWidget *host = m_today->parentWidget();
    auto today = m_schedule.dosesOn(m_context.clock->today());
    auto missed = m_schedule.missedDoses();
    auto schedules = m_schedule.schedules();
    auto followUps = m_schedule.followUps();
    if (!today || !missed || !schedules || !followUps) {
        const Error error = !today ? today.error()
                : !missed          ? missed.error()
                : !schedules       ? schedules.error()
                                   : followUps.error();
        return showMessage(m_message, error.message);
    }
    for (const DoseOccurrence &dose : *today)
        m_today->addWidget(doseRow(dose, host));
    if (today->isEmpty())
        m_today->addWidget(emptyLabel(tr("No doses today."), host));

    int older = 0;
    for (const DoseOccurrence &dose : *missed) {
        if (dose.date != m_context.clock->today()) {
            m_missed->addWidget(doseRow(dose, host));
            ++older;
        }
    }
    m_missedBox->setVisible(older > 0);

    for (const MedicationSchedule &s : *schedules) {
        auto *row = rowFrame(host);
        auto *layout = new QHBoxLayout(row);
        QString text = tr("<b>%1</b><br>%2, %3, from %4")
                               .arg(what(s.medicationName, s.medicationDose).toHtmlEscaped(),
                                    s.times.join(u", "), daysText(s.days),
                                    QLocale().toString(s.startDate, QLocale::ShortFormat));
        if (s.endDate.isValid())
            text += tr(" to %1").arg(QLocale().toString(s.endDate, QLocale::ShortFormat));
        if (!s.active)
            text += tr(" (paused)");
        auto *label = new QLabel(text, row);
        label->setTextFormat(Qt::RichText);
        layout->addWidget(label, 1);
        auto *edit = new QPushButton(tr("Edit…"), row);
        edit->setAccessibleName(tr("Edit the schedule of %1").arg(s.medicationName));
        auto *remove = new QPushButton(tr("Remove"), row);
        remove->setAccessibleName(tr("Remove the schedule of %1").arg(s.medicationName));
        connect(edit, &QPushButton::clicked, this, [this, s] { editSchedule(&s); });
        connect(remove, &QPushButton::clicked, this, [this, s] { removeSchedule(s); });
        layout->addWidget(edit);
        layout->addWidget(remove);
        m_schedules->addWidget(row);
    }
    if (schedules->isEmpty())
        m_schedules->addWidget(emptyLabel(tr("No schedules yet. Add one for a medication in "
                                             "your health record to be reminded of it."),
                                          host));

    for (const FollowUpReminder &f : *followUps) {
        auto *row = rowFrame(host);
        auto *layout = new QHBoxLayout(row);
        const QString due = QLocale().toString(f.dueDate, QLocale::ShortFormat)
                + (f.dueTime.isEmpty() ? QString() : u' ' + f.dueTime);
        QString text = tr("<b>%1</b><br>Due %2").arg(f.text.toHtmlEscaped(), due);
        if (!f.setByName.isEmpty())
            text += tr(" · from %1").arg(f.setByName.toHtmlEscaped());
        auto *label = new QLabel(text, row);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        layout->addWidget(label, 1);
        const bool done = f.doneAt != 0;
        auto *button = new QPushButton(done ? tr("Not done yet") : tr("Done"), row);
        button->setObjectName(u"followUpDone"_s);
        button->setAccessibleName(done ? tr("Not done yet: %1").arg(f.text)
                                       : tr("Done: %1").arg(f.text));
        if (done)
            layout->addWidget(new QLabel(tr("✓ Done"), row));
        connect(button, &QPushButton::clicked, this, [this, f, done] { markDone(f, !done); });
        layout->addWidget(button);
        m_followUps->addWidget(row);
    }
    if (followUps->isEmpty())
        m_followUps->addWidget(emptyLabel(tr("Nothing from your doctor."), host));
}

bool RemindersPage::recordDose(const DoseOccurrence &dose, const QString &status)
{
    auto done = m_context.sync->submit(u"dose.record"_s,
                                       { { u"schedule_id"_s, dose.scheduleId },
                                         { u"scheduled_for"_s, dose.scheduledFor },
                                         { u"status"_s, status } });
    if (!done) {
        showMessage(m_message, done.error().message);
        return false;
    }
    showMessage(m_message, {});
    return true;
}

void RemindersPage::editSchedule(const MedicationSchedule *existing)
{
    auto medications = m_schedule.medications();
    if (!medications)
        return showMessage(m_message, medications.error().message);
    if (medications->isEmpty())
        return showMessage(m_message,
                           tr("Add the medication to your health record first (My profile, "
                              "Health record), then its schedule here."));
    QList<MedicationChoice> choices;
    for (const auto &m : *medications)
        choices.append({ m.id, what(m.name, m.dose) });
    ScheduleDialog dialog(m_context, m_context.account.accountId, choices, existing, this);
    dialog.exec();
}

void RemindersPage::removeSchedule(const MedicationSchedule &schedule)
{
    if (QMessageBox::question(this, tr("Remove schedule"),
                              tr("Stop reminding you of %1?").arg(schedule.medicationName))
        != QMessageBox::Yes)
        return;
    auto done = m_context.sync->submit(u"medication_schedule.remove"_s,
                                       { { u"id"_s, schedule.id },
                                         { u"patient_id"_s, schedule.patientId } });
    showMessage(m_message, done ? QString() : done.error().message);
}

void RemindersPage::markDone(const FollowUpReminder &followUp, bool done)
{
    auto marked = m_context.sync->submit(u"followup.done"_s,
                                         { { u"id"_s, followUp.id }, { u"done"_s, done } });
    showMessage(m_message, marked ? QString() : marked.error().message);
}

} // namespace clinic::ui
