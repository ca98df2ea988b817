#pragma once

#include "models/accountlistmodel.h"

#include <QSortFilterProxyModel>

namespace clinic::ui {

// The admin's verification queue: the doctors of an AccountListModel who registered and wait
// to be checked, oldest first (they have waited longest). A view over the users page's model,
// so both show the same accounts from one account_list reply.
class VerificationQueueModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VerificationQueueModel(AccountListModel *accounts, QObject *parent = nullptr);

    // The waiting account in this row, or null.
    const Account *account(int row) const;
    // The row of this account, or -1.
    int rowOf(const QString &accountId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AccountListModel *m_accounts;
};

} // namespace clinic::ui
