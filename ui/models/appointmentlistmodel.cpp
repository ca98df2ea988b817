#include "appointmentlistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

void AppointmentListModel::setAppointments(const QList<AppointmentView> &appointments,
                                           const QSet<QString> &tentative)
{
    beginResetModel();
    m_appointments = appointments;
    m_tentative = tentative;
    endResetModel();
}

const AppointmentView *AppointmentListModel::at(int row) const
{
    return row >= 0 && row < m_appointments.size() ? &m_appointments[row] : nullptr;
}

int AppointmentListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_appointments.size(); ++row) {
        if (m_appointments[row].id == id)
            return row;
    }
    return -1;
}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_appointments.size());
}

QString AppointmentListModel::statusText(const QString &status)
{
    if (status == u"requested")
        return tr("Waiting for the doctor to confirm");
    if (status == u"proposed")
        return tr("The doctor proposes another time");
    return briefStatusText(status);
}

QString AppointmentListModel::briefStatusText(const QString &status)
{
    if (status == u"requested")
        return tr("Requested");
    if (status == u"proposed")
        return tr("New time proposed");
    if (status == u"confirmed")
        return tr("Confirmed");
    if (status == u"checked_in")
        return tr("Checked in");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"no_show")
        return tr("Did not come");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"declined")
        return tr("Declined");
    return status; // a state this version does not know, as written
}

QString AppointmentListModel::when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"ddd d MMM yyyy, HH:mm"_s);
}

QString AppointmentListModel::describe(const AppointmentView &a, bool tentative) const
{
    const QString patient = a.patientName.isEmpty() ? tr("a patient") : a.patientName;
    const QString doctor = a.providerName.isEmpty() ? tr("the doctor") : a.providerName;
    QString who;
    switch (m_viewer) {
    case Viewer::Patient:
        who = doctor;
        break;
    case Viewer::Provider:
        who = patient;
        break;
    case Viewer::FrontDesk:
        who = tr("%1 with %2").arg(patient, doctor);
        break;
    }
    QString status = m_viewer == Viewer::Provider && a.status == u"requested"
            ? tr("Asks for this time")
            : statusText(a.status);
    if (a.status == u"proposed" && a.proposedStartMs > 0)
        status = tr("%1: %2").arg(status, when(a.proposedStartMs));
    if (tentative)
        status = tr("%1 · waiting to sync").arg(status);
    return when(a.startMs) + u" · " + who + u'\n' + status;
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppointmentView &a = m_appointments.at(index.row());
    const bool tentative = m_tentative.contains(a.id);
    switch (role) {
    case Qt::DisplayRole:
        return describe(a, tentative);
    case Qt::AccessibleTextRole:
        return describe(a, tentative).replace(u'\n', u". "_s);
    case int(DataRole::AppointmentId):
        return a.id;
    case int(DataRole::Status):
        return a.status;
    case int(DataRole::StartMs):
        return a.startMs;
    case int(DataRole::IsTentative):
        return tentative;
    default:
        return {};
    }
}

} // namespace clinic::ui
