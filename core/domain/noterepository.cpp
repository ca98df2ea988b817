#include "noterepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace clinic {

using namespace Qt::StringLiterals;

Result<QList<PatientNote>> NoteRepository::notesOf(QSqlDatabase db, const QString &patientId,
                                                   int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, author_name, body, created_at FROM note "
                  u"WHERE patient_id = ? AND NOT deleted "
                  u"ORDER BY created_at DESC, id LIMIT ?"_s);
    query.addBindValue(patientId);
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The notes cannot be read."), query.lastError().text());
    QList<PatientNote> notes;
    while (query.next())
        notes.append({ query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong(), false });
    if (query.lastError().isValid()) // a step failed: not a shorter list
        return makeError(ErrorCode::Sql, tr("The notes cannot be read."), query.lastError().text());
    return notes;
}

} // namespace clinic
