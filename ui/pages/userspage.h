#pragma once

#include "clientcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace clinic::ui {

class AccountListModel;

// The admin's users page: every account, with verification requests first; approve or reject
// providers, disable and enable accounts, reset passwords, create staff accounts.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(const ClientContext &context, QWidget *parent = nullptr);

    void refresh();
    AccountListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    const Account *selected() const;
    void updateButtons();
    void approve();
    void reject();
    void disable();
    void enable();
    void resetPassword();
    void createAccount();
    void done(const Result<void> &result, const QString &success);

    ClientContext m_context;
    AccountListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QComboBox *m_show = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace clinic::ui
