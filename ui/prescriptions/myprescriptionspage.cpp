#include "myprescriptionspage.h"

#include "domain/cliniclocations.h"
#include "formwidgets.h"
#include "liveview.h"
#include "prescriptions/medicationguidedialog.h"
#include "prescriptions/prescriptionlistmodel.h"
#include "prescriptions/prescriptionpdf.h"
#include "util/rowid.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> rxTables { u"prescription"_s, u"prescription_fill"_s, u"refill_request"_s,
                               u"pharmacy"_s, u"patient_pharmacy"_s };

} // namespace

MyPrescriptionsPage::MyPrescriptionsPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"myPrescriptionsPage"_s);
    m_submit = [this](const QString &name, const QCborMap &args) {
        return m_context.sync->submit(name, args);
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(heading(tr("My prescriptions"), this));
    m_message = messageLabel(this, u"myPrescriptionsMessage"_s);
    layout->addWidget(m_message);

    // The pharmacy prescriptions go to.
    m_pharmacy = new QLabel(this);
    m_pharmacy->setObjectName(u"myPharmacy"_s);
    m_pharmacy->setWordWrap(true);
    m_pharmacy->setTextFormat(Qt::RichText);
    m_pharmacies = new QComboBox(this);
    m_pharmacies->setObjectName(u"pharmacyChoice"_s);
    m_pharmacies->setAccessibleName(tr("Pharmacies"));
    m_pharmacies->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_setPharmacy = new QPushButton(tr("Use this pharmacy"), this);
    m_setPharmacy->setObjectName(u"setPharmacy"_s);
    m_setPharmacy->setAccessibleName(tr("Send my prescriptions to the pharmacy chosen"));
    connect(m_setPharmacy, &QPushButton::clicked, this,
            [this] { choosePharmacy(m_pharmacies->currentData().toString()); });
    m_pharmacies->setMinimumContentsLength(28);
    auto *change = new QLabel(tr("Send my prescriptions to:"), this);
    change->setBuddy(m_pharmacies);
    auto *pharmacy = new QHBoxLayout;
    pharmacy->addWidget(change);
    pharmacy->addWidget(m_pharmacies);
    pharmacy->addWidget(m_setPharmacy);
    pharmacy->addStretch();
    layout->addWidget(m_pharmacy);
    layout->addLayout(pharmacy);

    m_model = new PrescriptionListModel(PrescriptionListModel::Person::Prescriber, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"myPrescriptions"_s);
    m_table->setAccessibleName(tr("My prescriptions"));
    m_model->showIn(m_table);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MyPrescriptionsPage::showSelected);

    m_details = new QLabel(this);
    m_details->setObjectName(u"prescriptionDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    layout->addWidget(m_details);
    m_guide = new QPushButton(tr("Medication guide…"), this);
    m_guide->setObjectName(u"medicationGuide"_s);
    m_guide->setAccessibleName(tr("Medication guide of the selected medicine"));
    m_refill = new QPushButton(tr("Request refill…"), this);
    m_refill->setObjectName(u"requestRefill"_s);
    m_refill->setAccessibleName(tr("Ask the doctor for a refill of the selected prescription"));
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_pdf->setObjectName(u"savePdf"_s);
    m_pdf->setAccessibleName(tr("Save the selected prescription as a PDF"));
    connect(m_guide, &QPushButton::clicked, this, &MyPrescriptionsPage::showGuide);
    connect(m_refill, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Request refill"),
                                                   tr("A note for your doctor (optional):"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            requestRefill(note.trimmed().left(500));
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const PrescriptionInfo *rx = selected();
        if (!rx)
            return;
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Save prescription"),
                QDir::home().filePath(tr("prescription-%1.pdf").arg(rx->drugName)),
                tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_guide);
    buttons->addWidget(m_refill);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    layout->addLayout(buttons);
    showSelected();

    m_live = new LiveView(this, context.sync);
    m_live->follow(rxTables, [this] { reload(); });
}

const PrescriptionInfo *MyPrescriptionsPage::selected() const
{
    return m_model->prescription(m_table->currentIndex().row());
}

void MyPrescriptionsPage::reload()
{
    const QSqlDatabase db = m_context.store->database();
    const QString me = m_context.account.accountId;
    const QString current = selected() ? selected()->id : QString();
    auto list = PrescriptionRepository::ofPatient(db, me);
    auto pharmacies = PrescriptionRepository::pharmacies(db);
    auto chosen = PrescriptionRepository::patientPharmacy(db, me);
    if (!list || !pharmacies || !chosen) {
        const Error error = !list ? list.error()
                : !pharmacies     ? pharmacies.error()
                                  : chosen.error();
        return showMessage(m_message, error.message);
    }
    // Active first, then the past; newest first within each.
    std::stable_sort(list->begin(), list->end(),
                     [](const PrescriptionInfo &a, const PrescriptionInfo &b) {
                         return (a.status == u"active") > (b.status == u"active");
                     });
    m_model->setPrescriptions(*list);
    if (!current.isEmpty())
        select(current);

    const QString chosenId = chosen->value_or(QString());
    const QString keep = m_pharmacies->currentData().toString();
    m_pharmacies->clear();
    const PharmacyInfo *mine = nullptr;
    for (const PharmacyInfo &p : std::as_const(*pharmacies)) {
        if (p.id == chosenId)
            mine = &p;
        if (p.active)
            m_pharmacies->addItem(p.city.isEmpty() ? p.name : tr("%1, %2").arg(p.name, p.city),
                                  p.id);
    }
    const int again = m_pharmacies->findData(keep.isEmpty() ? chosenId : keep);
    if (again >= 0)
        m_pharmacies->setCurrentIndex(again);
    m_pharmacies->setEnabled(m_pharmacies->count() > 0);
    m_setPharmacy->setEnabled(m_pharmacies->count() > 0);
    if (mine) {
        QString text = tr("<b>Your pharmacy:</b> %1").arg(mine->name.toHtmlEscaped());
        QStringList where;
        for (const QString &part : { mine->addressLine.trimmed(), mine->city.trimmed() }) {
            if (!part.isEmpty())
                where.append(part);
        }
        if (!where.isEmpty()) // a city alone is not ", Lisbon"
            text += u"<br>"_s + where.join(u", "_s).toHtmlEscaped();
        if (!mine->hours.isEmpty())
            text += u"<br>"_s + mine->hours.toHtmlEscaped();
        if (!mine->active)
            text += tr("<br><i>It takes no new prescriptions: choose another.</i>");
        m_pharmacy->setText(text);
    } else {
        m_pharmacy->setText(tr("<b>No pharmacy chosen.</b> Choose the one your prescriptions go "
                               "to."));
    }
    showSelected();
}

bool MyPrescriptionsPage::select(const QString &prescriptionId)
{
    const int row = m_model->rowOf(prescriptionId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void MyPrescriptionsPage::showSelected()
{
    const PrescriptionInfo *rx = selected();
    m_openRequest.clear();
    m_guide->setEnabled(rx);
    m_pdf->setEnabled(rx);
    m_refill->setEnabled(false);
    if (!rx) {
        m_details->setText(m_model->rowCount() == 0
                                   ? tr("No prescriptions yet. When your doctor prescribes a "
                                        "medicine, it appears here and goes to your pharmacy.")
                                   : tr("Select a prescription to see its details."));
        return;
    }
    QString text = tr("<b>%1</b>: %2 · %3 · %4, %5.")
                           .arg(RxFormat::medicine(*rx).toHtmlEscaped(), rx->dose.toHtmlEscaped(),
                                rx->directions.toHtmlEscaped(),
                                tr("%n unit(s) per fill", nullptr, int(rx->quantity)),
                                tr("%n refill(s) authorised", nullptr, int(rx->refills)));
    auto requests = PrescriptionRepository::refillRequestsOf(m_context.store->database(), rx->id);
    if (requests && !requests->isEmpty()) {
        const RefillRequestInfo &latest = requests->constFirst();
        if (latest.status == u"requested") {
            m_openRequest = latest.id;
            text += tr("<br>Refill requested on %1: waiting for your doctor.")
                            .arg(RxFormat::date(latest.requestedAt));
        } else if (latest.status == u"denied") {
            text += tr("<br>Your last refill request was declined: %1")
                            .arg(latest.reason.left(300).toHtmlEscaped());
        } else if (latest.status == u"approved") {
            text += tr("<br>Your last refill request was approved.");
        }
    }
    m_details->setText(text);
    m_refill->setEnabled(rx->status == u"active" && rx->refillsLeft() > 0
                         && m_openRequest.isEmpty());
}

bool MyPrescriptionsPage::requestRefill(const QString &note)
{
    const PrescriptionInfo *rx = selected();
    if (!rx)
        return false;
    if (rx->status != u"active" || rx->refillsLeft() <= 0)
        return showMessage(m_message,
                           tr("No refills are left on this prescription: ask your "
                              "doctor for a new one.")),
               false;
    if (!m_openRequest.isEmpty())
        return showMessage(m_message, tr("A refill is already requested.")), false;
    QCborMap args { { u"id"_s, newRowId(*m_context.clock) }, { u"prescription_id"_s, rx->id } };
    if (!note.isEmpty())
        args.insert(u"note"_s, note);
    auto sent = m_submit(u"rx.refill.request"_s, args);
    if (!sent)
        return showMessage(m_message, sent.error().message), false;
    showMessage(m_message, tr("Refill requested: your doctor decides."), false);
    return true;
}

bool MyPrescriptionsPage::savePdf(const QString &path)
{
    const PrescriptionInfo *rx = selected();
    if (!rx)
        return false;
    QString clinic = tr("Clinic");
    if (auto locations = ClinicLocations(m_context.store->database()).list();
        locations && !locations->isEmpty())
        clinic = locations->constFirst().name;
    auto written = PrescriptionPdf::write(*rx, clinic, path);
    if (!written)
        return showMessage(m_message, written.error().message), false;
    showMessage(m_message, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool MyPrescriptionsPage::choosePharmacy(const QString &pharmacyId)
{
    if (pharmacyId.isEmpty())
        return false;
    auto sent = m_submit(
            u"patient.pharmacy.set"_s,
            { { u"patient_id"_s, m_context.account.accountId }, { u"pharmacy_id"_s, pharmacyId } });
    if (!sent)
        return showMessage(m_message, sent.error().message), false;
    showMessage(m_message, {});
    return true;
}

int MyPrescriptionsPage::showGuide()
{
    const PrescriptionInfo *rx = selected();
    if (!rx)
        return 0;
    MedicationGuideDialog dialog(m_context.store->database(), rx->drugId, this);
    if (!dialog.found())
        return showMessage(m_message,
                           tr("%1 is not in this version of the medicines reference.")
                                   .arg(rx->drugName)),
               0;
    return dialog.exec();
}

} // namespace clinic::ui
