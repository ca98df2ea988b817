#pragma once

#include "clientcontext.h"
#include "prescriptions/rxformat.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace clinic::ui {

class LiveView;
class PrescriptionListModel;

// A patient's prescriptions: active first, then past; refills left and where each stands at the
// pharmacy (its newest fill's status in words); the medication guide of each medicine; a refill
// request (rx.refill.request); a PDF copy; and the pharmacy their prescriptions go to
// (patient.pharmacy.set). Loads when shown and follows the data.
class MyPrescriptionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyPrescriptionsPage(const ClientContext &context, QWidget *parent = nullptr);

    void setSubmitter(RxSubmit submit) { m_submit = std::move(submit); }

    PrescriptionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *pharmacies() const { return m_pharmacies; }
    QLabel *pharmacyLabel() const { return m_pharmacy; }
    QLabel *details() const { return m_details; }
    QLabel *message() const { return m_message; }
    QPushButton *refillButton() const { return m_refill; }

    bool select(const QString &prescriptionId);
    // What the buttons do, on the selected prescription (the refill's note and the PDF's path
    // asked for by the buttons).
    bool requestRefill(const QString &note);
    bool savePdf(const QString &path);
    bool choosePharmacy(const QString &pharmacyId);
    // Opens the selected medicine's guide (modal); returns the dialog's result.
    int showGuide();

private:
    void reload();
    void showSelected();
    const PrescriptionInfo *selected() const;

    ClientContext m_context;
    RxSubmit m_submit;
    LiveView *m_live = nullptr;
    PrescriptionListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_pharmacy = nullptr;
    QComboBox *m_pharmacies = nullptr;
    QPushButton *m_setPharmacy = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_guide = nullptr;
    QPushButton *m_refill = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_message = nullptr;
    QString m_openRequest; // the selected prescription's open refill request, if any
};

} // namespace clinic::ui
