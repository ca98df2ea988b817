#include "accountclient.h"

#include <QCborArray>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

ErrorCode errorCode(ProtocolError error)
{
    switch (error) {
    case ProtocolError::WrongCredentials:
        return ErrorCode::WrongCredentials;
    case ProtocolError::Throttled:
        return ErrorCode::Throttled;
    case ProtocolError::Busy:
        return ErrorCode::Busy;
    case ProtocolError::TotpRequired:
        return ErrorCode::TotpRequired;
    case ProtocolError::AccountPending:
        return ErrorCode::AccountPending;
    case ProtocolError::AccountRejected:
        return ErrorCode::AccountRejected;
    case ProtocolError::AccountDisabled:
        return ErrorCode::AccountDisabled;
    case ProtocolError::SessionExpired:
    case ProtocolError::Unauthenticated:
        return ErrorCode::SessionExpired;
    case ProtocolError::WeakPassword:
        return ErrorCode::WeakPassword;
    case ProtocolError::UsernameTaken:
        return ErrorCode::UsernameTaken;
    case ProtocolError::NotFound:
        return ErrorCode::NotFound;
    case ProtocolError::Forbidden:
    case ProtocolError::PasswordChangeRequired:
    case ProtocolError::TotpEnrolmentRequired:
        return ErrorCode::Forbidden;
    case ProtocolError::Invalid:
        return ErrorCode::InvalidArgument;
    default:
        return ErrorCode::Io;
    }
}

Result<void> done(const ServerReply &reply)
{
    return reply.ok() ? Result<void>() : Result<void>(AccountClient::errorOf(reply));
}

QCborMap registrationBody(const Registration &r, const QString &password)
{
    QCborMap body { { u"username"_s, r.username },
                    { u"display_name"_s, r.displayName },
                    { u"role"_s, Roles::name(r.role) },
                    { u"password"_s, password } };
    if (!r.licenceNumber.isEmpty())
        body.insert(u"licence_number"_s, r.licenceNumber);
    if (!r.specialty.isEmpty())
        body.insert(u"specialty"_s, r.specialty);
    if (!r.credentials.isEmpty())
        body.insert(u"credentials"_s, r.credentials);
    return body;
}

Result<Account> account(const ServerReply &reply)
{
    if (!reply.ok())
        return AccountClient::errorOf(reply);
    return Account::fromCbor(reply.message.body.value(u"account"_s).toMap());
}

} // namespace

Error AccountClient::errorOf(const ServerReply &reply)
{
    return makeError(errorCode(reply.error.value_or(ProtocolError::Internal)), reply.errorText);
}

void AccountClient::send(QObject *context, const QString &type, const QCborMap &body,
                         std::function<void(const ServerReply &)> handle)
{
    m_connection.request(type, body,
                         [guard = QPointer<QObject>(context), handle](const ServerReply &reply) {
                             if (guard)
                                 handle(reply);
                         });
}

void AccountClient::registerAccount(QObject *context, const Registration &registration,
                                    const QString &password, Done<Account> callback)
{
    send(context, u"register"_s, registrationBody(registration, password),
         [callback](const ServerReply &reply) { callback(account(reply)); });
}

void AccountClient::sessions(QObject *context, Done<QList<SessionInfo>> callback)
{
    send(context, u"sessions"_s, {}, [callback](const ServerReply &reply) {
        if (!reply.ok())
            return callback(errorOf(reply));
        QList<SessionInfo> sessions;
        for (const QCborValue &value : reply.message.body.value(u"sessions"_s).toArray()) {
            const QCborMap map = value.toMap();
            sessions.append({ map.value(u"id"_s).toString(), map.value(u"created_at"_s).toInteger(),
                              map.value(u"last_seen_at"_s).toInteger(),
                              map.value(u"expires_at"_s).toInteger(),
                              map.value(u"source"_s).toString(), map.value(u"client"_s).toString(),
                              map.value(u"current"_s).toBool() });
        }
        callback(sessions);
    });
}

