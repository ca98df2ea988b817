#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace clinic {
class SignInFlow;
struct Account;
struct Error;
} // namespace clinic

namespace clinic::ui {

// The first screen: sign in to the clinic's server (or, when it cannot be reached, to this
// computer's copy), or register as a patient or a doctor. It shows what the sign-in flow asks
// for: a certificate to trust on first contact, a one-time code, the previous password.
class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    SignInWindow(SignInFlow &flow, const QString &server, const QString &username,
                 QWidget *parent = nullptr);

    enum class Panel { SignIn, Code, PreviousPassword, Register };
    Panel panel() const;
    QString server() const;
    QString username() const;

private:
    QWidget *signInPanel();
    QWidget *codePanel();
    QWidget *previousPasswordPanel();
    QWidget *registerPanel();
    void showPanel(Panel panel);
    void setBusy(bool busy);
    void signIn();
    void submitRegistration();
    QString credentialsProblem() const;
    void onTrustNeeded(const QString &server, const QString &fingerprint);
    void onMismatch(const QString &server, const QString &expected, const QString &presented);
    void onFailed(const Error &error);
    void onRegistered(const Account &account);

    SignInFlow &m_flow;
    QStackedWidget *m_panels = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_previous = nullptr;
    QLineEdit *m_regName = nullptr;
    QLineEdit *m_regUsername = nullptr;
    QComboBox *m_regRole = nullptr;
    QLineEdit *m_regLicence = nullptr;
    QLineEdit *m_regSpecialty = nullptr;
    QPlainTextEdit *m_regCredentials = nullptr;
    QLineEdit *m_regPassword = nullptr;
    QLineEdit *m_regConfirm = nullptr;
    QLabel *m_registerIntro = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};

} // namespace clinic::ui
