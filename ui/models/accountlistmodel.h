#pragma once

#include "domain/account.h"

#include <QAbstractTableModel>
#include <QList>

namespace clinic::ui {

// The clinic's accounts, for the admin's users page.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Username, Role, Status, TwoFactor, Credentials, Registered, ColumnCount };
    enum class DataRole { AccountId = Qt::UserRole + 1, Status, IsPending, Role, CreatedAt };

    using QAbstractTableModel::QAbstractTableModel;

    void setAccounts(const QList<Account> &accounts);
    const Account *account(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(AccountStatus status);

private:
    QList<Account> m_accounts;
};

} // namespace clinic::ui
