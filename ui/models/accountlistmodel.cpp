#include "accountlistmodel.h"

#include <QDateTime>
#include <QFont>

namespace clinic::ui {

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

const Account *AccountListModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::statusText(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return tr("Active");
    case AccountStatus::Pending:
        return tr("Waiting for verification");
    case AccountStatus::Rejected:
        return tr("Rejected");
    case AccountStatus::Disabled:
        return tr("Disabled");
    }
    return {};
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return a.displayName;
        case Username:
            return a.username;
        case Role:
            return Roles::displayName(a.role);
        case Status:
            return a.statusReason.isEmpty() ? statusText(a.status)
                                            : statusText(a.status) + u" — " + a.statusReason;
        case TwoFactor:
            return a.totpEnabled ? tr("On") : tr("Off");
        case Credentials:
            return a.licenceNumber.isEmpty() ? QString() : a.licenceNumber + u", " + a.specialty;
        case Registered: // a date, so the view shows it in the user's locale and sorts by time
            return QDateTime::fromMSecsSinceEpoch(a.createdAt);
        }
        return {};
    case Qt::FontRole:
        if (a.status == AccountStatus::Pending) {
            QFont font;
            font.setBold(true); // what the admin has to act on stands out
            return font;
        }
        return {};
    case int(DataRole::AccountId):
        return a.id;
    case int(DataRole::Status):
        return AccountStatuses::name(a.status);
    case int(DataRole::IsPending):
        return a.status == AccountStatus::Pending;
    case int(DataRole::Role):
        return Roles::name(a.role);
    case int(DataRole::CreatedAt):
        return a.createdAt;
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Username:
        return tr("User name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case TwoFactor:
        return tr("2-step");
    case Credentials:
        return tr("Licence, specialties");
    case Registered:
        return tr("Registered");
    }
    return {};
}

} // namespace clinic::ui
