#include "dispensingpage.h"

#include "formwidgets.h"
#include "liveview.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacy/prescriptionrepository.h"
#include "pharmacy/prescriptionsignature.h"
#include "pharmacymodels.h"
#include "storage/encryptedstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> queueTables { u"prescription_fill"_s, u"prescription"_s, u"prescriber_key"_s,
                                  u"pharmacy_member"_s };
// What a page shows of another user's text at most (the wire's fields are bounded, but a
// damaged row must not make the page unusable).
constexpr int maxFindingsShown = 50;
constexpr int maxFieldChars = 2000;

QString field(const QCborMap &row, const QString &key)
{
    return row.value(key).toString().left(maxFieldChars).toHtmlEscaped();
}

QString doctorName(const QString &name)
{
    if (name.startsWith(u"Dr ") || name.startsWith(u"Dr. "))
        return name;
    return DispensingPage::tr("Dr %1").arg(name);
}

// The check's findings (JSON from the prescription) as an HTML list, most severe first.
QString findingsHtml(const QString &json)
{
    if (json.trimmed().isEmpty())
        return DispensingPage::tr("No findings.");
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return DispensingPage::tr("The findings cannot be read.");
    const QJsonArray findings = doc.array();
    if (findings.isEmpty())
        return DispensingPage::tr("No findings.");
    static const QStringList order { u"contraindicated"_s, u"major"_s, u"moderate"_s, u"minor"_s };
    QList<QJsonObject> sorted;
    for (const QJsonValue &value : findings) {
        if (value.isObject())
            sorted.append(value.toObject());
        if (sorted.size() >= maxFindingsShown)
            break;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        auto rank = [](const QJsonObject &o) {
            const qsizetype i = order.indexOf(o.value(u"severity").toString());
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    QString html = u"<ul style=\"margin-left: -20px\">"_s;
    for (const QJsonObject &f : sorted) {
        const QString severity = f.value(u"severity").toString();
        const bool serious = severity == u"contraindicated" || severity == u"major";
        const QString kind = f.value(u"kind").toString() == u"allergy"
                ? DispensingPage::tr("allergy")
                : DispensingPage::tr("interaction");
        html += u"<li><b%1>%2</b> %3 with %4: %5 <i>%6</i></li>"_s.arg(
                serious ? u" style=\"color:#a01010\""_s : QString(),
                PharmacyFormat::severity(severity).toHtmlEscaped(), kind,
                f.value(u"with").toString().left(200).toHtmlEscaped(),
                f.value(u"effect").toString().left(maxFieldChars).toHtmlEscaped(),
                f.value(u"advice").toString().left(maxFieldChars).toHtmlEscaped());
    }
    return html + u"</ul>"_s;
}

} // namespace

DispensingPage::DispensingPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"prescriptionsPage"_s);
    m_submit = [sync = context.sync](const QString &name, const QCborMap &args) {
        return sync->submit(name, args);
    };
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_model = new FillQueueModel(this);

    // Open on what is still to do; the history only when asked.
    m_status = new QComboBox(this);
    m_status->setObjectName(u"fillStatusFilter"_s);
    m_status->setAccessibleName(tr("Show fills"));
    m_status->addItem(tr("Open fills"), u"open"_s);
    for (const QString &status : InventoryRepository::openFillStatuses())
        m_status->addItem(PharmacyFormat::fillStatus(status), status);
    for (const QString &status : InventoryRepository::fillStatuses())
        if (!InventoryRepository::openFillStatuses().contains(status))
            m_status->addItem(PharmacyFormat::fillStatus(status), status);
    m_status->addItem(tr("All fills"), QString());
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"fillSearch"_s);
    m_search->setPlaceholderText(tr("Search patient or drug"));
    m_search->setAccessibleName(tr("Search by patient or drug"));
    m_search->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"fillQueue"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Prescriptions to fill"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_count = new QLabel(this);
    m_count->setObjectName(u"fillCount"_s);
    m_count->setWordWrap(true);
    m_more = new QPushButton(tr("Show &more"), this);
    m_more->setObjectName(u"showMoreFills"_s);
    m_more->setAccessibleName(tr("Show more fills"));
    m_more->hide();

    auto *queue = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(m_table, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_more);
    queueLayout->addLayout(footer);

    m_signature = new QLabel(this);
    m_signature->setObjectName(u"signatureStatus"_s);
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setWordWrap(true);
    m_signature->setTextFormat(Qt::RichText);
    m_details = new QLabel(this);
    m_details->setObjectName(u"prescriptionDetails"_s);
    m_details->setAccessibleName(tr("Prescription"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *detailContent = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailContent);
    detailLayout->setContentsMargins(8, 0, 8, 0);
    detailLayout->addWidget(m_signature);
    detailLayout->addWidget(m_details);
    detailLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(detailContent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    m_start = new QPushButton(tr("&Start filling"), this);
    m_start->setAccessibleName(tr("Start filling the prescription"));
    m_ready = new QPushButton(tr("Ready for &pick-up"), this);
    m_ready->setAccessibleName(tr("Mark ready for pick-up"));
    m_dispense = new QPushButton(tr("&Dispense"), this);
    m_dispense->setAccessibleName(tr("Dispense to the patient"));
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_reject->setAccessibleName(tr("Reject with a reason"));
    m_return = new QPushButton(tr("Ask the &prescriber…"), this);
    m_return->setAccessibleName(tr("Return to the prescriber with a question"));
    m_message = messageLabel(this, u"prescriptionsMessage"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_ready);
    buttons->addWidget(m_dispense);
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_return);

    auto *detail = new QWidget(this);
    auto *detailOuter = new QVBoxLayout(detail);
    detailOuter->setContentsMargins(0, 0, 0, 0);
    detailOuter->addWidget(scroll, 1);
    detailOuter->addLayout(buttons);
    detailOuter->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(queue);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The queue's columns need the room more than the detail, whose lines wrap: 3 to 2 from
    // the start, not from the detail's longest line.
    splitter->setSizes({ 3000, 2000 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Prescriptions"), this));
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &DispensingPage::onFilterChanged);
    connect(m_search, &QLineEdit::textChanged, this, &DispensingPage::onFilterChanged);
    connect(m_more, &QPushButton::clicked, this, &DispensingPage::showMore);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &DispensingPage::onLoaded);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DispensingPage::showSelected);
    connect(m_start, &QPushButton::clicked, this, &DispensingPage::startFilling);
    connect(m_ready, &QPushButton::clicked, this, &DispensingPage::markReady);
    connect(m_dispense, &QPushButton::clicked, this, &DispensingPage::dispense);
    connect(m_reject, &QPushButton::clicked, this, [this] {
        askText(tr("Reject prescription"),
                tr("Why is it rejected? The prescriber and the "
                   "patient see this."),
                tr("Reason for rejecting"), [this](const QString &text) { reject(text); });
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        askText(tr("Ask the prescriber"), tr("Your question to the prescriber:"),
                tr("Question to the prescriber"),
                [this](const QString &text) { returnToPrescriber(text); });
    });
    connect(m_context.sync, &SyncEngine::outcomeReceived, this, &DispensingPage::onOutcome);

    m_live = new LiveView(this, m_context.sync);
    m_live->follow(queueTables, [this] { reload(); });
    showSelected();
}

