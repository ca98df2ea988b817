#pragma once

#include <QString>
#include <QStringList>

namespace clinic {

// Splits a file of SQL into single statements, the way SQLite's own shell does: a statement
// ends at a semicolon that SQLite's tokenizer calls complete (not inside a string, comment, or
// a CREATE TRIGGER body).
QStringList splitSqlStatements(const QString &script);

} // namespace clinic
