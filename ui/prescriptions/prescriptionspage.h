#pragma once

#include "clientcontext.h"
#include "prescriptions/rxformat.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace clinic::ui {

class LiveView;
class PrescriptionListModel;

// A doctor's prescriptions: the refill requests waiting for them (approve, or deny with a
// reason), the fills a pharmacy returned with a question (answer), and what they prescribed
// lately (cancel one still active). Loads when shown and follows the data.
class PrescriptionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PrescriptionsPage(const ClientContext &context, QWidget *parent = nullptr);

    void setSubmitter(RxSubmit submit) { m_submit = std::move(submit); }

    PrescriptionListModel *recent() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *message() const { return m_message; }
    int pendingRequests() const { return m_pending; }
    int returnedFills() const { return m_returned; }

    // What the buttons do (the reason and the answer asked for by the buttons).
    bool decide(const QString &requestId, bool approve, const QString &reason = {});
    bool answer(const QString &fillId, const QString &answer);
    bool cancel(const QString &prescriptionId, const QString &reason);

signals:
    // Refill requests and returned fills waiting, for the page list's title.
    void waitingChanged(int waiting);

private:
    void reload();
    void countWaiting();
    static void clear(QVBoxLayout *layout);

    ClientContext m_context;
    RxSubmit m_submit;
    LiveView *m_live = nullptr;
    QVBoxLayout *m_requests = nullptr;
    QVBoxLayout *m_questions = nullptr;
    PrescriptionListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    int m_pending = 0;
    int m_returned = 0;
};

} // namespace clinic::ui
