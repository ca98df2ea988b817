#include "prescriptionspage.h"

#include "formwidgets.h"
#include "liveview.h"
#include "prescriptions/prescriptionlistmodel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> rxTables { u"prescription"_s, u"prescription_fill"_s, u"refill_request"_s,
                               u"pharmacy"_s };

QVBoxLayout *section(const QString &title, QVBoxLayout *into, QWidget *parent)
{
    into->addWidget(heading(title, parent, 1.1));
    auto *rows = new QVBoxLayout;
    rows->setSpacing(4);
    into->addLayout(rows);
    return rows;
}

QLabel *emptyLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

// Asks for a line of text; empty when cancelled.
QString ask(QWidget *parent, const QString &title, const QString &label)
{
    return QInputDialog::getMultiLineText(parent, title, label).trimmed();
}

} // namespace

PrescriptionsPage::PrescriptionsPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"prescriptionsPage"_s);
    m_submit = [this](const QString &name, const QCborMap &args) {
        return m_context.sync->submit(name, args);
    };
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addWidget(heading(tr("Prescriptions"), content));
    m_message = messageLabel(content, u"prescriptionsMessage"_s);
    layout->addWidget(m_message);
    m_requests = section(tr("Refill requests"), layout, content);
    m_questions = section(tr("Questions from pharmacies"), layout, content);

    auto *recentTitle = new QHBoxLayout;
    recentTitle->addWidget(heading(tr("Recent prescriptions"), content, 1.1));
    recentTitle->addStretch();
    m_cancel = new QPushButton(tr("Cancel prescription…"), content);
    m_cancel->setObjectName(u"cancelPrescription"_s);
    m_cancel->setAccessibleName(tr("Cancel the selected prescription"));
    m_cancel->setEnabled(false);
    recentTitle->addWidget(m_cancel);
    layout->addLayout(recentTitle);
    m_model = new PrescriptionListModel(PrescriptionListModel::Person::Patient, this);
    m_table = new QTableView(content);
    m_table->setObjectName(u"recentPrescriptions"_s);
    m_table->setAccessibleName(tr("Recent prescriptions"));
    m_model->showIn(m_table);
    m_table->setMinimumHeight(220);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const PrescriptionInfo *rx = m_model->prescription(m_table->currentIndex().row());
        m_cancel->setEnabled(rx && rx->status == u"active");
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const PrescriptionInfo *rx = m_model->prescription(m_table->currentIndex().row());
        if (!rx)
            return;
        const QString reason =
                ask(this, tr("Cancel prescription"),
                    tr("Why cancel %1 for %2? The pharmacy and the patient see the reason.")
                            .arg(RxFormat::medicine(*rx), rx->patientName));
        if (!reason.isEmpty())
            cancel(rx->id, reason);
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_live = new LiveView(this, context.sync);
    m_live->follow(rxTables, [this] { reload(); });
    // What waits is counted even while the page is hidden: the page list shows it.
    connect(context.sync, &SyncEngine::dataChanged, this, [this](const QSet<QString> &tables) {
        if (tables.contains(u"refill_request"_s) || tables.contains(u"prescription_fill"_s))
            countWaiting();
    });
    QTimer::singleShot(0, this, &PrescriptionsPage::countWaiting);
}

void PrescriptionsPage::countWaiting()
{
    const QSqlDatabase db = m_context.store->database();
    auto requests = PrescriptionRepository::pendingRefillRequests(db, m_context.account.accountId);
    auto returned = PrescriptionRepository::returnedFills(db, m_context.account.accountId);
    if (!requests || !returned)
        return;
    m_pending = int(requests->size());
    m_returned = int(returned->size());
    emit waitingChanged(m_pending + m_returned);
}

void PrescriptionsPage::clear(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide(); // gone at once, not when the event loop next deletes
            widget->deleteLater();
        }
        delete item;
    }
}

