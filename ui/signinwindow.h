#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic {
class EncryptedStore;
class UserStores;
} // namespace clinic

namespace clinic::ui {

// The first screen. Signing in unlocks the user's encrypted store on this device; when there
// is none yet, the window asks for the password twice and creates it.
class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    // Stores are located per server; until the sync server is configured, on "this-device".
    explicit SignInWindow(const UserStores &stores, QWidget *parent = nullptr);

    static constexpr int minimumPasswordLength = 12;
    static QString localServer() { return QStringLiteral("this-device"); }

signals:
    void signedIn(const QString &username, std::shared_ptr<clinic::EncryptedStore> store);

private:
    enum class Mode { SignIn, CreateStore };

    void onSubmit();
    void setMode(Mode mode);
    void showError(const QString &message);
    bool passwordsAcceptable();
    void setBusy(bool busy);

    const UserStores &m_stores;
    Mode m_mode = Mode::SignIn;
    QLabel *m_intro = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace clinic::ui
