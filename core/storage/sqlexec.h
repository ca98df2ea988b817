#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace clinic {

// Prepares, binds in order and runs one statement, forward-only. A failure carries
// `failureMessage` for the user and SQLite's text as detail. For statements run now and then;
// hot paths keep theirs prepared (StatementCache).
Result<QSqlQuery> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                          const QString &failureMessage);

} // namespace clinic
