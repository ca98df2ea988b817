#pragma once

#include "clientcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinic::ui {

// Sets up a second factor: shows a QR code (and the secret, for typing) for an authenticator
// app, then asks for one code to prove the app has it.
class TotpSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TotpSetupDialog(const ClientContext &context, QWidget *parent = nullptr);

    void accept() override;
    static QImage qrImage(const QString &text, int moduleSize = 6);

private:
    void onEnrolment(const Result<TotpSetup> &setup);

    ClientContext m_context;
    QLabel *m_qr = nullptr;
    QLabel *m_secret = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace clinic::ui
