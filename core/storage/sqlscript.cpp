#include "sqlscript.h"

#include "sqlite_api.h"

namespace clinic {

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    const QByteArray utf8 = script.toUtf8();
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != ';')
            continue;
        const QByteArray candidate = utf8.sliced(start, i + 1 - start); // NUL-terminated copy
        if (sqlite3_complete(candidate.constData())) {
            const QString statement = QString::fromUtf8(candidate).trimmed();
            if (statement != u";")
                statements.append(statement);
            start = i + 1;
        }
    }
    const QString rest = QString::fromUtf8(utf8.sliced(start)).trimmed();
    if (!rest.isEmpty())
        statements.append(rest); // unterminated last statement, or only comments
    return statements;
}

} // namespace clinic