void AccountClient::endSession(QObject *context, const QString &sessionId, Done<void> callback)
{
    send(context, u"end_session"_s, { { u"session_id"_s, sessionId } },
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

void AccountClient::signOutEverywhere(QObject *context, Done<void> callback)
{
    send(context, u"sign_out_everywhere"_s, {},
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

void AccountClient::changePassword(QObject *context, const QString &current,
                                   const QString &replacement, Done<void> callback)
{
    send(context, u"change_password"_s, { { u"current"_s, current }, { u"new"_s, replacement } },
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

void AccountClient::beginTotp(QObject *context, const QString &password, const QString &currentCode,
                              Done<TotpSetup> callback)
{
    QCborMap body { { u"password"_s, password } };
    if (!currentCode.isEmpty())
        body.insert(u"code"_s, currentCode);
    send(context, u"totp_begin"_s, body, [callback](const ServerReply &reply) {
        if (!reply.ok())
            return callback(errorOf(reply));
        callback(TotpSetup { reply.message.body.value(u"secret"_s).toString(),
                             reply.message.body.value(u"uri"_s).toString() });
    });
}

void AccountClient::confirmTotp(QObject *context, const QString &password, const QString &code,
                                Done<void> callback)
{
    send(context, u"totp_confirm"_s, { { u"password"_s, password }, { u"code"_s, code } },
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

void AccountClient::listAccounts(QObject *context, Done<QList<Account>> callback)
{
    listAccountsAfter(context, {}, {}, std::move(callback));
}

// The server sends the list in pages: each reply names where the next begins.
void AccountClient::listAccountsAfter(QObject *context, const QString &after,
                                      QList<Account> gathered, Done<QList<Account>> callback)
{
    QCborMap body;
    if (!after.isEmpty())
        body.insert(u"after"_s, after);
    send(context, u"account_list"_s, body,
         [client = *this, context, after, gathered = std::move(gathered),
          callback = std::move(callback)](const ServerReply &reply) mutable {
             if (!reply.ok())
                 return callback(errorOf(reply));
             for (const QCborValue &value : reply.message.body.value(u"accounts"_s).toArray())
                 gathered.append(Account::fromCbor(value.toMap()));
             const QString next = reply.message.body.value(u"next"_s).toString();
             if (next.isEmpty() || (!gathered.isEmpty() && next <= after))
                 return callback(gathered);
             client.listAccountsAfter(context, next, std::move(gathered), std::move(callback));
         });
}

void AccountClient::createAccount(QObject *context, const Registration &fresh,
                                  const QString &password, Done<Account> callback)
{
    send(context, u"account_create"_s, registrationBody(fresh, password),
         [callback](const ServerReply &reply) { callback(account(reply)); });
}

void AccountClient::verifyProvider(QObject *context, const QString &accountId, bool approve,
                                   const QString &reason, Done<void> callback)
{
    send(context, u"account_verify"_s,
         { { u"account_id"_s, accountId }, { u"approve"_s, approve }, { u"reason"_s, reason } },
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

void AccountClient::setEnabled(QObject *context, const QString &accountId, bool enabled,
                               const QString &reason, Done<void> callback)
{
    send(context, u"account_set_enabled"_s,
         { { u"account_id"_s, accountId }, { u"enabled"_s, enabled }, { u"reason"_s, reason } },
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

void AccountClient::resetPassword(QObject *context, const QString &accountId,
                                  const QString &password, Done<void> callback)
{
    send(context, u"account_reset_password"_s,
         { { u"account_id"_s, accountId }, { u"password"_s, password } },
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

void AccountClient::securityPolicy(QObject *context, Done<SecurityPolicy> callback)
{
    send(context, u"settings_get"_s, {}, [callback](const ServerReply &reply) {
        if (!reply.ok())
            return callback(errorOf(reply));
        callback(SecurityPolicy {
                reply.message.body.value(u"require_totp_for_staff"_s).toBool(),
                int(reply.message.body.value(u"idle_lock_minutes"_s).toInteger(10)) });
    });
}

void AccountClient::setSecurityPolicy(QObject *context, const SecurityPolicy &policy,
                                      Done<void> callback)
{
    send(context, u"settings_set"_s,
         { { u"require_totp_for_staff"_s, policy.requireTotpForStaff },
           { u"idle_lock_minutes"_s, policy.idleLockMinutes } },
         [callback](const ServerReply &reply) { callback(done(reply)); });
}

} // namespace clinic
