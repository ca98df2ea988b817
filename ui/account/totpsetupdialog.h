#pragma once

#include "clientcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::ui {

// Sets up a second factor in two steps. First the user proves it is them: their password, and
// the code of their current authenticator app when they already have one (a session alone
// must not be enough to move someone's second factor). Then it shows a QR code (and the key,
// for typing) for the new app and asks for one code to prove the app has it.
class TotpSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TotpSetupDialog(const ClientContext &context, QWidget *parent = nullptr);
    ~TotpSetupDialog() override;

    void accept() override;
    static QImage qrImage(const QString &text, int moduleSize = 6);

private:
    void askForKey();
    void onEnrolment(const Result<TotpSetup> &setup);
    void confirm();
    void fail(const QString &message);

    ClientContext m_context;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_currentCode = nullptr; // only when a second factor is set up already
    QWidget *m_newApp = nullptr; // the QR code, the key and the code: shown once there is a key
    QLabel *m_qr = nullptr;
    QLabel *m_secret = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_haveKey = false;
};

} // namespace clinic::ui
