#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTableView;

namespace clinic {
struct ClinicLocation;
}

namespace clinic::ui {

class LocationDialog;
class LocationListModel;
class PharmaciesBox;

// The admin's Clinic page: the clinic's locations (address, hours, contact) that everyone
// sees, the network's pharmacies and their pharmacists, and the cancellation window. Changes go through the sync engine, so they are made
// offline too and reach the server when it can be reached; a refusal is shown here.
class ClinicPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicPage(const ClientContext &context, QWidget *parent = nullptr);

    LocationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSpinBox *cancellationWindow() const { return m_window; }
    PharmaciesBox *pharmacies() const { return m_pharmacies; }
    // The open dialogs, while they are open.
    LocationDialog *locationDialog() const { return m_dialog; }
    QMessageBox *removeQuestion() const { return m_removeQuestion; }

    void addLocation();
    void editLocation();
    void removeLocation();
    void saveCancellationWindow();

private:
    QWidget *createLocations();
    QWidget *createCancellationWindow();
    void reload();
    void reloadSetting();
    void updateButtons();
    const ClinicLocation *selected() const;
    void openDialog(const ClinicLocation *location);
    Result<void> submit(const QString &mutation, const QCborMap &args, const QString &done);
    void onOutcome(const SyncOutcome &outcome);

    ClientContext m_context;
    LocationListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_window = nullptr;
    PharmaciesBox *m_pharmacies = nullptr;
    QLabel *m_windowState = nullptr;
    QLabel *m_message = nullptr;
    LocationDialog *m_dialog = nullptr;
    QMessageBox *m_removeQuestion = nullptr;
    int m_savedWindow = 0;
};

} // namespace clinic::ui
