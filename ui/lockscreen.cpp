#include "lockscreen.h"

#include "crypto/securebytes.h"
#include "formwidgets.h"
#include "util/background.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

LockScreen::LockScreen(const QString &displayName, std::shared_ptr<EncryptedStore> store,
                       QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_password = passwordField(tr("Password"), this);
    m_message = messageLabel(this, QStringLiteral("lockMessage"));
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setDefault(true);
    auto *signOut = new QPushButton(tr("&Sign out"), this);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    auto *card = new QWidget(this);
    card->setFixedWidth(420); // wide enough that the wrapped text never clips
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(heading(tr("Clinic is locked"), card, 1.6));
    auto *who =
            new QLabel(tr("%1 was away. Enter your password to continue.").arg(displayName), card);
    who->setWordWrap(true);
    cardLayout->addWidget(who);
    auto *label = new QLabel(tr("&Password:"), card);
    label->setBuddy(m_password);
    cardLayout->addWidget(label);
    cardLayout->addWidget(m_password);
    cardLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void LockScreen::prepare()
{
    m_password->clear();
    showMessage(m_message, {});
    m_password->setFocus();
}

void LockScreen::tryUnlock()
{
    QString text = takeText(m_password);
    m_unlock->setEnabled(false);
    m_password->setEnabled(false);
    showMessage(m_message, tr("Checking your password…"), false);
    // Argon2id takes a moment: on a worker, so the window keeps drawing.
    auto password = std::make_shared<const SecureBytes>(SecureBytes::fromUtf8(text));
    secureWipe(text);
    runInBackground(
            this, [store = m_store, password] { return store->checkPassword(*password); },
            [this](const Result<void> &checked) {
                m_unlock->setEnabled(true);
                m_password->setEnabled(true);
                if (!checked) {
                    showMessage(m_message, checked.error().message);
                    m_password->setFocus();
                    return;
                }
                showMessage(m_message, {});
                emit unlocked();
            });
}

} // namespace clinic::ui