DispensingPage::~DispensingPage()
{
    m_watcher.disconnect(this);
    m_pool.start([connection = m_connection] { connection->reset(); });
    m_pool.waitForDone();
}

FillFilter DispensingPage::queueFilter() const
{
    const QString chosen = m_status->currentData().toString();
    FillFilter filter;
    if (chosen == u"open")
        filter.statuses = InventoryRepository::openFillStatuses();
    else if (!chosen.isEmpty())
        filter.statuses = { chosen };
    filter.search = m_search->text().simplified();
    filter.limit = m_limit;
    return filter;
}

void DispensingPage::onFilterChanged()
{
    m_limit = InventoryRepository::queuePageRows;
    m_live->refresh(); // now if shown, else when next shown
}

void DispensingPage::showMore()
{
    m_limit += InventoryRepository::queuePageRows;
    reload();
}

void DispensingPage::reload()
{
    ++m_generation; // an answer on its way for an earlier question is dropped
    if (m_watcher.isRunning()) {
        m_again = true; // one read at a time; the newest question is asked next
        return;
    }
    m_again = false;
    startLoad();
}

void DispensingPage::startLoad()
{
    // By value only: the worker has its own connection and never touches the widget.
    m_watcher.setFuture(QtConcurrent::run(
            &m_pool,
            [store = m_context.store, connection = m_connection,
             staff = m_context.account.accountId, filter = queueFilter(),
             generation = m_generation] {
                Loaded loaded;
                loaded.generation = generation;
                if (!*connection) {
                    auto opened = store->openSibling();
                    if (!opened) {
                        loaded.error = opened.error().message;
                        return loaded;
                    }
                    *connection = std::move(opened).value();
                }
                const QSqlDatabase db = (*connection)->database();
                auto pharmacy = InventoryRepository::pharmacyOf(db, staff);
                if (!pharmacy) {
                    loaded.error = pharmacy.error().message;
                    return loaded;
                }
                loaded.pharmacyId = *pharmacy;
                if (loaded.pharmacyId.isEmpty())
                    return loaded;
                auto page = InventoryRepository::queuePage(db, loaded.pharmacyId, filter);
                auto counts = InventoryRepository::queueCounts(db, loaded.pharmacyId);
                if (!page || !counts) {
                    loaded.error = (!page ? page.error() : counts.error()).message;
                    return loaded;
                }
                loaded.page = std::move(page).value();
                loaded.counts = std::move(counts).value();
                return loaded;
            }));
}

