#pragma once

#include "domain/account.h"
#include "storage/preparedqueries.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace clinic {

// The database side of video visits (docs/video.md): the accounts' call public keys, handed
// to a visit's doctor and patient. The call itself lives on the socket thread
// (CallRelay), which must not wait for the database; this runs on the worker's.
class CallService
{
    Q_DECLARE_TR_FUNCTIONS(clinic::CallService)
public:
    // The two sides of a visit, as a call needs them.
    struct Visit
    {
        QString appointmentId;
        QString doctorId;
        QByteArray doctorKey; // empty: no key registered
        QString patientId;
        QByteArray patientKey;
    };

    CallService(QSqlDatabase db, const Clock &clock);

    // Stores (or replaces) the account's X25519 public key: 32 bytes.
    Result<void> registerKey(const Account &account, const QByteArray &publicKey);
    // The keys of the visit's doctor and patient, for either of them: ErrorCode::NotFound for
    // no such appointment, Forbidden for anyone else.
    Result<Visit> keysFor(const Account &account, const QString &appointmentId);

private:
    struct Row;
    Result<Row> appointment(const QString &appointmentId);
    Result<QByteArray> keyOf(const QString &accountId);

    const Clock &m_clock;
    PreparedQueries m_queries;
};

} // namespace clinic
