#pragma once

#include "clientcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::ui {

// Changes the user's password: on the server first, then re-seals this computer's store with
// it (only the key file changes). It needs the server; offline it says so.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(const ClientContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    void finishLocally(QString current, QString replacement);
    void fail(const QString &message);

    ClientContext m_context;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_replacement = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace clinic::ui
