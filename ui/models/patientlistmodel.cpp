#include "patientlistmodel.h"

#include <QFont>
#include <QLocale>

namespace clinic::ui {

void PatientListModel::setPatients(const QList<Patient> &patients, const QSet<QString> &tentative)
{
    beginResetModel();
    m_patients = patients;
    m_tentative = tentative;
    endResetModel();
}

const Patient *PatientListModel::patient(int row) const
{
    return row >= 0 && row < m_patients.size() ? &m_patients.at(row) : nullptr;
}

int PatientListModel::rowOf(const QString &patientId) const
{
    for (int row = 0; row < m_patients.size(); ++row) {
        if (m_patients.at(row).id == patientId)
            return row;
    }
    return -1;
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Patient &p = m_patients.at(index.row());
    const bool tentative = m_tentative.contains(p.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            // Family name first: how a register is read and sorted.
            return tr("%1, %2").arg(p.familyName, p.givenName);
        case BirthDate:
            return p.birthDate.isValid() ? QLocale().toString(p.birthDate, QLocale::ShortFormat)
                                         : QString();
        case Phone:
            return p.phone;
        case City:
            return p.city;
        }
        return {};
    case Qt::ToolTipRole:
        return tentative ? tr("Waiting to sync: the server has not confirmed the latest change.")
                         : QVariant();
    case Qt::FontRole:
        if (tentative) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case int(DataRole::PatientId):
        return p.id;
    case int(DataRole::IsTentative):
        return tentative;
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case BirthDate:
        return tr("Born");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    }
    return {};
}

} // namespace clinic::ui
