#pragma once

#include "clientcontext.h"
#include "domain/patient.h"
#include "domain/providerdirectory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QLineEdit;
class QListView;
class QPushButton;

namespace clinic {
class PatientSearch;
}

namespace clinic::ui {

class LiveView;
class ProviderListModel;
class ProviderPageView;
class SlotListModel;

// A patient finds a doctor in the directory on this computer (by name or specialty, city,
// language, kind of visit, rating and how soon they are free), reads the doctor's page, sees
// their free times and asks for one; or joins the doctor's waitlist for an earlier time, or
// keeps them among their doctors. A request is shown at once, waiting for the doctor to
// confirm, and syncs like any change. The front desk uses the same page to book for a patient
// from the register.
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
    // True while the patients offered are not yet those of the name typed (a search runs).
    bool findingPatients() const;
    QComboBox *languageChoice() const { return m_language; }
    QComboBox *modalityChoice() const { return m_modality; }
    QComboBox *ratingChoice() const { return m_rating; }
    QComboBox *sortChoice() const { return m_sort; }
    QSpinBox *daysChoice() const { return m_days; }
    QComboBox *nearChoice() const { return m_near; }
    QSpinBox *withinKmChoice() const { return m_withinKm; }
    ProviderPageView *page() const { return m_page; }

    void search();

signals:
    void requested(const QString &appointmentId);

private:
    void searchAgain();
    void showSlots();
    void request();
    void joinWaitlist();
    void toggleMyDoctor();
    void findPatients(const QString &text);
    void offerPatients(const QString &text, const QList<Patient> &patients);
    QWidget *filterRow();
    void fillLanguages();
    void fillPlaces();
    void showPage(const ProviderHit *provider);
    QString patientId() const;
    QStringList myDoctors() const;

    ClientContext m_context;
    QLineEdit *m_words = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_patientName = nullptr; // the front desk's only
    QComboBox *m_patient = nullptr;
    QString m_patientsOffered; // the name they were found by
    PatientSearch *m_patientSearch = nullptr; // the front desk's only
    QComboBox *m_language = nullptr;
    QComboBox *m_modality = nullptr;
    QComboBox *m_rating = nullptr;
    QComboBox *m_sort = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_near = nullptr; // one of the clinic's locations, or anywhere
    QSpinBox *m_withinKm = nullptr;
    ProviderPageView *m_page = nullptr;
    QPushButton *m_waitlist = nullptr;
    QPushButton *m_myDoctor = nullptr; // patients
    ProviderListModel *m_providers = nullptr;
    LiveView *m_live = nullptr;
    bool m_awaitingFirstSync = false; // nothing found, and the directory may still be arriving
    SlotListModel *m_slots = nullptr;
    QListView *m_providerList = nullptr;
    QListView *m_slotList = nullptr;
    QLabel *m_slotsTitle = nullptr;
    QPushButton *m_request = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
