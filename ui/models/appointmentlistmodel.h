#pragma once

#include "domain/appointmentrepository.h"

#include <QAbstractListModel>

namespace clinic::ui {

// Appointments, soonest first: when (in this computer's time), with whom, and where each is
// in its life ("Waiting for the doctor", "Confirmed", ...), marked while a change to it waits
// for the server.
class AppointmentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class DataRole { AppointmentId = Qt::UserRole + 1, Status, StartMs, IsTentative };
    enum class Viewer { Patient, Provider, FrontDesk }; // whose name each row shows

    explicit AppointmentListModel(Viewer viewer, QObject *parent = nullptr)
        : QAbstractListModel(parent), m_viewer(viewer)
    { }

    // `tentative`: the ids with a change waiting for the server.
    void setAppointments(const QList<AppointmentView> &appointments,
                         const QSet<QString> &tentative);
    const AppointmentView *at(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    // "Requested", "Did not come": where space is short (the desk's grid, a calendar cell).
    static QString briefStatusText(const QString &status);
    static QString when(qint64 ms);

private:
    QString describe(const AppointmentView &appointment, bool tentative) const;

    Viewer m_viewer;
    QList<AppointmentView> m_appointments;
    QSet<QString> m_tentative;
};

} // namespace clinic::ui
