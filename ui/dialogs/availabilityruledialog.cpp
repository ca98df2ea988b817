#include "availabilityruledialog.h"

#include "formwidgets.h"
#include "models/availabilitymodel.h"
#include "widgets/availabilityfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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

AvailabilityRuleDialog::AvailabilityRuleDialog(const QStringList &knownLocations, Saver saver,
                                               const QDate &today, QWidget *parent)
    : QDialog(parent), m_saver(std::move(saver))
{
    setWindowTitle(tr("Weekly hours"));
    const auto timeEdit = [this](const QString &name, QTime value) {
        auto *edit = new QTimeEdit(value, this);
        edit->setDisplayFormat(u"HH:mm"_s);
        edit->setAccessibleName(name);
        return edit;
    };
    m_start = timeEdit(tr("From"), QTime(9, 0));
    m_end = timeEdit(tr("To"), QTime(17, 0));
    m_slot = AvailabilityFields::slotLengthBox(this);
    m_modality = AvailabilityFields::modalityBox(this);
    m_location = AvailabilityFields::locationBox(knownLocations, this);
    m_zone = AvailabilityFields::timeZoneBox(this);
    m_message = messageLabel(this, u"ruleMessage"_s);

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // short fields look short
    form->addRow(tr("Days"), createDays());
    form->addRow(tr("Hours"), hours);
    form->addRow(tr("Slot length"), m_slot);
    form->addRow(tr("Kind of visit"), m_modality);
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Time zone"), m_zone);
    form->addRow(tr("Applies"), createValidity(today));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Weekly hours"), this, 1.2));
    auto *intro = new QLabel(tr("Patients can book these hours every week, in slots of the "
                                "length you choose."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
}

QWidget *AvailabilityRuleDialog::createDays()
{
    auto *days = new QWidget(this);
    auto *row = new QHBoxLayout(days);
    row->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().standaloneDayName(day, QLocale::ShortFormat), days);
        box->setAccessibleName(AvailabilityRuleModel::dayName(day));
        box->setChecked(day <= 5); // a working week to start from
        row->addWidget(box);
        m_days << box;
    }
    row->addStretch();
    return days;
}

QWidget *AvailabilityRuleDialog::createValidity(const QDate &today)
{
    auto *validity = new QWidget(this);
    auto *row = new QHBoxLayout(validity);
    row->setContentsMargins(0, 0, 0, 0);
    const auto dateEdit = [validity, today](QCheckBox *enabler) {
        auto *edit = new QDateEdit(today, validity);
        edit->setCalendarPopup(true);
        edit->setAccessibleName(enabler->text());
        edit->setEnabled(false);
        connect(enabler, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        return edit;
    };
    m_hasFrom = new QCheckBox(tr("From"), validity);
    m_from = dateEdit(m_hasFrom);
    m_hasUntil = new QCheckBox(tr("until"), validity);
    m_until = dateEdit(m_hasUntil);
    m_until->setDate(today.addMonths(3));
    row->addWidget(m_hasFrom);
    row->addWidget(m_from);
    row->addWidget(m_hasUntil);
    row->addWidget(m_until);
    row->addStretch();
    validity->setToolTip(tr("Leave both unticked for hours that apply every week from now on."));
    return validity;
}

void AvailabilityRuleDialog::setRule(const WeeklyRule &rule)
{
    setWindowTitle(tr("Change weekly hours"));
    for (int day = 1; day <= 7; ++day)
        m_days[day - 1]->setChecked(day == rule.dayOfWeek);
    m_start->setTime(rule.start);
    m_end->setTime(rule.end);
    m_slot->setValue(rule.slotMinutes);
    AvailabilityFields::setModality(m_modality, rule.modality);
    m_location->setEditText(rule.locationId);
    AvailabilityFields::setZone(m_zone, rule.timeZone);
    m_hasFrom->setChecked(!rule.validFrom.isNull());
    if (!rule.validFrom.isNull())
        m_from->setDate(rule.validFrom);
    m_hasUntil->setChecked(!rule.validUntil.isNull());
    if (!rule.validUntil.isNull())
        m_until->setDate(rule.validUntil);
}

QList<WeeklyRule> AvailabilityRuleDialog::rules() const
{
    WeeklyRule rule;
    rule.locationId = AvailabilityFields::location(m_location);
    rule.modality = AvailabilityFields::modality(m_modality);
    rule.start = m_start->time();
    rule.end = m_end->time();
    rule.slotMinutes = m_slot->value();
    const QTimeZone zone = AvailabilityFields::zone(m_zone);
    rule.timeZone = zone.isValid() ? QString::fromUtf8(zone.id()) : QString();
    rule.validFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    rule.validUntil = m_hasUntil->isChecked() ? m_until->date() : QDate();
    QList<WeeklyRule> rules;
    for (int day = 1; day <= 7; ++day) {
        if (m_days[day - 1]->isChecked()) {
            rule.dayOfWeek = day;
            rules << rule;
        }
    }
    return rules;
}

QString AvailabilityRuleDialog::problemWith(const QList<WeeklyRule> &rules)
{
    if (rules.isEmpty())
        return tr("Tick at least one day.");
    const WeeklyRule &rule = rules.first(); // the days differ in their day only
    if (QString slotText = AvailabilityFields::slotProblem(rule.start, rule.end, rule.slotMinutes);
        !slotText.isEmpty())
        return slotText;
    if (QString place = AvailabilityFields::locationProblem(rule.locationId); !place.isEmpty())
        return place;
    if (rule.timeZone.isEmpty())
        return tr("Choose a time zone from the list, for example Europe/Lisbon.");
    if (!rule.validFrom.isNull() && !rule.validUntil.isNull() && rule.validFrom > rule.validUntil)
        return tr("The hours would end before they begin: the last day they apply is before "
                  "the first.");
    for (const WeeklyRule &each : rules) {
        if (!isValid(each))
            return tr("These hours are not valid.");
    }
    return {};
}

QString AvailabilityRuleDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AvailabilityRuleDialog::accept()
{
    const QList<WeeklyRule> chosen = rules();
    QString problem = problemWith(chosen);
    if (problem.isEmpty() && m_saver)
        problem = m_saver(chosen);
    showMessage(m_message, problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace clinic::ui
