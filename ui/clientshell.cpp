#include "clientshell.h"

#include "clientcontext.h"
#include "mainwindow.h"
#include "signinwindow.h"
#include "syncsession.h"
#include "util/version.h"

#include <QDir>
#include <QSettings>

namespace clinic::ui {

using namespace Qt::StringLiterals;

ClientShell::ClientShell(const UserStores &stores, const QString &dataDir, QObject *parent)
    : QObject(parent), m_stores(stores), m_known(QDir(dataDir).filePath(u"known-servers.json"_s)),
      m_connection(u"clinic "_s + QLatin1StringView(clinicVersion)), m_accounts(m_connection),
      m_flow(stores, m_known, m_connection)
{
    connect(&m_flow, &SignInFlow::succeeded, this, &ClientShell::onSignedIn);
}

ClientShell::~ClientShell()
{
    delete m_main;
    delete m_signIn;
}

Result<void> ClientShell::trustServer(const QString &server, const QString &fingerprint)
{
    const auto address = ServerAddress::parse(server);
    if (!address)
        return makeError(ErrorCode::InvalidArgument,
                         tr("“%1” is not a server address.").arg(server));
    if (auto loaded = m_known.load(); !loaded)
        return loaded;
    return m_known.trust(address->key(), fingerprint);
}

void ClientShell::setDefaultServer(const QString &server)
{
    m_defaultServer = server;
}

SignInWindow *ClientShell::signInWindow() const
{
    return m_signIn;
}

MainWindow *ClientShell::mainWindow() const
{
    return m_main;
}

SyncEngine *ClientShell::sync() const
{
    return m_session ? m_session->engine() : nullptr;
}

void ClientShell::start()
{
    delete m_signIn;
    const QSettings settings;
    const QString server = m_defaultServer.isEmpty() ? settings.value(u"signIn/server"_s).toString()
                                                     : m_defaultServer;
    m_signIn = new SignInWindow(m_flow, server, settings.value(u"signIn/username"_s).toString());
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->show();
}

void ClientShell::onSignedIn(const SignInResult &result)
{
    QSettings settings;
    settings.setValue(u"signIn/server"_s, m_signIn ? m_signIn->server() : result.account.server);
    settings.setValue(u"signIn/username"_s, result.account.username);

    // Offline too: changes made now wait in the store's outbox, and the connection keeps
    // trying the server until the user signs out.
    m_session = new SyncSession(result.store, result.account, m_connection, *m_clock, this);
    m_connection.stayConnected();

    ClientContext context;
    context.store = result.store;
    context.account = result.account;
    context.connection = &m_connection;
    context.accounts = &m_accounts;
    context.sync = m_session->engine();
    context.clock = m_clock;
    context.syntheticMedia = m_syntheticMedia;
    context.simulatedDevices = m_simulatedDevices;
    m_main = new MainWindow(context);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::signOutRequested, this, &ClientShell::signOut);
    m_main->show();
    // The shell lets go at once; the window itself goes when the event loop next runs.
    if (SignInWindow *signIn = std::exchange(m_signIn, nullptr))
        signIn->deleteLater();
}

void ClientShell::signOut()
{
    // The window goes first, then the sync session (it holds the last reference to the store,
    // which closes it); the server forgets the session; then sign-in again.
    if (MainWindow *main = std::exchange(m_main, nullptr))
        main->deleteLater();
    if (SyncSession *session = std::exchange(m_session, nullptr))
        session->deleteLater();
    if (m_connection.state() == ServerConnection::State::SignedIn)
        m_connection.signOut([](const ServerReply &) {});
    else
        m_connection.disconnectFromServer(); // no more tries for a user who has gone
    start();
}

} // namespace clinic::ui
