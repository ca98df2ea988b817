#include "callservice.h"

#include "crypto/callkeys.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

struct CallService::Row
{
    QString patientId;
    QString providerId;
    QString modality;
    QString status;
    qint64 startAt = 0;
    qint64 endAt = 0;
};

CallService::CallService(QSqlDatabase db, const Clock &clock)
    : m_clock(clock), m_queries(std::move(db), tr("The call records failed."))
{ }

Result<void> CallService::registerKey(const Account &account, const QByteArray &publicKey)
{
    if (publicKey.size() != CallKeys::publicKeyBytes)
        return makeError(ErrorCode::InvalidArgument, tr("A call key is 32 bytes."));
    const QSqlDatabase db = m_queries.database();
    auto stored = m_queries.run(
            SqlDialect::insertOrReplace(db, u"call_key"_s,
                                        { u"account_id"_s, u"public_key"_s, u"updated_at"_s },
                                        { u"account_id"_s }),
            { account.id, publicKey, m_clock.nowMs() });
    return stored ? Result<void>() : Result<void>(stored.error());
}

Result<CallService::Row> CallService::appointment(const QString &appointmentId)
{
    auto query = m_queries.run(u"SELECT patient_id, provider_id, modality, status, start_at, "
                               u"end_at FROM appointment WHERE id = ? AND deleted = ?"_s,
                               { appointmentId, false });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    if (!rows.next())
        return makeError(ErrorCode::NotFound, tr("There is no such appointment."));
    Row row { rows.value(0).toString(), rows.value(1).toString(),   rows.value(2).toString(),
              rows.value(3).toString(), rows.value(4).toLongLong(), rows.value(5).toLongLong() };
    rows.finish();
    return row;
}

Result<QByteArray> CallService::keyOf(const QString &accountId)
{
    auto query =
            m_queries.run(u"SELECT public_key FROM call_key WHERE account_id = ?"_s, { accountId });
    if (!query)
        return query.error();
    QSqlQuery &rows = **query;
    const QByteArray key = rows.next() ? rows.value(0).toByteArray() : QByteArray();
    rows.finish();
    return key;
}

Result<CallService::Visit> CallService::keysFor(const Account &account,
                                                const QString &appointmentId)
{
    auto row = appointment(appointmentId);
    if (!row)
        return row.error();
    if (account.id != row->patientId && account.id != row->providerId)
        return makeError(ErrorCode::Forbidden,
                         tr("Only the visit's doctor and patient see its call keys."));
    Visit visit;
    visit.appointmentId = appointmentId;
    visit.doctorId = row->providerId;
    visit.patientId = row->patientId;
    auto doctorKey = keyOf(row->providerId);
    auto patientKey = keyOf(row->patientId);
    if (!doctorKey)
        return doctorKey.error();
    if (!patientKey)
        return patientKey.error();
    visit.doctorKey = doctorKey.value();
    visit.patientKey = patientKey.value();
    return visit;
}

} // namespace clinic
