#pragma once

#include "clientcontext.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacyformat.h"

#include <QCborMap>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace clinic::ui {

class FillQueueModel;
class LiveView;

// The pharmacist's console: their pharmacy's queue of fills, opening on the open ones (new, in
// progress, ready for pick-up, returned), filtered by status (dispensed, rejected or all too)
// and searched by patient or drug; the selected prescription in full with its check findings and
// its signature checked against the prescriber's registered key; and the steps of a fill. A
// prescription whose signature does not check out cannot be filled.
//
// The queue is read on a worker over a connection of its own (a long history is tens of
// milliseconds to read), a page of rows at a time ("Show more" for the next); the answer comes
// back through a QFutureWatcher, and only the answer to the newest filter is shown. Follows sync
// while shown; hidden, it reads nothing.
class DispensingPage : public QWidget
{
    Q_OBJECT
public:
    explicit DispensingPage(const ClientContext &context, QWidget *parent = nullptr);
    // Waits for a read under way and closes the worker's connection on its thread.
    ~DispensingPage() override;

    void setSubmitter(PharmacySubmit submit) { m_submit = std::move(submit); }
    FillQueueModel *model() const { return m_model; }
    // The filter the next read uses: statuses (empty: all), search, rows.
    FillFilter queueFilter() const;
    bool loading() const { return m_watcher.isRunning(); }
    // The list shows the answer to the newest read asked (no read running or waiting).
    bool queueSettled() const { return !m_watcher.isRunning() && m_shown == m_generation; }
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
    QLabel *count() const { return m_count; }
    QPushButton *showMoreButton() const { return m_more; }
    bool signatureVerified() const { return m_verified; }

    // Selects a fill in the queue; false when the list shown does not hold it.
    bool selectFill(const QString &fillId);
    QString selectedFill() const;

    // The actions on the selected fill (what the buttons do; reject and return ask first).
    void startFilling();
    void markReady();
    void dispense();
    void reject(const QString &reason);
    void returnToPrescriber(const QString &question);

    // "Show more": the next page of rows under the same filter.
    void showMore();

signals:
    // The list shows the answer to the newest read asked (filter, page or data change).
    void queueShown();

private:
    struct Loaded
    {
        quint64 generation = 0;
        QString pharmacyId;
        FillQueuePage page;
        QHash<QString, int> counts;
        QString error;
    };
    void reload(); // asks the worker; the newest question wins
    void startLoad();
    void onLoaded();
    void onFilterChanged();
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
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_more = nullptr;
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
    int m_limit = InventoryRepository::queuePageRows;
    // One kept thread holds the worker's connection (as VitalsPanel's), so its page cache stays
    // warm between reads.
    QThreadPool m_pool;
    std::shared_ptr<std::unique_ptr<EncryptedStore>> m_connection =
            std::make_shared<std::unique_ptr<EncryptedStore>>();
    QFutureWatcher<Loaded> m_watcher;
    quint64 m_generation = 0; // of the read asked last
    quint64 m_shown = 0; // of the read the list shows
    bool m_again = false; // asked while a read ran
};

} // namespace clinic::ui
