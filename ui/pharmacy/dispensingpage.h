#pragma once

#include "clientcontext.h"
#include "pharmacyformat.h"

#include <QCborMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace clinic::ui {

class FillQueueFilter;
class FillQueueModel;
class LiveView;

// The pharmacist's console: their pharmacy's queue of fills (new, in progress, ready for
// pick-up, dispensed, rejected, returned), filtered by status and searched by patient or drug;
// the selected prescription in full with its check findings and its signature checked against
// the prescriber's registered key; and the steps of a fill. A prescription whose signature does
// not check out cannot be filled. Follows sync while shown.
class DispensingPage : public QWidget
{
    Q_OBJECT
public:
    explicit DispensingPage(const ClientContext &context, QWidget *parent = nullptr);

    void setSubmitter(PharmacySubmit submit) { m_submit = std::move(submit); }
    FillQueueModel *model() const { return m_model; }
    FillQueueFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *search() const { return m_search; }
    QLabel *details() const { return m_details; }
    QLabel *signature() const { return m_signature; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *readyButton() const { return m_ready; }
    QPushButton *dispenseButton() const { return m_dispense; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *returnButton() const { return m_return; }
    QLabel *message() const { return m_message; }
    bool signatureVerified() const { return m_verified; }

    // Selects a fill in the queue (clearing a filter that hides it); false when not listed.
    bool selectFill(const QString &fillId);
    QString selectedFill() const;

    // The actions on the selected fill (what the buttons do; reject and return ask first).
    void startFilling();
    void markReady();
    void dispense();
    void reject(const QString &reason);
    void returnToPrescriber(const QString &question);

private:
    void reload();
    void showSelected();
    void updateButtons();
    void askText(const QString &title, const QString &label, const QString &accessibleName,
                 std::function<void(const QString &)> then);
    bool submit(const QString &name, const QCborMap &args, const QString &done);
    void onOutcome(const SyncOutcome &outcome);

    ClientContext m_context;
    PharmacySubmit m_submit;
    QString m_pharmacyId;
    FillQueueModel *m_model = nullptr;
    FillQueueFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_signature = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_ready = nullptr;
    QPushButton *m_dispense = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_return = nullptr;
    LiveView *m_live = nullptr;
    bool m_verified = false;
    QString m_prescriptionStatus;
};

} // namespace clinic::ui
