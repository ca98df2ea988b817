#include "careteammodel.h"

#include "domain/role.h"

#include <QFont>

namespace clinic::ui {

void CareTeamModel::setMembers(const QList<CareTeamMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

const CareTeamMember *CareTeamModel::member(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

int CareTeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QString CareTeamModel::roleText(const QString &roleName)
{
    const auto role = Roles::fromName(roleName);
    return role ? Roles::displayName(*role) : roleName;
}

QString CareTeamModel::staffText(const StaffMember &staff)
{
    // The role is optional in care_team.assign: a name alone rather than "Name ()".
    return staff.role.isEmpty() ? staff.name : tr("%1 (%2)").arg(staff.name, roleText(staff.role));
}

QVariant CareTeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareTeamMember &m = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.tentative ? tr("%1 · waiting to sync").arg(staffText(m.staff))
                           : staffText(m.staff);
    case Qt::ToolTipRole:
        return m.tentative ? tr("Waiting to sync: the server has not confirmed this change.")
                           : QVariant();
    case Qt::FontRole:
        if (m.tentative) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case int(DataRole::StaffId):
        return m.staff.id;
    case int(DataRole::StaffName):
        return m.staff.name;
    case int(DataRole::StaffRole):
        return m.staff.role;
    case int(DataRole::IsTentative):
        return m.tentative;
    default:
        return {};
    }
}

} // namespace clinic::ui
