#pragma once

#include "domain/account.h"
#include "sync/serverconnection.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace clinic {

struct SessionInfo
{
    QString id;
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
    qint64 expiresAt = 0;
    QString source;
    QString client;
    bool current = false;
};

struct TotpSetup
{
    QString secret; // base32
    QString uri; // otpauth://
};

struct SecurityPolicy
{
    bool requireTotpForStaff = false;
    int idleLockMinutes = 10;
};

struct Registration
{
    QString username;
    QString displayName;
    Role role = Role::Patient; // patients and doctors register themselves
    QString licenceNumber;
    QString specialty; // one or several, comma-separated
    QString credentials; // doctors: credentials and certifications, for the admin to check
};

// The account requests of protocol v1, typed: what the desktop's account and admin pages use,
// so no view builds protocol messages. Each reply goes to its callback only while `context`
// lives (a closed dialog is not called back).
class AccountClient
{
public:
    template<typename T>
    using Done = std::function<void(const Result<T> &)>;

    explicit AccountClient(ServerConnection &connection) : m_connection(connection) { }

    void registerAccount(QObject *context, const Registration &registration,
                         const QString &password, Done<Account> done);
    void sessions(QObject *context, Done<QList<SessionInfo>> done);
    void endSession(QObject *context, const QString &sessionId, Done<void> done);
    void signOutEverywhere(QObject *context, Done<void> done);
    void changePassword(QObject *context, const QString &current, const QString &replacement,
                        Done<void> done);
    // Setting up (or replacing) a second factor takes the password, and the code of the
    // current one when there is one.
    void beginTotp(QObject *context, const QString &password, const QString &currentCode,
                   Done<TotpSetup> done);
    void confirmTotp(QObject *context, const QString &password, const QString &code,
                     Done<void> done);

    // Every account, gathered from as many pages as the server sends.
    void listAccounts(QObject *context, Done<QList<Account>> done);
    void createAccount(QObject *context, const Registration &account, const QString &password,
                       Done<Account> done);
    void verifyProvider(QObject *context, const QString &accountId, bool approve,
                        const QString &reason, Done<void> done);
    void setEnabled(QObject *context, const QString &accountId, bool enabled, const QString &reason,
                    Done<void> done);
    void resetPassword(QObject *context, const QString &accountId, const QString &password,
                       Done<void> done);
    void securityPolicy(QObject *context, Done<SecurityPolicy> done);
    void setSecurityPolicy(QObject *context, const SecurityPolicy &policy, Done<void> done);

    // The server's error as a value with its message; Internal and connection loss included.
    static Error errorOf(const ServerReply &reply);

private:
    void listAccountsAfter(QObject *context, const QString &after, QList<Account> gathered,
                           Done<QList<Account>> done);
    // Sends the request and hands the reply to `handle` only while context lives.
    void send(QObject *context, const QString &type, const QCborMap &body,
              std::function<void(const ServerReply &)> handle);

    ServerConnection &m_connection;
};

} // namespace clinic