void DispensingPage::onLoaded()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    Loaded loaded = m_watcher.result();
    if (m_again || loaded.generation != m_generation) {
        reload(); // the filter or the data changed meanwhile
        return;
    }
    m_shown = loaded.generation;
    if (!loaded.error.isEmpty())
        return showMessage(m_message, loaded.error);
    m_pharmacyId = loaded.pharmacyId;
    const QString keep = selectedFill();
    if (m_pharmacyId.isEmpty()) {
        m_model->setEntries({});
        m_more->hide();
        m_count->setText(tr("You are not assigned to a pharmacy yet: the clinic's administrator "
                            "assigns you to one on their Clinic page."));
        showSelected();
        emit queueShown();
        return;
    }
    int total = 0;
    int open = 0;
    for (auto it = loaded.counts.cbegin(); it != loaded.counts.cend(); ++it) {
        total += it.value();
        if (InventoryRepository::openFillStatuses().contains(it.key()))
            open += it.value();
    }
    const int shown = int(loaded.page.fills.size());
    m_model->setEntries(std::move(loaded.page.fills));
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectFill(keep);
    QLocale locale;
    QString text;
    if (total == 0) {
        text = tr("No prescriptions yet: those routed to your pharmacy appear here.");
    } else {
        const QString listed = loaded.page.more
                ? tr("Listed: the %1 most recently changed").arg(locale.toString(shown))
                : shown == 0 ? tr("None matches")
                             : tr("Listed: %1").arg(locale.toString(shown));
        text = tr("%1 · open: %2 · all fills: %3")
                       .arg(listed, locale.toString(open), locale.toString(total));
    }
    m_count->setText(text);
    m_more->setVisible(loaded.page.more);
    showSelected();
    emit queueShown();
}

QString DispensingPage::selectedFill() const
{
    return m_table->currentIndex().data(int(FillQueueModel::DataRole::FillId)).toString();
}

