#include "verificationqueuemodel.h"

namespace clinic::ui {

VerificationQueueModel::VerificationQueueModel(AccountListModel *accounts, QObject *parent)
    : QSortFilterProxyModel(parent), m_accounts(accounts)
{
    setSourceModel(accounts);
    // Kept in order as the list is reloaded; a click on a header does not reorder a queue.
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

const Account *VerificationQueueModel::account(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? m_accounts->account(source.row()) : nullptr;
}

int VerificationQueueModel::rowOf(const QString &accountId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (account(row)->id == accountId)
            return row;
    }
    return -1;
}

bool VerificationQueueModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Only doctors register and wait; another role pending would be no provider to verify.
    const Account *candidate = m_accounts->account(sourceRow);
    return candidate && candidate->status == AccountStatus::Pending
            && candidate->role == Role::Doctor;
}

bool VerificationQueueModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Account *a = m_accounts->account(left.row());
    const Account *b = m_accounts->account(right.row());
    if (a->createdAt != b->createdAt)
        return a->createdAt < b->createdAt;
    return a->username < b->username; // the same millisecond: still one order
}

} // namespace clinic::ui
