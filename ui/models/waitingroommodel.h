#pragma once

#include "domain/appointmentrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace clinic::ui {

// Who is in the waiting room: the day's checked-in visits, longest waiting first, with their
// provider, the visit's time and the minutes since check-in. A checked-in visit changes no
// more until it is completed, so its last change (updated_at, the server's clock once synced)
// is the check-in.
class WaitingRoomModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Patient, Provider, Appointment, Waiting, Count };
    enum class DataRole {
        AppointmentId = Qt::UserRole + 1,
        CheckedInMs,
        WaitingMinutes,
    };

    explicit WaitingRoomModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; } // for the visits' times
    // Keeps the checked-in visits that start in [fromMs, toMs) (today); `nowMs` for waiting.
    void setAppointments(const QList<AppointmentView> &appointments, qint64 fromMs, qint64 toMs,
                         qint64 nowMs);
    // The clock moved on: only the waiting column changes.
    void setNow(qint64 nowMs);
    int count() const { return int(m_waiting.size()); }
    const AppointmentView *at(int row) const;
    int rowOf(const QString &appointmentId) const;
    int waitingMinutes(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString waitingText(int minutes); // "5 min", "1 h 05 min"

signals:
    void countChanged(int count);

private:
    QString text(const AppointmentView &a, Column column, int row) const;

    QTimeZone m_zone;
    QList<AppointmentView> m_waiting;
    qint64 m_nowMs = 0;
};

} // namespace clinic::ui
