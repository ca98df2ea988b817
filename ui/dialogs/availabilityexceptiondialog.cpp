#include "availabilityexceptiondialog.h"

#include "formwidgets.h"
#include "widgets/availabilityfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 yearMs = 366LL * 24 * 3600 * 1000; // the mutation's limit

QDateEdit *dateEdit(const QString &name, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"ddd d MMM yyyy"_s);
    edit->setAccessibleName(name);
    // Its size hint leaves no room for the day's name beside the popup's arrow.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(
                                  QLocale().toString(QDate(2026, 9, 30), u"ddd dd MMM yyyy"_s))
                          + 48);
    return edit;
}

QTimeEdit *timeEdit(const QString &name, QTime value, QWidget *parent)
{
    auto *edit = new QTimeEdit(value, parent);
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setAccessibleName(name);
    return edit;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets)
{
    auto *layout = new QHBoxLayout;
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return layout;
}

} // namespace

AvailabilityExceptionDialog::AvailabilityExceptionDialog(AvailabilityException::Kind kind,
                                                         const QStringList &knownLocations,
                                                         Saver saver, const QDate &today,
                                                         QWidget *parent)
    : QDialog(parent), m_kind(kind), m_saver(std::move(saver)), m_tomorrow(today.addDays(1))
{
    const bool timeOff = kind == AvailabilityException::Kind::TimeOff;
    const QString title = timeOff ? tr("Time off") : tr("Extra hours");
    setWindowTitle(title);
    m_zone = AvailabilityFields::timeZoneBox(this);
    m_message = messageLabel(this, u"exceptionMessage"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // short fields look short
    if (timeOff)
        createTimeOffFields(form);
    else
        createExtraHoursFields(form, knownLocations);
    form->addRow(tr("Time zone"), m_zone);

    auto *intro = new QLabel(timeOff ? tr("Nothing can be booked in this time. Visits already "
                                          "booked in it stay: move or cancel them yourself.")
                                     : tr("Patients can book these hours once, besides your "
                                          "weekly hours."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(title, this, 1.2));
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void AvailabilityExceptionDialog::createTimeOffFields(QFormLayout *form)
{
    m_fromDate = dateEdit(tr("First day"), m_tomorrow, this);
    m_fromTime = timeEdit(tr("From time"), QTime(9, 0), this);
    m_toDate = dateEdit(tr("Last day"), m_tomorrow, this);
    m_toTime = timeEdit(tr("To time"), QTime(17, 0), this);
    m_wholeDays = new QCheckBox(tr("Whole days"), this);
    m_wholeDays->setChecked(true);
    const auto showTimes = [this](bool whole) {
        m_fromTime->setVisible(!whole);
        m_toTime->setVisible(!whole);
    };
    connect(m_wholeDays, &QCheckBox::toggled, this, showTimes);
    showTimes(true);
    form->addRow(QString(), m_wholeDays);
    form->addRow(tr("From"), row({ m_fromDate, m_fromTime }));
    form->addRow(tr("To"), row({ m_toDate, m_toTime }));
}

void AvailabilityExceptionDialog::createExtraHoursFields(QFormLayout *form,
                                                         const QStringList &knownLocations)
{
    m_fromDate = dateEdit(tr("Day"), m_tomorrow, this);
    m_fromTime = timeEdit(tr("From"), QTime(9, 0), this);
    m_toTime = timeEdit(tr("To"), QTime(12, 0), this);
    m_slot = AvailabilityFields::slotLengthBox(this);
    m_modality = AvailabilityFields::modalityBox(this);
    m_location = AvailabilityFields::locationBox(knownLocations, this);
    form->addRow(tr("Day"), m_fromDate);
    form->addRow(tr("Hours"), row({ m_fromTime, new QLabel(tr("to"), this), m_toTime }));
    form->addRow(tr("Slot length"), m_slot);
    form->addRow(tr("Kind of visit"), m_modality);
    form->addRow(tr("Location"), m_location);
}

qint64 AvailabilityExceptionDialog::instant(const QDate &date, const QTime &time) const
{
    const QTimeZone zone = AvailabilityFields::zone(m_zone);
    return zone.isValid() ? QDateTime(date, time, zone).toMSecsSinceEpoch() : 0;
}

AvailabilityException AvailabilityExceptionDialog::exception() const
{
    AvailabilityException e;
    e.kind = m_kind;
    if (m_kind == AvailabilityException::Kind::TimeOff) {
        const bool whole = m_wholeDays->isChecked();
        // Whole days run from the first day's midnight to the one after the last day.
        e.startMs = instant(m_fromDate->date(), whole ? QTime(0, 0) : m_fromTime->time());
        e.endMs = whole ? instant(m_toDate->date().addDays(1), QTime(0, 0))
                        : instant(m_toDate->date(), m_toTime->time());
        return e;
    }
    e.startMs = instant(m_fromDate->date(), m_fromTime->time());
    e.endMs = instant(m_fromDate->date(), m_toTime->time());
    e.slotMinutes = m_slot->value();
    e.modality = AvailabilityFields::modality(m_modality);
    e.locationId = AvailabilityFields::location(m_location);
    return e;
}

QString AvailabilityExceptionDialog::problem() const
{
    const AvailabilityException e = exception();
    if (!AvailabilityFields::zone(m_zone).isValid())
        return tr("Choose a time zone from the list, for example Europe/Lisbon.");
    if (m_kind == AvailabilityException::Kind::ExtraHours) {
        // In the wall-clock times entered, as weekly hours are checked.
        const QString slotText = AvailabilityFields::slotProblem(m_fromTime->time(),
                                                                 m_toTime->time(), e.slotMinutes);
        return slotText.isEmpty() ? AvailabilityFields::locationProblem(e.locationId) : slotText;
    }
    if (e.endMs <= e.startMs)
        return tr("The time off ends before it starts: the end must be after the start.");
    if (e.endMs - e.startMs > yearMs)
        return tr("Time off can be a year at most; add another for the rest.");
    return {};
}

QString AvailabilityExceptionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AvailabilityExceptionDialog::accept()
{
    QString text = problem();
    if (text.isEmpty() && m_saver)
        text = m_saver(exception());
    showMessage(m_message, text);
    if (text.isEmpty())
        QDialog::accept();
}

} // namespace clinic::ui
