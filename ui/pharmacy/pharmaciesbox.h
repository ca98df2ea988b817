#pragma once

#include "clientcontext.h"
#include "pharmacyformat.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class AssignPharmacistDialog;
class PharmacyDialog;
class PharmacyListModel;

// The admin's pharmacies, on the Clinic page: the network's pharmacies with their address,
// hours, whether they take prescriptions and their pharmacists; add, edit, and assign a
// pharmacist to one. Follows sync while shown.
class PharmaciesBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PharmaciesBox(const ClientContext &context, QWidget *parent = nullptr);

    void setSubmitter(PharmacySubmit submit) { m_submit = std::move(submit); }
    PharmacyListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PharmacyDialog *pharmacyDialog() const { return m_dialog; }
    AssignPharmacistDialog *assignDialog() const { return m_assign; }

    void addPharmacy();
    void editPharmacy();
    void assignPharmacist();

private:
    void reload();
    void updateButtons();
    void openDialog(bool fresh);

    ClientContext m_context;
    PharmacySubmit m_submit;
    PharmacyListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_assignButton = nullptr;
    PharmacyDialog *m_dialog = nullptr;
    AssignPharmacistDialog *m_assign = nullptr;
};

} // namespace clinic::ui
