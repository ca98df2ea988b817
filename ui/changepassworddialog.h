#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace clinic {
class EncryptedStore;
}

namespace clinic::ui {

// Changes the password that unlocks this device's store. Only the key file is rewritten.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(EncryptedStore &store, QWidget *parent = nullptr);

    void accept() override;

private:
    EncryptedStore &m_store;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_replacement = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace clinic::ui
