#pragma once

#include "scheduling/availability.h"

#include <QDialog>

class QListView;

namespace clinic::ui {

class SlotListModel;

// The doctor (or the front desk) picks another free time to offer for a request; or the
// patient (or the desk) picks the time to move a visit to: the doctor's free times for the
// next two weeks, as this computer knows them.
class ProposeTimeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Propose, Move };

    // `otherName`: the patient's, when proposing; the doctor's, when moving.
    ProposeTimeDialog(const QList<Slot> &freeTimes, const QString &otherName,
                      QWidget *parent = nullptr, Purpose purpose = Purpose::Propose);

    SlotListModel *freeTimes() const { return m_model; }
    QListView *list() const { return m_list; }
    // The chosen time; null when none is chosen.
    const Slot *chosen() const;

private:
    SlotListModel *m_model = nullptr;
    QListView *m_list = nullptr;
};

} // namespace clinic::ui
