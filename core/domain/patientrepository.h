#pragma once

#include "domain/patient.h"
#include "storage/statementcache.h"
#include "storage/writetransaction.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace clinic {

// Reads and writes the patient register, and keeps its name search index (patient_search)
// in step. Writes take the caller's open transaction, so a patient and its index entry are
// always saved together.
class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PatientRepository)
public:
    explicit PatientRepository(QSqlDatabase db);

    Result<void> insert(WriteTransaction &transaction, const Patient &patient);
    // Replaces every field of the patient with this id.
    Result<void> update(WriteTransaction &transaction, const Patient &patient);
    // Removes the row itself (a synced deletion is update() with deleted = true).
    Result<void> erase(WriteTransaction &transaction, const QString &id);

    Result<std::optional<Patient>> find(const QString &id) const;
    // Patients whose names start with every word typed ("ann smi" finds Ann Smithers),
    // accents ignored, ordered by family then given name. Deleted patients are left out.
    Result<QList<Patient>> searchByName(const QString &text, int limit = 50) const;

    // The search expression for what a user typed: each word becomes a quoted prefix term,
    // so FTS operators in the input (OR, NEAR, quotes, '-') are plain text.
    static QString searchExpression(const QString &text);

private:
    enum Statement { Insert, Update, Erase, Find, Names, Index, Unindex, Search };
    Result<QSqlQuery *> run(Statement statement, const QVariantList &values) const
    {
        return m_statements.run(statement, values);
    }
    // Runs one write: refuses a transaction on another connection, and marks the transaction
    // failed when the write fails part-way, so it cannot be committed.
    template<typename Write>
    Result<void> guarded(WriteTransaction &transaction, Write write);
    Result<void> insertRow(const Patient &patient);
    Result<void> updateRow(const Patient &patient);
    Result<void> eraseRow(const QString &id);
    Result<void> index(qint64 rowid, const Patient &patient);
    Result<void> unindex(qint64 rowid);

    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace clinic