bool DispensingPage::selectFill(const QString &fillId)
{
    const int row = m_model->rowOf(fillId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    return true;
}

void DispensingPage::showSelected()
{
    m_verified = false;
    m_prescriptionStatus.clear();
    const QModelIndex current = m_table->currentIndex();
    const FillSummary *listed = current.isValid() ? m_model->entry(current.row()) : nullptr;
    if (!listed) {
        m_signature->clear();
        m_signature->hide();
        m_details->setText(m_model->rowCount() == 0
                                   ? QString()
                                   : tr("Choose a prescription in the queue to see it in full."));
        updateButtons();
        return;
    }
    // One fill and one prescription, each by its key: quick enough for the window's thread.
    const QSqlDatabase db = m_context.store->database();
    auto fill = InventoryRepository::fill(db, listed->id);
    if (!fill) {
        m_signature->hide();
        m_details->setText(fill.error().message.toHtmlEscaped());
        updateButtons();
        return;
    }
    const FillView *entry = &*fill;
    auto prescription = PrescriptionRepository::prescription(db, entry->prescriptionId);
    if (!prescription || !prescription->has_value()) {
        m_signature->hide();
        m_details->setText(!prescription ? prescription.error().message.toHtmlEscaped()
                                         : tr("The prescription has not arrived yet."));
        updateButtons();
        return;
    }
    const QCborMap rx = (*prescription)->toCbor();
    m_prescriptionStatus = (*prescription)->status;

    // The signature, against the prescriber's registered key.
    auto key = PrescriptionRepository::prescriberKey(db, rx.value(u"prescriber_id"_s).toString());
    const QCborMap keyRow = key && key->has_value() ? (*key)->toCbor() : QCborMap();
    const QString prescriber = doctorName(rx.value(u"prescriber_name"_s).toString().left(200));
    auto verified = PrescriptionSignature::verify(rx, keyRow);
    m_verified = verified.ok();
    if (m_verified) {
        const QString fingerprint = rx.value(u"key_fingerprint"_s).toString();
        m_signature->setText(u"<span style=\"color:#176b2c\">✔ %1</span>"_s.arg(
                tr("Signed by %1, verified (key %2…)")
                        .arg(prescriber, fingerprint.left(8))
                        .toHtmlEscaped()));
    } else {
        m_signature->setText(u"<span style=\"color:#a01010\"><b>✘ %1</b><br>%2</span>"_s.arg(
                tr("Do not fill: the signature does not check out.").toHtmlEscaped(),
                verified.error().message.toHtmlEscaped()));
    }
    m_signature->show();

    // The prescription in full.
    QLocale locale;
    const QDate born = QDate::fromString(rx.value(u"patient_birth_date"_s).toString(), Qt::ISODate);
    const QString allergies = field(rx, u"patient_allergies"_s);
    const bool substitution = rx.value(u"substitution_allowed"_s).isBool()
            ? rx.value(u"substitution_allowed"_s).toBool()
            : rx.value(u"substitution_allowed"_s).toInteger() != 0;
    const qint64 quantity = rx.value(u"quantity"_s).toInteger();
    QString html = u"<h3>%1</h3>"_s.arg(field(rx, u"patient_name"_s));
    html += u"<table cellspacing=\"4\">"_s;
    const auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
                label.toHtmlEscaped(), value);
    };
    row(tr("Date of birth:"),
        born.isValid() ? locale.toString(born, QLocale::LongFormat).toHtmlEscaped() : tr("—"));
    row(tr("Allergies:"),
        allergies.isEmpty() ? tr("None recorded") : u"<b>%1</b>"_s.arg(allergies));
    row(tr("Drug:"), field(rx, u"drug_name"_s));
    row(tr("Strength:"), field(rx, u"strength"_s));
    row(tr("Form:"), field(rx, u"form"_s));
    row(tr("Dose:"), field(rx, u"dose"_s));
    row(tr("Directions:"), field(rx, u"directions"_s));
    row(tr("Quantity:"), locale.toString(quantity).toHtmlEscaped());
    row(tr("Fill:"), tr("%1 of %2").arg(entry->number).arg(entry->fillsAuthorised));
    row(tr("Substitution:"), substitution ? tr("Allowed") : tr("Not allowed: dispense as written"));
    if (!rx.value(u"pharmacist_note"_s).toString().isEmpty())
        row(tr("Note:"), field(rx, u"pharmacist_note"_s));
    row(tr("Prescriber:"), prescriber.toHtmlEscaped());
    row(tr("Issued:"), PharmacyFormat::when(rx.value(u"issued_at"_s).toInteger()).toHtmlEscaped());
    row(tr("Status:"), PharmacyFormat::fillStatus(entry->status).toHtmlEscaped());
    if (!entry->reason.isEmpty())
        row(entry->status == u"returned" ? tr("Question:") : tr("Reason:"),
            entry->reason.left(maxFieldChars).toHtmlEscaped());
    if (!entry->answer.isEmpty())
        row(tr("Prescriber's answer:"), entry->answer.left(maxFieldChars).toHtmlEscaped());
    if (m_prescriptionStatus == u"cancelled")
        row(tr("Prescription:"), tr("Cancelled by the prescriber"));
    html += u"</table>"_s;
    html += u"<h4>%1</h4>"_s.arg(tr("Check findings (reference data %1)")
                                         .arg(rx.value(u"reference_version"_s).toString().left(40))
                                         .toHtmlEscaped());
    html += findingsHtml(rx.value(u"check_findings"_s).toString());
    if (!rx.value(u"override_reason"_s).toString().isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Prescriber's override:").toHtmlEscaped(),
                                             field(rx, u"override_reason"_s));
    m_details->setText(html);
    updateButtons();
}

