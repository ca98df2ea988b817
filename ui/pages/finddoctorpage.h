#pragma once

#include "clientcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace clinic::ui {

class ProviderListModel;
class SlotListModel;

// A patient finds a doctor in the directory on this computer (by name or specialty, and
// city), sees their free times for the next two weeks, and asks for one. The request is shown
// at once, waiting for the doctor to confirm, and syncs like any change. The front desk uses
// the same page to book for a patient from the register.
class FindDoctorPage : public QWidget
{
    Q_OBJECT
public:
    explicit FindDoctorPage(const ClientContext &context, QWidget *parent = nullptr);

    static constexpr int daysAhead = 14;

    ProviderListModel *providers() const { return m_providers; }
    SlotListModel *freeTimes() const { return m_slots; }
    QListView *providerList() const { return m_providerList; }
    QListView *slotList() const { return m_slotList; }
    QComboBox *patientChoice() const { return m_patient; } // the front desk's only

    void search();

signals:
    void requested(const QString &appointmentId);

private:
    void showSlots();
    void request();
    void findPatients(const QString &text);

    ClientContext m_context;
    QLineEdit *m_words = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_patient = nullptr;
    ProviderListModel *m_providers = nullptr;
    SlotListModel *m_slots = nullptr;
    QListView *m_providerList = nullptr;
    QListView *m_slotList = nullptr;
    QLabel *m_slotsTitle = nullptr;
    QPushButton *m_request = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
