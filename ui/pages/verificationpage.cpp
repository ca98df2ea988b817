#include "verificationpage.h"

#include "dialogs/rejectiondialog.h"
#include "formwidgets.h"
#include "models/accountlistmodel.h"
#include "models/verificationqueuemodel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

QLabel *detailLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// No %n plural: the English translation has none yet, and "2 day(s) ago" reads badly.
QString waitedFor(qint64 days)
{
    if (days < 1)
        return VerificationPage::tr("today");
    if (days == 1)
        return VerificationPage::tr("yesterday");
    return VerificationPage::tr("%1 days ago").arg(days);
}

} // namespace

VerificationPage::VerificationPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"verificationPage"_s);
    m_accounts = new AccountListModel(this);
    m_queue = new VerificationQueueModel(m_accounts, this);

    m_table = new QTableView(this);
    m_table->setModel(m_queue);
    m_table->setAccessibleName(tr("Doctors waiting for verification"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Who, and since when: the rest is in the details beside the list.
    for (int column : { int(AccountListModel::Role), int(AccountListModel::Status),
                        int(AccountListModel::TwoFactor), int(AccountListModel::Credentials) })
        m_table->hideColumn(column);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VerificationPage::showSelected);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 480, 520 }); // the whole date in the list, the details beside it
    splitter->setChildrenCollapsible(false);

    m_empty = new QLabel(tr("Nobody is waiting for verification. Doctors who register appear "
                            "here until you approve or reject them."),
                         this);
    m_empty->setObjectName(u"verificationEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &VerificationPage::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Verification"), this));
    top->addStretch();
    top->addWidget(refreshButton);
    auto *intro = new QLabel(tr("Doctors who registered, longest waiting first. Check their "
                                "licence and credentials with the issuing bodies; until you "
                                "approve them they cannot sign in, be listed or be booked."),
                             this);
    intro->setWordWrap(true);
    m_message = messageLabel(this, u"verificationMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_context.connection, &ServerConnection::stateChanged, this, [this] {
        if (m_context.online())
            refresh();
    });
    showSelected();
    refresh();
}

QWidget *VerificationPage::createDetails()
{
    auto *details = new QWidget(this);
    m_name = detailLabel(u"verificationName"_s, details);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    m_username = detailLabel(u"verificationUsername"_s, details);
    m_licence = detailLabel(u"verificationLicence"_s, details);
    m_specialties = detailLabel(u"verificationSpecialties"_s, details);
    m_registered = detailLabel(u"verificationRegistered"_s, details);
    m_credentials = new QPlainTextEdit(details);
    m_credentials->setObjectName(u"verificationCredentials"_s);
    m_credentials->setAccessibleName(tr("Credentials and certifications"));
    m_credentials->setReadOnly(true);
    m_credentials->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_credentials->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_credentials->setPlaceholderText(tr("None given."));
    m_approve = new QPushButton(tr("&Approve"), details);
    m_reject = new QPushButton(tr("Re&ject…"), details);
    connect(m_approve, &QPushButton::clicked, this, &VerificationPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &VerificationPage::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Licence number:"), m_licence);
    form->addRow(tr("Specialties:"), m_specialties);
    form->addRow(tr("Registered:"), m_registered);
    auto *credentialsLabel = new QLabel(tr("&Credentials and certifications:"), details);
    credentialsLabel->setBuddy(m_credentials);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addLayout(form);
    layout->addWidget(credentialsLabel);
    layout->addWidget(m_credentials, 1);
    layout->addLayout(buttons);
    return details;
}

int VerificationPage::waiting() const
{
    return m_queue->rowCount();
}

void VerificationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // someone may have registered since the page was last looked at
}

void VerificationPage::refresh()
{
    if (!m_context.online())
        return showMessage(m_message,
                           tr("The server cannot be reached: verification needs it. The list "
                              "is as it was when last online."));
    const Account *current = selected();
    const QString keep = current ? current->id : QString();
    m_context.accounts->listAccounts(this, [this, keep](const Result<QList<Account>> &accounts) {
        if (!accounts)
            return showMessage(m_message, accounts.error().message);
        m_accounts->setAccounts(accounts.value());
        onListed(keep);
    });
}

void VerificationPage::onListed(const QString &keepSelected)
{
    const int count = waiting();
    m_stack->setCurrentIndex(count == 0 ? 0 : 1);
    if (count > 0) {
        const int row = qMax(0, m_queue->rowOf(keepSelected));
        m_table->setCurrentIndex(m_queue->index(row, AccountListModel::Name));
        m_table->selectRow(row);
    }
    showSelected();
    if (count != m_lastWaiting) {
        m_lastWaiting = count;
        emit waitingChanged(count);
    }
}

const Account *VerificationPage::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_queue->account(current.row()) : nullptr;
}

void VerificationPage::showSelected()
{
    const Account *account = selected();
    const bool online = m_context.online();
    m_approve->setEnabled(account && online);
    m_reject->setEnabled(account && online);
    if (!account) {
        for (QLabel *label : { m_name, m_username, m_licence, m_specialties, m_registered })
            label->clear();
        m_credentials->clear();
        return;
    }
    m_name->setText(account->displayName);
    m_username->setText(account->username);
    m_licence->setText(account->licenceNumber);
    QStringList specialties = account->specialty.split(u',', Qt::SkipEmptyParts);
    for (QString &specialty : specialties)
        specialty = specialty.trimmed();
    m_specialties->setText(specialties.join(u", "_s));
    const qint64 days = (m_context.clock->nowMs() - account->createdAt) / dayMs;
    m_registered->setText(
            tr("%1 (%2)").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(account->createdAt),
                                                 QLocale::ShortFormat),
                              waitedFor(days)));
    m_credentials->setPlainText(account->credentials);
}

void VerificationPage::approve()
{
    if (const Account *account = selected())
        verify(*account, true, {});
}

void VerificationPage::reject()
{
    const Account *account = selected();
    if (!account || m_rejection)
        return;
    // Window-modal and not exec(): the page stays responsive (a poke, the idle lock closes it).
    auto *dialog = new RejectionDialog(account->displayName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Account rejected = *account;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, rejected] { verify(rejected, false, dialog->reason()); });
    connect(dialog, &QObject::destroyed, this, [this] { m_rejection = nullptr; });
    m_rejection = dialog;
    dialog->open();
}

void VerificationPage::verify(const Account &account, bool approve, const QString &reason)
{
    showMessage(m_message, {});
    m_context.accounts->verifyProvider(
            this, account.id, approve, reason, [this, account, approve](const Result<void> &done) {
                if (!done)
                    return showMessage(m_message, done.error().message);
                showMessage(m_message,
                            approve ? tr("%1 is verified: they can sign in and publish their page "
                                         "in the directory.")
                                              .arg(account.displayName)
                                    : tr("%1's registration was rejected; they see your reason "
                                         "when they try to sign in.")
                                              .arg(account.displayName),
                            false);
                refresh();
            });
}

} // namespace clinic::ui
