#pragma once

#include "storage/encryptedstore.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::ui {

// What a locked window shows: nothing of the user's data, a password field, and sign-out.
// The password is checked against this computer's store, so unlocking works offline too.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(const QString &displayName, std::shared_ptr<EncryptedStore> store,
               QWidget *parent = nullptr);

    void prepare(); // clears the field and focuses it

signals:
    void unlocked();
    void signOutRequested();

private:
    void tryUnlock();

    std::shared_ptr<EncryptedStore> m_store;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace clinic::ui
