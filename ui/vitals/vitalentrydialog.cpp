#include "vitalentrydialog.h"

#include "formwidgets.h"
#include "mutations/entitymutations.h"
#include "util/rowid.h"
#include "vitals/vitalunits.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

// A number as the user types it: in their locale ("36,6") or with a point; nullopt when empty
// or not a number.
std::optional<double> parsed(const QLineEdit *field)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString valueLabel(VitalKind kind)
{
    switch (kind) {
    case VitalKind::BloodPressure:
        return VitalEntryDialog::tr("Systolic (upper):");
    case VitalKind::HeartRate:
        return VitalEntryDialog::tr("Heart rate:");
    case VitalKind::Temperature:
        return VitalEntryDialog::tr("Temperature:");
    case VitalKind::Glucose:
        return VitalEntryDialog::tr("Blood glucose:");
    case VitalKind::SpO2:
        return VitalEntryDialog::tr("Oxygen saturation:");
    case VitalKind::Weight:
        return VitalEntryDialog::tr("Weight:");
    }
    return {};
}

QLineEdit *numberField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setAccessibleName(accessibleName);
    field->setMaxLength(12);
    field->setMaximumWidth(120);
    return field;
}

} // namespace

VitalEntryDialog::VitalEntryDialog(const ClientContext &context, const QString &patientId,
                                   QWidget *parent)
    : QDialog(parent), m_context(context), m_patientId(patientId)
{
    setObjectName(u"vitalEntryDialog"_s);
    setWindowTitle(tr("Add a reading"));

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of reading"));
    for (VitalKind kind : allVitalKinds)
        m_kind->addItem(VitalKinds::displayName(kind), VitalKinds::key(kind));

    m_value = numberField(tr("Value"), this);
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Unit"));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_unit);
    valueRow->addStretch();

    m_diastolic = numberField(tr("Diastolic (lower)"), this);
    m_pulse = numberField(tr("Pulse (optional)"), this);
    m_pulse->setPlaceholderText(tr("optional"));
    m_height = numberField(tr("Height (optional)"), this);
    m_height->setPlaceholderText(tr("optional"));
    m_heightUnit = new QComboBox(this);
    m_heightUnit->setAccessibleName(tr("Height unit"));
    m_heightUnit->addItems({ u"m"_s, u"in"_s });
    auto *heightRow = new QHBoxLayout;
    heightRow->addWidget(m_height);
    heightRow->addWidget(m_heightUnit);
    heightRow->addStretch();

    m_takenAt = new QDateTimeEdit(this);
    m_takenAt->setAccessibleName(tr("Time taken"));
    m_takenAt->setCalendarPopup(true);
    m_takenAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_takenAt->setDateTime(QDateTime::fromMSecsSinceEpoch(m_context.clock->nowMs()));

    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(int(Vitals::maxNote));
    m_note->setPlaceholderText(tr("optional, e.g. after exercise"));
    m_note->setMinimumWidth(300);

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind:"), m_kind);
    m_valueLabel = new QLabel(this);
    form->addRow(m_valueLabel, valueRow);
    m_diastolicLabel = new QLabel(tr("Diastolic (lower):"), this);
    form->addRow(m_diastolicLabel, m_diastolic);
    m_pulseLabel = new QLabel(tr("Pulse (bpm):"), this);
    form->addRow(m_pulseLabel, m_pulse);
    m_heightLabel = new QLabel(tr("Height:"), this);
    form->addRow(m_heightLabel, heightRow);
    form->addRow(tr("Taken at:"), m_takenAt);
    form->addRow(tr("Note:"), m_note);

    m_message = messageLabel(this, u"vitalEntryMessage"_s);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"vitalEntryWarnings"_s);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(u"color: #8a5a00;"_s);
    m_warnings->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setAccessibleName(tr("Save the reading"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VitalEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VitalEntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_warnings);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &VitalEntryDialog::kindChanged);
    for (QLineEdit *field : { m_value, m_diastolic, m_pulse, m_height })
        connect(field, &QLineEdit::textChanged, this, &VitalEntryDialog::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &VitalEntryDialog::refresh);
    connect(m_heightUnit, &QComboBox::currentIndexChanged, this, &VitalEntryDialog::refresh);
    connect(m_takenAt, &QDateTimeEdit::dateTimeChanged, this, &VitalEntryDialog::refresh);
    kindChanged();
}

bool VitalEntryDialog::recordReading(const ClientContext &context, const QString &patientId,
                                     QWidget *parent)
{
    VitalEntryDialog dialog(context, patientId, parent);
    return dialog.exec() == QDialog::Accepted;
}

void VitalEntryDialog::setKind(VitalKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(VitalKinds::key(kind)));
}

VitalKind VitalEntryDialog::kind() const
{
    return VitalKinds::fromKey(m_kind->currentData().toString()).value_or(VitalKind::HeartRate);
}