void DispensingPage::updateButtons()
{
    const QString status =
            m_table->currentIndex().data(int(FillQueueModel::DataRole::Status)).toString();
    const bool fillable = m_verified && m_prescriptionStatus != u"cancelled";
    m_start->setEnabled(fillable && status == u"new");
    m_ready->setEnabled(fillable && status == u"in_progress");
    m_dispense->setEnabled(fillable && (status == u"in_progress" || status == u"ready"));
    // Refusing or asking needs no valid signature: that is what to do with a bad one.
    m_reject->setEnabled(status == u"new" || status == u"in_progress");
    m_return->setEnabled(status == u"new" || status == u"in_progress");
}

bool DispensingPage::submit(const QString &name, const QCborMap &args, const QString &done)
{
    auto submitted = m_submit(name, args);
    if (!submitted) {
        showMessage(m_message, submitted.error().message);
        return false;
    }
    showMessage(m_message, done, false);
    return true;
}

void DispensingPage::startFilling()
{
    if (m_start->isEnabled())
        submit(u"rx.fill.update"_s,
               { { u"id"_s, selectedFill() }, { u"status"_s, u"in_progress"_s } },
               tr("Filling started."));
}

void DispensingPage::markReady()
{
    if (m_ready->isEnabled())
        submit(u"rx.fill.update"_s, { { u"id"_s, selectedFill() }, { u"status"_s, u"ready"_s } },
               tr("Ready for pick-up: the patient is told."));
}

void DispensingPage::dispense()
{
    if (m_dispense->isEnabled())
        submit(u"rx.fill.dispense"_s, { { u"id"_s, selectedFill() } },
               tr("Dispensed. Stock is deducted from the lots expiring first."));
}

void DispensingPage::reject(const QString &reason)
{
    if (!m_reject->isEnabled())
        return;
    if (reason.trimmed().isEmpty())
        return showMessage(m_message, tr("Say why the prescription is rejected."));
    submit(u"rx.fill.update"_s,
           { { u"id"_s, selectedFill() },
             { u"status"_s, u"rejected"_s },
             { u"reason"_s, reason.trimmed() } },
           tr("Rejected."));
}

void DispensingPage::returnToPrescriber(const QString &question)
{
    if (!m_return->isEnabled())
        return;
    if (question.trimmed().isEmpty())
        return showMessage(m_message, tr("Write the question for the prescriber."));
    submit(u"rx.fill.update"_s,
           { { u"id"_s, selectedFill() },
             { u"status"_s, u"returned"_s },
             { u"reason"_s, question.trimmed() } },
           tr("Returned to the prescriber with your question."));
}

void DispensingPage::askText(const QString &title, const QString &label,
                                const QString &accessibleName,
                                std::function<void(const QString &)> then)
{
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setAccessibleName(accessibleName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, std::move(then));
    dialog->open();
}

void DispensingPage::onOutcome(const SyncOutcome &outcome)
{
    if (outcome.confirmed || !outcome.name.startsWith(u"rx.fill."))
        return;
    showMessage(m_message, tr("The server refused: %1").arg(outcome.reason));
    m_live->changed(queueTables);
}

} // namespace clinic::ui
