#include "userspage.h"

#include "crypto/securebytes.h"
#include "dialogs/newaccountdialog.h"
#include "dialogs/newpassworddialog.h"
#include "formwidgets.h"
#include "models/accountlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

UsersPage::UsersPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new AccountListModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(int(AccountListModel::DataRole::Status));
    m_filter->setFilterKeyColumn(0);

    m_show = new QComboBox(this);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All accounts"), QString());
    m_show->addItem(tr("Waiting for verification"), AccountStatuses::name(AccountStatus::Pending));
    m_show->addItem(tr("Disabled"), AccountStatuses::name(AccountStatus::Disabled));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_show->currentData().toString();
        m_filter->setFilterRegularExpression(status.isEmpty() ? QString() : u'^' + status + u'$');
        updateButtons();
    });

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);

    const auto button = [this](const QString &text, void (UsersPage::*slot)()) {
        auto *push = new QPushButton(text, this);
        connect(push, &QPushButton::clicked, this, slot);
        return push;
    };
    m_approve = button(tr("&Approve"), &UsersPage::approve);
    m_reject = button(tr("Re&ject…"), &UsersPage::reject);
    m_disable = button(tr("&Disable…"), &UsersPage::disable);
    m_enable = button(tr("&Enable"), &UsersPage::enable);
    m_reset = button(tr("Reset &password…"), &UsersPage::resetPassword);
    auto *create = button(tr("&New staff account…"), &UsersPage::createAccount);
    auto *refreshButton = button(tr("&Refresh"), &UsersPage::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(heading(tr("Users"), this));
    top->addStretch();
    top->addWidget(new QLabel(tr("&Show:"), this));
    top->addWidget(m_show);
    qobject_cast<QLabel *>(top->itemAt(2)->widget())->setBuddy(m_show);
    auto *actions = new QHBoxLayout;
    for (QPushButton *push : { m_approve, m_reject, m_disable, m_enable, m_reset })
        actions->addWidget(push);
    actions->addStretch();
    actions->addWidget(create);
    actions->addWidget(refreshButton);
    m_message = messageLabel(this, QStringLiteral("usersMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    updateButtons();
    refresh();
}

const Account *UsersPage::selected() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    return index.isValid() && m_table->selectionModel()->hasSelection()
            ? m_model->account(index.row())
            : nullptr;
}

void UsersPage::updateButtons()
{
    const Account *account = selected();
    const bool online = m_context.online();
    const bool pending = account && account->status == AccountStatus::Pending;
    const bool self = account && account->id == m_context.account.accountId;
    m_approve->setEnabled(online && pending);
    m_reject->setEnabled(online && pending);
    m_disable->setEnabled(online && account && !self && account->status == AccountStatus::Active);
    m_enable->setEnabled(online && account && account->status == AccountStatus::Disabled);
    m_reset->setEnabled(online && account && !self);
}

void UsersPage::refresh()
{
    if (!m_context.online())
        return showMessage(m_message, tr("The server cannot be reached: the user list needs it."));
    m_context.accounts->listAccounts(this, [this](const Result<QList<Account>> &accounts) {
        if (!accounts)
            return showMessage(m_message, accounts.error().message);
        m_model->setAccounts(accounts.value());
        m_table->sortByColumn(AccountListModel::Status, Qt::DescendingOrder); // waiting first
        updateButtons();
    });
}

void UsersPage::done(const Result<void> &result, const QString &success)
{
    if (!result)
        return showMessage(m_message, result.error().message);
    showMessage(m_message, success, false);
    refresh();
}

void UsersPage::approve()
{
    const Account account = *selected();
    m_context.accounts->verifyProvider(
            this, account.id, true, {}, [this, account](const Result<void> &result) {
                done(result, tr("%1 is verified and can sign in.").arg(account.displayName));
            });
}

void UsersPage::reject()
{
    const Account account = *selected();
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
            this, tr("Reject %1").arg(account.displayName),
            tr("Why? %1 sees this when signing in.").arg(account.displayName), {}, &ok);
    if (!ok)
        return;
    m_context.accounts->verifyProvider(
            this, account.id, false, reason, [this, account](const Result<void> &result) {
                done(result, tr("%1's registration was rejected.").arg(account.displayName));
            });
}

void UsersPage::disable()
{
    const Account account = *selected();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Disable %1").arg(account.displayName),
                                                 tr("Reason (kept in the audit log):"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    m_context.accounts->setEnabled(
            this, account.id, false, reason, [this, account](const Result<void> &result) {
                done(result,
                     tr("%1 is now disabled and signed out everywhere.").arg(account.displayName));
            });
}

void UsersPage::enable()
{
    const Account account = *selected();
    m_context.accounts->setEnabled(
            this, account.id, true, {}, [this, account](const Result<void> &result) {
                done(result, tr("%1 can sign in again.").arg(account.displayName));
            });
}

void UsersPage::resetPassword()
{
    const Account account = *selected();
    NewPasswordDialog dialog(tr("Reset %1's password").arg(account.displayName),
                             tr("%1 signs in with this password once and then chooses their own. "
                                "All their sessions end now.")
                                     .arg(account.displayName),
                             { account.username, account.displayName }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString password = dialog.takePassword();
    m_context.accounts->resetPassword(
            this, account.id, password, [this, account](const Result<void> &result) {
                done(result, tr("%1's password was reset.").arg(account.displayName));
            });
    secureWipe(password);
}

void UsersPage::createAccount()
{
    NewAccountDialog dialog(*m_context.accounts, this);
    if (dialog.exec() == QDialog::Accepted)
        done({}, tr("%1's account was created.").arg(dialog.created().displayName));
}

} // namespace clinic::ui