void VitalEntryDialog::kindChanged()
{
    const VitalKind k = kind();
    m_valueLabel->setText(valueLabel(k));
    m_value->setAccessibleName(valueLabel(k).chopped(1));
    m_unit->blockSignals(true);
    m_unit->clear();
    m_unit->addItems(VitalUnits::units(k));
    m_unit->blockSignals(false);
    const bool pressure = k == VitalKind::BloodPressure;
    const bool pulse = VitalLimits::allows(k, VitalLimits::Field::Pulse);
    const bool height = VitalLimits::allows(k, VitalLimits::Field::Height);
    // Rows the kind does not have go, gaps and all.
    m_form->setRowVisible(m_diastolic, pressure);
    m_form->setRowVisible(m_pulse, pulse);
    m_form->setRowVisible(m_heightLabel, height);
    if (!pressure)
        m_diastolic->clear();
    if (!pulse)
        m_pulse->clear();
    if (!height)
        m_height->clear();
    refresh();
}

qint64 VitalEntryDialog::takenAtMs() const
{
    return m_takenAt->dateTime().toMSecsSinceEpoch();
}

std::optional<VitalValues> VitalEntryDialog::values() const
{
    const VitalKind k = kind();
    const auto value = parsed(m_value);
    if (!value)
        return std::nullopt;
    VitalValues v;
    v.kind = k;
    // An unconvertible unit cannot happen (the list is the kind's); NaN keeps it refused.
    v.value = VitalUnits::toCanonical(k, *value, m_unit->currentText()).value_or(qQNaN());
    if (k == VitalKind::BloodPressure) {
        if (const auto diastolic = parsed(m_diastolic))
            v.diastolic = VitalUnits::toCanonical(k, *diastolic, m_unit->currentText());
    }
    if (VitalLimits::allows(k, VitalLimits::Field::Pulse))
        v.pulse = parsed(m_pulse);
    if (VitalLimits::allows(k, VitalLimits::Field::Height)) {
        if (const auto height = parsed(m_height)) {
            v.height = VitalUnits::heightToMetres(*height, m_heightUnit->currentText());
            if (v.height)
                v.bmi = VitalUnits::bodyMassIndex(v.value, *v.height);
        }
    }
    return v;
}

VitalVerdict VitalEntryDialog::verdict() const
{
    const auto v = values();
    if (!v) {
        VitalVerdict none;
        none.refusal = m_value->text().trimmed().isEmpty()
                ? QString()
                : tr("“%1” is not a number.").arg(m_value->text().trimmed());
        return none;
    }
    // A typed number that does not parse is a refusal, not silently left out.
    for (const QLineEdit *field : { m_diastolic, m_pulse, m_height }) {
        if (field->isVisibleTo(this) && !field->text().trimmed().isEmpty() && !parsed(field)) {
            VitalVerdict bad;
            bad.refusal = tr("“%1” is not a number.").arg(field->text().trimmed());
            return bad;
        }
    }
    VitalVerdict verdict = VitalLimits::check(*v, m_unit->currentText());
    if (verdict.possible() && takenAtMs() > m_context.clock->nowMs() + Vitals::maxClockAheadMs)
        verdict.refusal = tr("The time taken is in the future.");
    return verdict;
}

QString VitalEntryDialog::problem() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void VitalEntryDialog::refresh()
{
    const VitalVerdict v = verdict();
    showMessage(m_message, v.refusal);
    m_message->setVisible(!v.refusal.isEmpty());
    m_warnings->setText(v.warnings.join(u'\n'));
    m_warnings->setVisible(v.possible() && !v.warnings.isEmpty());
    m_save->setEnabled(values().has_value() && v.possible());
}

QCborMap VitalEntryDialog::arguments() const
{
    const auto v = values();
    if (!v || !verdict().possible())
        return {};
    QCborMap args { { u"id"_s, newRowId(*m_context.clock) },
                    { u"patient_id"_s, m_patientId },
                    { u"kind"_s, VitalKinds::key(v->kind) },
                    { u"value"_s, v->value },
                    { u"entered_unit"_s, m_unit->currentText() },
                    { u"taken_at"_s, takenAtMs() },
                    { u"source"_s, u"manual"_s } };
    if (v->diastolic)
        args.insert(u"diastolic"_s, *v->diastolic);
    if (v->pulse)
        args.insert(u"pulse"_s, *v->pulse);
    if (v->height)
        args.insert(u"height"_s, *v->height);
    const QString note = m_note->text().trimmed();
    if (!note.isEmpty())
        args.insert(u"note"_s, note);
    return args;
}

void VitalEntryDialog::accept()
{
    const VitalVerdict v = verdict();
    const QCborMap args = arguments();
    if (args.isEmpty()) {
        refresh();
        return;
    }
    if (!v.warnings.isEmpty()) {
        const bool confirmed = m_confirmWarnings
                ? m_confirmWarnings(v.warnings)
                : QMessageBox::question(this, tr("Unusual reading"),
                                        v.warnings.join(u'\n') + u"\n\n"_s
                                                + tr("Save anyway?"))
                        == QMessageBox::Yes;
        if (!confirmed)
            return;
    }
    auto recorded = m_context.sync->submit(u"vital.record"_s, args);
    if (!recorded) {
        showMessage(m_message, recorded.error().message);
        m_message->show();
        return;
    }
    m_recordedId = args.value(u"id"_s).toString();
    QDialog::accept();
}

} // namespace clinic::ui
