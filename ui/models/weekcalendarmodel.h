#pragma once

#include "domain/appointmentrepository.h"
#include "scheduling/availability.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QSet>
#include <QTimeZone>

namespace clinic::ui {

// A provider's week as a grid: a column per day (Monday first), a row per step of the day
// (09:00, 09:30, ...) in one time zone (this computer's, by default). A cell holds the visits
// that hold time there (requested, confirmed, checked in; a proposed one at the time offered,
// which is what it holds until the patient answers), coloured by where each is in its life;
// else it is shaded lightly when it is open hours nobody has booked, or grey in time off.
// A visit's words are in the cell it starts in; the cells it goes on over carry its colour
// only, so a long visit reads as one block.
class WeekCalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class DataRole {
        AppointmentId = Qt::UserRole + 1, // the cell's first visit; empty when none
        Status,
        IsOpen, // open hours, free to book
        StartMs, // the cell's start, UTC ms
        IsTentative, // a change to the visit waits for the server
        IsTimeOff,
    };

    explicit WeekCalendarModel(QObject *parent = nullptr);

    static QDate mondayOf(const QDate &day);
    // The step that shows slots of these lengths best: 15 minutes when any is shorter than
    // half an hour, else 30.
    static int stepFor(const QList<int> &slotMinutes);

    void setTimeZone(const QTimeZone &zone); // before setWeek
    void setToday(const QDate &today)
    {
        m_today = today;
    } // the day marked as today; before setWeek
    QTimeZone timeZone() const { return m_zone; }
    void setStepMinutes(int minutes); // before setWeek; divides 60
    int stepMinutes() const { return m_step; }
    // The week from `monday`: its visits (any may be outside it: they are left out), the
    // open hours (free slots), the time off and the ids with a change waiting to sync.
    void setWeek(const QDate &monday, const QList<AppointmentView> &appointments,
                 const QList<Slot> &open, const QList<TimeRange> &timeOff = {},
                 const QSet<QString> &tentative = {});
    QDate weekStart() const { return m_monday; }
    qint64 weekStartMs() const;
    qint64 weekEndMs() const;
    QTime rowTime(int row) const;
    QModelIndex indexOf(const QString &appointmentId) const; // the cell the visit starts in
    const AppointmentView *appointmentAt(const QModelIndex &index) const;
    const AppointmentView *appointment(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // A few words for a cell ("Request"), and a sentence for the details and screen readers.
    static QString shortStatus(const AppointmentView &appointment);
    QString longStatus(const AppointmentView &appointment) const;
    // The time a visit holds: the offered one while proposed.
    static TimeRange heldTime(const AppointmentView &appointment);
    // The fills of the cells, for a legend beside the view.
    static QColor fillFor(const QString &status);
    static QColor openFill();
    static QColor timeOffFill();

private:
    struct Cell
    {
        QList<int> visits; // indexes in m_appointments, overlapping the cell
        bool open = false;
        bool off = false;
    };
    // A span of one day in minutes from its midnight, in m_zone.
    struct DayMinutes
    {
        int column = -1; // -1: not in the week
        int from = 0;
        int to = 0;
    };
    DayMinutes place(qint64 startMs, qint64 endMs) const;
    void fitHours(const QList<DayMinutes> &spans);
    void fill(const QList<DayMinutes> &visits, const QList<DayMinutes> &open,
              const QList<DayMinutes> &timeOff);
    QList<DayMinutes> placeAll(const QList<TimeRange> &ranges) const;
    const Cell *cell(const QModelIndex &index) const;
    qint64 cellStartMs(const QModelIndex &index) const;
    QString cellText(const Cell &cell, const QModelIndex &index) const;
    QString describe(const AppointmentView &appointment, const QModelIndex &index) const;
    QString spoken(const AppointmentView &appointment) const;
    bool startsIn(const AppointmentView &appointment, const QModelIndex &index) const;

    QTimeZone m_zone;
    int m_step = 30;
    QDate m_monday;
    QDate m_today;
    int m_firstMinute = 8 * 60; // of the day, the first row's
    int m_rows = 0;
    QList<AppointmentView> m_appointments;
    QSet<QString> m_tentative;
    QList<Cell> m_cells; // row by row, 7 a row
};

} // namespace clinic::ui