void PrescriptionsPage::reload()
{
    const QSqlDatabase db = m_context.store->database();
    const QString me = m_context.account.accountId;
    auto requests = PrescriptionRepository::pendingRefillRequests(db, me);
    auto returned = PrescriptionRepository::returnedFills(db, me);
    auto recent = PrescriptionRepository::ofPrescriber(db, me);
    if (!requests || !returned || !recent) {
        const Error error = !requests ? requests.error()
                : !returned           ? returned.error()
                                      : recent.error();
        return showMessage(m_message, error.message);
    }
    clear(m_requests);
    clear(m_questions);
    QWidget *host = m_requests->parentWidget();
    for (const RefillRequestInfo &r : std::as_const(*requests)) {
        auto *row = new QFrame(host);
        row->setFrameShape(QFrame::StyledPanel);
        auto *rowLayout = new QHBoxLayout(row);
        const QString medicine = RxFormat::medicine(r.drugName, r.strength, r.form);
        QString text = tr("<b>%1</b>: %2<br>Asked %3")
                               .arg(r.patientName.toHtmlEscaped(), medicine.toHtmlEscaped(),
                                    RxFormat::dateTime(r.requestedAt));
        if (!r.note.isEmpty())
            text += tr(" · “%1”").arg(r.note.left(300).toHtmlEscaped());
        auto *label = new QLabel(text, row);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        rowLayout->addWidget(label, 1);
        auto *approve = new QPushButton(tr("Approve"), row);
        approve->setObjectName(u"approveRefill"_s);
        approve->setAccessibleName(
                tr("Approve a refill of %1 for %2").arg(medicine, r.patientName));
        auto *deny = new QPushButton(tr("Deny…"), row);
        deny->setObjectName(u"denyRefill"_s);
        deny->setAccessibleName(tr("Deny a refill of %1 for %2").arg(medicine, r.patientName));
        connect(approve, &QPushButton::clicked, this, [this, id = r.id] { decide(id, true); });
        connect(deny, &QPushButton::clicked, this, [this, id = r.id, medicine] {
            const QString reason =
                    ask(this, tr("Deny refill"),
                        tr("Why not refill %1? The patient sees the reason.").arg(medicine));
            if (!reason.isEmpty())
                decide(id, false, reason);
        });
        rowLayout->addWidget(approve);
        rowLayout->addWidget(deny);
        m_requests->addWidget(row);
        row->show(); // now, not when the event loop next runs
    }
    if (requests->isEmpty())
        m_requests->addWidget(emptyLabel(tr("No refill requests waiting."), host));
    if (QWidget *first = m_requests->count() ? m_requests->itemAt(0)->widget() : nullptr)
        first->show();

    for (const PrescriptionFillInfo &f : std::as_const(*returned)) {
        auto rx = PrescriptionRepository::prescription(db, f.prescriptionId);
        const QString medicine = rx && *rx ? RxFormat::medicine(**rx) : f.prescriptionId;
        const QString patient = rx && *rx ? (*rx)->patientName : QString();
        const QString pharmacy = rx && *rx ? (*rx)->pharmacyName : QString();
        auto *row = new QFrame(host);
        row->setFrameShape(QFrame::StyledPanel);
        auto *rowLayout = new QHBoxLayout(row);
        auto *label = new QLabel(
                tr("<b>%1</b>: %2 (fill %3)<br>%4 asks: “%5”")
                        .arg(patient.toHtmlEscaped(), medicine.toHtmlEscaped())
                        .arg(f.number)
                        .arg((pharmacy.isEmpty() ? tr("The pharmacy") : pharmacy).toHtmlEscaped(),
                             f.reason.left(500).toHtmlEscaped()),
                row);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        rowLayout->addWidget(label, 1);
        auto *reply = new QPushButton(tr("Answer…"), row);
        reply->setObjectName(u"answerFill"_s);
        reply->setAccessibleName(tr("Answer the pharmacy's question on %1").arg(medicine));
        connect(reply, &QPushButton::clicked, this, [this, id = f.id, question = f.reason] {
            const QString text = ask(this, tr("Answer the pharmacy"),
                                     tr("The pharmacy asks: %1").arg(question.left(500)));
            if (!text.isEmpty())
                answer(id, text);
        });
        rowLayout->addWidget(reply);
        m_questions->addWidget(row);
        row->show();
    }
    if (returned->isEmpty())
        m_questions->addWidget(emptyLabel(tr("No questions from pharmacies."), host));
    if (QWidget *first = m_questions->count() ? m_questions->itemAt(0)->widget() : nullptr)
        first->show();

    const QString current = m_model->prescription(m_table->currentIndex().row())
            ? m_model->prescription(m_table->currentIndex().row())->id
            : QString();
    m_model->setPrescriptions(*recent);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_pending = int(requests->size());
    m_returned = int(returned->size());
    emit waitingChanged(m_pending + m_returned);
}

bool PrescriptionsPage::decide(const QString &requestId, bool approve, const QString &reason)
{
    if (!approve && reason.trimmed().isEmpty())
        return showMessage(m_message, tr("Say why the refill is denied.")), false;
    QCborMap args { { u"id"_s, requestId }, { u"approve"_s, approve } };
    if (!approve)
        args.insert(u"reason"_s, reason.trimmed().left(1000));
    auto sent = m_submit(u"rx.refill.decide"_s, args);
    if (!sent)
        return showMessage(m_message, sent.error().message), false;
    showMessage(m_message, {});
    return true;
}

bool PrescriptionsPage::answer(const QString &fillId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return showMessage(m_message, tr("Write the answer for the pharmacy.")), false;
    auto sent = m_submit(u"rx.fill.answer"_s,
                         { { u"id"_s, fillId }, { u"answer"_s, text.trimmed().left(1000) } });
    if (!sent)
        return showMessage(m_message, sent.error().message), false;
    showMessage(m_message, {});
    return true;
}

bool PrescriptionsPage::cancel(const QString &prescriptionId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return showMessage(m_message, tr("Say why the prescription is cancelled.")), false;
    auto sent =
            m_submit(u"rx.cancel"_s,
                     { { u"id"_s, prescriptionId }, { u"reason"_s, reason.trimmed().left(1000) } });
    if (!sent)
        return showMessage(m_message, sent.error().message), false;
    showMessage(m_message, {});
    return true;
}

} // namespace clinic::ui
