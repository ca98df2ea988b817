#include "prescribedialog.h"

#include "formwidgets.h"
#include "pharmacy/prescriberkeys.h"
#include "pharmacy/prescriptionrepository.h"
#include "pharmacy/prescriptionsignature.h"
#include "pharmacy/referencerepository.h"
#include "util/rowid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxOverride = 1000;
constexpr int minOverride = 5;
// Drugs listed for what is typed: enough to scroll, few enough to read at a glance. With
// nothing typed the whole set is listed by name, to browse.
constexpr int maxListed = 60;
constexpr int maxBrowsed = 1000;
// As rx.prescribe takes them.
constexpr int maxDose = 100;
constexpr int maxText = 1000;

} // namespace

PrescribeDialog::PrescribeDialog(const ClientContext &context, const QString &patientId,
                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_patientId(patientId)
{
    setObjectName(u"prescribeDialog"_s);
    const QSqlDatabase db = context.store->database();
    m_patientName = PrescriptionSignature::patientName(db, patientId);
    setWindowTitle(tr("Prescribe for %1").arg(m_patientName));
    m_submit = [this](const QString &name, const QCborMap &args) {
        return m_context.sync->submit(name, args);
    };
    m_sign = [this](QCborMap &prescription) {
        return signWithOwnKey(prescription);
    };

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"drugSearch"_s);
    m_search->setAccessibleName(tr("Find a medicine"));
    m_search->setPlaceholderText(tr("Generic or brand name"));
    m_search->setClearButtonEnabled(true);
    m_drugs = new QListWidget(this);
    m_drugs->setObjectName(u"drugList"_s);
    m_drugs->setAccessibleName(tr("Medicines"));
    m_drugs->setMinimumHeight(120);
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(u"drugNoMatch"_s);
    m_noMatch->setAccessibleName(tr("Search result"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setVisible(false);
    m_form = new QComboBox(this);
    m_form->setAccessibleName(tr("Form"));
    m_strength = new QComboBox(this);
    m_strength->setAccessibleName(tr("Strength"));
    m_dose = new QLineEdit(this);
    m_dose->setObjectName(u"rxDose"_s);
    m_dose->setAccessibleName(tr("Dose"));
    m_dose->setPlaceholderText(tr("1 tablet"));
    m_dose->setMaxLength(maxDose);
    m_usualDose = new QLabel(this);
    m_usualDose->setObjectName(u"rxUsualDose"_s);
    m_usualDose->setAccessibleName(tr("Usual adult dose"));
    m_usualDose->setWordWrap(true);
    m_usualDose->setForegroundRole(QPalette::PlaceholderText);
    m_usualDose->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_usualDose->setVisible(false);
    m_directions = new QLineEdit(this);
    m_directions->setObjectName(u"rxDirections"_s);
    m_directions->setAccessibleName(tr("Directions"));
    m_directions->setPlaceholderText(tr("once a day in the morning"));
    m_directions->setMaxLength(maxText);
    m_quantity = new QSpinBox(this);
    m_quantity->setAccessibleName(tr("Quantity (units per fill)"));
    m_quantity->setRange(1, 10000);
    m_quantity->setValue(30);
    m_refills = new QSpinBox(this);
    m_refills->setAccessibleName(tr("Refills"));
    m_refills->setRange(0, 11);
    m_substitution = new QCheckBox(tr("The pharmacy may substitute a generic"), this);
    m_substitution->setAccessibleName(tr("Substitution allowed"));
    m_substitution->setChecked(true);
    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("Note to the pharmacist"));
    m_note->setMaxLength(maxText);
    m_pharmacy = new QComboBox(this);
    m_pharmacy->setObjectName(u"rxPharmacy"_s);
    m_pharmacy->setAccessibleName(tr("Pharmacy"));
    m_findings = new QLabel(this);
    m_findings->setObjectName(u"rxFindings"_s);
    m_findings->setAccessibleName(tr("Medication check"));
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setWordWrap(true);
    m_findings->setFrameShape(QFrame::StyledPanel);
    m_findings->setMargin(6);
    m_findings->setMinimumHeight(60);
    m_overrideLabel = new QLabel(tr("Why prescribe it all the same? (required)"), this);
    m_override = new QPlainTextEdit(this);
    m_override->setObjectName(u"rxOverride"_s);
    m_override->setAccessibleName(tr("Override reason"));
    m_override->setTabChangesFocus(true);
    m_override->setMaximumHeight(70);
    m_overrideLabel->setVisible(false);
    m_override->setVisible(false);
    m_message = messageLabel(this, u"prescribeMessage"_s);

    // The reference data and the patient's medicines, as this computer has them: the list
    // reads the store's copy, the check the program's own (the server runs the same).
    const auto &data = ReferenceData::shipped();
    if (data)
        m_check.emplace(*data);
    else
        showMessage(m_message, data.error().message);
    if (auto loaded = ReferenceRepository::loaded(db); !loaded)
        showMessage(m_message, loaded.error().message);
    else if (!*loaded)
        showMessage(m_message,
                    tr("The list of medicines is not on this computer yet. Sign out and sign in "
                       "again to load it."));
    if (auto medications = PatientMedications::read(db, patientId))
        m_medications = *medications;
    else
        showMessage(m_message, medications.error().message);
    auto chosen = PrescriptionRepository::patientPharmacy(db, patientId);
    auto pharmacies = PrescriptionRepository::pharmacies(db, true);
    if (pharmacies) {
        for (const PharmacyInfo &p : std::as_const(*pharmacies)) {
            const QString where = p.city.isEmpty() ? p.name : tr("%1, %2").arg(p.name, p.city);
            m_pharmacy->addItem(
                    chosen && *chosen == p.id ? tr("%1 (the patient's)").arg(where) : where, p.id);
        }
        if (chosen && *chosen)
            m_pharmacy->setCurrentIndex(qMax(0, m_pharmacy->findData(**chosen)));
    }

    auto *strength = new QHBoxLayout;
    strength->addWidget(m_strength, 1);
    strength->addWidget(m_form, 1);
    auto *amounts = new QHBoxLayout;
    amounts->addWidget(m_quantity);
    amounts->addWidget(new QLabel(tr("Refills"), this));
    amounts->addWidget(m_refills);
    amounts->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Medicine"), m_search);
    form->addRow(QString(), m_drugs);
    form->addRow(QString(), m_noMatch);
    form->addRow(tr("Strength and form"), strength);
    auto *dose = new QVBoxLayout;
    dose->setSpacing(2);
    dose->addWidget(m_dose);
    dose->addWidget(m_usualDose);
    form->addRow(tr("Dose"), dose);
    form->addRow(tr("Directions"), m_directions);
    form->addRow(tr("Quantity"), amounts);
    form->addRow(QString(), m_substitution);
    form->addRow(tr("Note to the pharmacist"), m_note);
    form->addRow(tr("Pharmacy"), m_pharmacy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_issue = buttons->addButton(tr("Issue"), QDialogButtonBox::AcceptRole);
    m_issue->setObjectName(u"rxIssue"_s);
    m_issue->setAccessibleName(tr("Sign and issue the prescription"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (issue())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(heading(tr("Medication check"), this, 1.05));
    layout->addWidget(m_findings);
    layout->addWidget(m_overrideLabel);
    layout->addWidget(m_override);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &PrescribeDialog::filterDrugs);
    connect(m_drugs, &QListWidget::currentRowChanged, this, &PrescribeDialog::drugChosen);
    connect(m_form, &QComboBox::currentIndexChanged, this, &PrescribeDialog::formChosen);
    // "Say why…" stays only while the reason is still missing or too long.
    connect(m_override, &QPlainTextEdit::textChanged, this, [this] {
        const qsizetype length = m_override->toPlainText().trimmed().size();
        if (length >= minOverride && length <= maxOverride)
            showMessage(m_message, {});
    });
    filterDrugs({});
    m_findings->setText(tr("Pick a medicine: it is checked against %1's allergies, current "
                           "medications and prescriptions.")
                                .arg(m_patientName.toHtmlEscaped()));
    resize(620, 720);
}

void PrescribeDialog::filterDrugs(const QString &text)
{
    const QString current = m_drug ? m_drug->id : QString();
    const QSignalBlocker block(m_drugs);
    m_drugs->clear();
    auto found = ReferenceRepository::search(m_context.store->database(), text,
                                             text.trimmed().isEmpty() ? maxBrowsed : maxListed);
    if (!found) {
        showMessage(m_message, found.error().message);
        return;
    }
    for (const DrugMatch &match : std::as_const(*found)) {
        QString label = match.name;
        // The name typed, when the list would not show it: "paracetamol — acetaminophen".
        const QStringList brands = match.brands.mid(0, 3);
        if (ReferenceData::normalisedName(match.matched) != ReferenceData::normalisedName(label)
            && !brands.contains(match.matched))
            label = tr("%1 — %2").arg(label, match.matched);
        if (!brands.isEmpty())
            label += tr(" (%1)").arg(brands.join(u", "));
        auto *item = new QListWidgetItem(label, m_drugs);
        item->setData(Qt::UserRole, match.id);
        if (match.id == current)
            m_drugs->setCurrentItem(item);
    }
    const bool none = found->isEmpty() && !text.trimmed().isEmpty();
    m_noMatch->setText(none ? tr("No medicine in the reference is called “%1”. Try the generic "
                                 "name or another spelling.")
                                       .arg(text.trimmed())
                            : QString());
    m_noMatch->setVisible(none);
}

bool PrescribeDialog::selectDrug(const QString &name)
{
    auto found = ReferenceRepository::findDrug(m_context.store->database(), name);
    if (!found || !*found)
        return false;
    const QString id = (*found)->id;
    m_search->setText((*found)->name);
    for (int row = 0; row < m_drugs->count(); ++row) {
        if (m_drugs->item(row)->data(Qt::UserRole).toString() == id) {
            m_drugs->setCurrentRow(row);
            return m_drug && m_drug->id == id;
        }
    }
    return false;
}

void PrescribeDialog::drugChosen()
{
    QListWidgetItem *item = m_drugs->currentItem();
    m_drug.reset();
    m_checked = nullptr;
    if (item) {
        const QString id = item->data(Qt::UserRole).toString();
        auto drug = ReferenceRepository::drug(m_context.store->database(), id);
        if (!drug)
            showMessage(m_message, drug.error().message);
        else
            m_drug = *drug;
        m_checked = m_check ? m_check->data().drugById(id) : nullptr;
    }
    {
        const QSignalBlocker block(m_form);
        m_form->clear();
        if (m_drug) {
            for (const DrugForm &f : std::as_const(m_drug->forms))
                m_form->addItem(f.form);
        }
    }
    formChosen();
    const QString usual = m_drug && !m_drug->usualAdultDose.isEmpty()
            ? tr("Usual adult dose: %1").arg(m_drug->usualAdultDose)
            : QString();
    m_dose->setToolTip(usual);
    m_usualDose->setText(usual);
    m_usualDose->setVisible(!usual.isEmpty());
    runCheck();
}

void PrescribeDialog::formChosen()
{
    m_strength->clear();
    if (!m_drug)
        return;
    for (const DrugForm &f : std::as_const(m_drug->forms)) {
        if (f.form == m_form->currentText())
            m_strength->addItems(f.strengths);
    }
}

void PrescribeDialog::runCheck()
{
    m_result = {};
    if (m_drug && (!m_check || !m_checked)) {
        // The store holds a drug this program's check does not know: not prescribed unchecked.
        m_findings->setText(
                tr("<p><b>%1 cannot be checked</b>: it is not in this program's "
                   "medicines reference (%2).</p>")
                        .arg(m_drug->name().toHtmlEscaped(),
                             m_check ? m_check->data().version().toHtmlEscaped() : QString()));
    }
    if (!m_drug || !m_check || !m_checked) {
        m_overrideLabel->setVisible(false);
        m_override->setVisible(false);
        return;
    }
    m_result = m_medications.check(*m_check, *m_checked);
    QString html;
    if (m_result.findings.isEmpty())
        html = tr("<p><b>No interactions or allergies found</b> for %1.</p>")
                       .arg(m_drug->name().toHtmlEscaped());
    for (const MedicationFinding &f : std::as_const(m_result.findings))
        html += RxFormat::findingHtml(f);
    const QStringList unknown = m_medications.unknownMedications(m_check->data());
    if (!m_result.notChecked.isEmpty() || !unknown.isEmpty())
        html += tr("<p>Not checked (not in the reference data): %1</p>")
                        .arg((m_result.notChecked + unknown).join(u", ").toHtmlEscaped());
    html += tr("<p style=\"color:gray\">Reference data %1</p>")
                    .arg(m_result.referenceVersion.toHtmlEscaped());
    m_findings->setText(html);
    m_findings->setAccessibleDescription(
            m_result.findings.isEmpty()
                    ? tr("No findings")
                    : tr("%n finding(s), the most severe %1", nullptr,
                         int(m_result.findings.size()))
                              .arg(RxFormat::severity(m_result.findings.constFirst().severity)));
    const bool required = overrideRequired();
    m_overrideLabel->setVisible(required);
    m_override->setVisible(required);
}

bool PrescribeDialog::overrideRequired() const
{
    for (const MedicationFinding &f : m_result.findings) {
        if (f.severity >= Severity::Major)
            return true;
    }
    return false;
}

Result<void> PrescribeDialog::signWithOwnKey(QCborMap &prescription)
{
    const QSqlDatabase db = m_context.store->database();
    const QString me = m_context.account.accountId;
    auto pair = PrescriberKeys::ensure(db, me, m_context.clock->nowMs());
    if (!pair)
        return pair.error();
    // The server verifies against the registered key: a new key (or one replaced) goes first,
    // in the same queue as the prescription.
    auto registered = PrescriptionRepository::prescriberKey(db, me);
    if (!registered)
        return registered.error();
    if (!*registered || (*registered)->fingerprint != pair->fingerprint) {
        auto sent = m_submit(u"prescriber_key.register"_s,
                             { { u"public_key"_s, pair->publicKeyBase64() } });
        if (!sent)
            return sent.error();
    }
    return PrescriberKeys::sign(db, me, prescription);
}

bool PrescribeDialog::issue()
{
    if (!m_drug)
        return showMessage(m_message, tr("Pick a medicine.")), false;
    if (!m_checked)
        return showMessage(m_message,
                           tr("%1 cannot be checked by this version of the program.")
                                   .arg(m_drug->name())),
               false;
    const QString dose = m_dose->text().trimmed();
    const QString directions = m_directions->text().trimmed();
    if (dose.isEmpty() || directions.isEmpty())
        return showMessage(m_message, tr("Give the dose and the directions.")), false;
    if (m_pharmacy->currentIndex() < 0)
        return showMessage(m_message, tr("Choose the pharmacy the prescription goes to.")), false;
    const QString reason = overrideRequired() ? m_override->toPlainText().trimmed() : QString();
    if (overrideRequired() && (reason.size() < minOverride || reason.size() > maxOverride)) {
        m_override->setFocus();
        return showMessage(m_message,
                           tr("A %1 finding: say why you prescribe it all the same (%2 to %3 "
                              "characters).")
                                   .arg(RxFormat::severity(m_result.findings.constFirst().severity)
                                                .toLower())
                                   .arg(minOverride)
                                   .arg(maxOverride)),
               false;
    }
    const QSqlDatabase db = m_context.store->database();
    QCborMap rx {
        { u"id"_s, newRowId(*m_context.clock) },
        { u"patient_id"_s, m_patientId },
        { u"patient_name"_s, m_patientName },
        { u"patient_birth_date"_s, PrescriptionSignature::patientBirthDate(db, m_patientId) },
        { u"patient_allergies"_s, PrescriptionSignature::allergySnapshot(db, m_patientId) },
        { u"prescriber_id"_s, m_context.account.accountId },
        { u"prescriber_name"_s, m_context.account.displayName },
        { u"pharmacy_id"_s, m_pharmacy->currentData().toString() },
        { u"drug_id"_s, m_drug->id },
        { u"drug_name"_s, m_drug->name() },
        { u"strength"_s, m_strength->currentText() },
        { u"form"_s, m_form->currentText() },
        { u"dose"_s, dose },
        { u"directions"_s, directions },
        { u"quantity"_s, m_quantity->value() },
        { u"refills"_s, m_refills->value() },
        { u"substitution_allowed"_s, m_substitution->isChecked() },
        { u"pharmacist_note"_s, m_note->text().trimmed() },
        { u"reference_version"_s, m_result.referenceVersion },
        { u"check_findings"_s, RxFormat::findingsJson(m_result.findings) },
        { u"override_reason"_s, reason },
        { u"issued_at"_s, m_context.clock->nowMs() }
    };
    if (auto signedRx = m_sign(rx); !signedRx)
        return showMessage(m_message, signedRx.error().message), false;
    // The server names the prescriber and the drug itself: they are signed, not sent.
    QCborMap args = rx;
    args.remove(u"prescriber_id"_s);
    args.remove(u"prescriber_name"_s);
    args.remove(u"drug_name"_s);
    auto sent = m_submit(u"rx.prescribe"_s, args);
    if (!sent)
        return showMessage(m_message, sent.error().message), false;
    m_submitted = args;
    showMessage(m_message, {});
    return true;
}

} // namespace clinic::ui
