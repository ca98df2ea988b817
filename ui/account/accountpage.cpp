#include "accountpage.h"

#include "changepassworddialog.h"
#include "formwidgets.h"
#include "sessionlistmodel.h"
#include "totpsetupdialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinic::ui {

AccountPage::AccountPage(const ClientContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("accountPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(heading(tr("My account"), this));
    layout->addWidget(securityBox());
    layout->addWidget(sessionsBox(), 1);
    m_message = messageLabel(this, QStringLiteral("accountMessage"));
    layout->addWidget(m_message);
    refresh();
}

QWidget *AccountPage::securityBox()
{
    auto *box = new QGroupBox(tr("Password and 2-step sign-in"), this);
    auto *layout = new QHBoxLayout(box);
    m_changePassword = new QPushButton(tr("Change &password…"), box);
    m_setUpTotp = new QPushButton(tr("Set up &2-step sign-in…"), box);
    m_totpState = new QLabel(box);
    layout->addWidget(m_changePassword);
    layout->addWidget(m_setUpTotp);
    layout->addWidget(m_totpState, 1);
    connect(m_changePassword, &QPushButton::clicked, this, [this] {
        ChangePasswordDialog dialog(m_context, this);
        if (dialog.exec() == QDialog::Accepted)
            showMessage(m_message,
                        tr("Your password was changed. Your other sessions were "
                           "signed out."),
                        false);
        refresh();
    });
    connect(m_setUpTotp, &QPushButton::clicked, this, [this] {
        TotpSetupDialog dialog(m_context, this);
        if (dialog.exec() == QDialog::Accepted) {
            showMessage(m_message,
                        tr("2-step sign-in is on: from now on Clinic also asks for "
                           "a code from your phone."),
                        false);
            m_totpState->setText(tr("2-step sign-in is on."));
            m_setUpTotp->setEnabled(false);
        }
    });
    return box;
}

QWidget *AccountPage::sessionsBox()
{
    auto *box = new QGroupBox(tr("Where you are signed in"), this);
    auto *layout = new QVBoxLayout(box);
    m_sessions = new SessionListModel(this);
    m_table = new QTableView(box);
    m_table->setModel(m_sessions);
    m_table->setAccessibleName(tr("Signed-in sessions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_endSession = new QPushButton(tr("&End this session"), box);
    m_everywhere = new QPushButton(tr("Sign out &everywhere"), box);
    auto *refreshButton = new QPushButton(tr("&Refresh"), box);
    buttons->addWidget(m_endSession);
    buttons->addWidget(m_everywhere);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    layout->addLayout(buttons);
    connect(m_endSession, &QPushButton::clicked, this, &AccountPage::endSelectedSession);
    connect(m_everywhere, &QPushButton::clicked, this, &AccountPage::signOutEverywhere);
    connect(refreshButton, &QPushButton::clicked, this, &AccountPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountPage::updateButtons);
    return box;
}

void AccountPage::updateButtons()
{
    const bool online = m_context.online();
    const QModelIndex selected = m_table->currentIndex();
    m_changePassword->setEnabled(online);
    m_setUpTotp->setEnabled(online && !m_context.connection->session().totpEnabled);
    m_everywhere->setEnabled(online);
    m_endSession->setEnabled(
            online && selected.isValid()
            && !selected.data(int(SessionListModel::DataRole::IsCurrent)).toBool());
}

void AccountPage::refresh()
{
    updateButtons();
    if (!m_context.online()) {
        m_totpState->setText(QString());
        m_sessions->setSessions({});
        return showMessage(m_message, tr("The server cannot be reached: these settings need it."));
    }
    m_totpState->setText(m_context.connection->session().totpEnabled
                                 ? tr("2-step sign-in is on.")
                                 : tr("2-step sign-in is off."));
    m_context.accounts->sessions(this, [this](const Result<QList<SessionInfo>> &sessions) {
        if (!sessions)
            return showMessage(m_message, sessions.error().message);
        m_sessions->setSessions(sessions.value());
        updateButtons();
    });
}

void AccountPage::endSelectedSession()
{
    const QString id =
            m_table->currentIndex().data(int(SessionListModel::DataRole::SessionId)).toString();
    m_context.accounts->endSession(this, id, [this](const Result<void> &done) {
        if (!done)
            return showMessage(m_message, done.error().message);
        showMessage(m_message, tr("That session was signed out."), false);
        refresh();
    });
}

void AccountPage::signOutEverywhere()
{
    const auto answer = QMessageBox::question(
            this, tr("Sign out everywhere"),
            tr("Sign out of Clinic on every computer and phone, this one included?"));
    if (answer != QMessageBox::Yes)
        return;
    m_context.accounts->signOutEverywhere(this, [this](const Result<void> &done) {
        if (!done)
            return showMessage(m_message, done.error().message);
        emit signedOutEverywhere();
    });
}

} // namespace clinic::ui
