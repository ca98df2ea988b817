#pragma once

#include "clientcontext.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace clinic::ui {

class AccountListModel;
class RejectionDialog;
class VerificationQueueModel;

// The admin's verification queue: doctors who registered and wait, longest waiting first,
// with what they gave (licence, specialties, credentials) beside the list, to approve or
// reject with a reason. Until approved a doctor can neither sign in, be listed nor be booked.
class VerificationPage : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationPage(const ClientContext &context, QWidget *parent = nullptr);

    void refresh();
    VerificationQueueModel *queue() const { return m_queue; }
    QTableView *table() const { return m_table; }
    int waiting() const;
    // The open rejection dialog, while it is open.
    RejectionDialog *rejectionDialog() const { return m_rejection; }

signals:
    void waitingChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createDetails();
    const Account *selected() const;
    void showSelected();
    void approve();
    void reject();
    void verify(const Account &account, bool approve, const QString &reason);
    void onListed(const QString &keepSelected);

    ClientContext m_context;
    AccountListModel *m_accounts = nullptr;
    VerificationQueueModel *m_queue = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_username = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_specialties = nullptr;
    QLabel *m_registered = nullptr;
    QPlainTextEdit *m_credentials = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_message = nullptr;
    RejectionDialog *m_rejection = nullptr;
    int m_lastWaiting = -1;
};

} // namespace clinic::ui
