#include "patientrepository.h"

#include <QSqlError>
#include <QStringList>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// Column order shared by every statement below and by readPatient().
constexpr auto columns = "id, rev, deleted, updated_at, updated_by, family_name, given_name, "
                         "birth_date, sex, phone, email, address_line, city, postal_code, country, "
                         "preferred_language, emergency_name, emergency_phone, emergency_relation, "
                         "preferred_providers";

QString prefixedColumns(QLatin1StringView prefix)
{
    QStringList names = QString::fromLatin1(columns).split(u", "_s);
    for (QString &name : names)
        name.prepend(prefix);
    return names.join(u", "_s);
}

// Optional text: a null QString is SQL NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Required text (a NOT NULL column): a null QString is the empty string.
QVariant required(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

// Every column but id, in the order of `columns`.
QVariantList fieldValues(const Patient &p)
{
    return { p.rev,
             p.deleted,
             p.updatedAt,
             required(p.updatedBy),
             required(p.familyName),
             required(p.givenName),
             p.birthDate,
             text(p.sex),
             text(p.phone),
             text(p.email),
             text(p.addressLine),
             text(p.city),
             text(p.postalCode),
             text(p.country),
             text(p.preferredLanguage),
             text(p.emergencyName),
             text(p.emergencyPhone),
             text(p.emergencyRelation),
             text(p.preferredProviders) };
}

Patient readPatient(const QSqlQuery &query)
{
    Patient p;
    p.id = query.value(0).toString();
    p.rev = query.value(1).toLongLong();
    p.deleted = query.value(2).toBool();
    p.updatedAt = query.value(3).toLongLong();
    p.updatedBy = query.value(4).toString();
    p.familyName = query.value(5).toString();
    p.givenName = query.value(6).toString();
    p.birthDate = query.value(7).toDate();
    p.sex = query.value(8).toString();
    p.phone = query.value(9).toString();
    p.email = query.value(10).toString();
    p.addressLine = query.value(11).toString();
    p.city = query.value(12).toString();
    p.postalCode = query.value(13).toString();
    p.country = query.value(14).toString();
    p.preferredLanguage = query.value(15).toString();
    p.emergencyName = query.value(16).toString();
    p.emergencyPhone = query.value(17).toString();
    p.emergencyRelation = query.value(18).toString();
    p.preferredProviders = query.value(19).toString();
    return p;
}

QString sqlFor(int statement)
{
    const QLatin1StringView all(columns);
    switch (statement) {
    case 0: // Insert
        return u"INSERT INTO patient (" + all
                + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    case 1: // Update
        return u"UPDATE patient SET rev = ?, deleted = ?, updated_at = ?, updated_by = ?, "
               u"family_name = ?, given_name = ?, birth_date = ?, sex = ?, phone = ?, email = ?, "
               u"address_line = ?, city = ?, postal_code = ?, country = ?, "
               u"preferred_language = ?, emergency_name = ?, emergency_phone = ?, "
               u"emergency_relation = ?, preferred_providers = ? WHERE id = ?"_s;
    case 2: // Erase
        return u"DELETE FROM patient WHERE id = ?"_s;
    case 3: // Find
        return u"SELECT " + all + u" FROM patient WHERE id = ?";
    case 4: // Names
        return u"SELECT rowid, family_name, given_name FROM patient WHERE id = ?"_s;
    case 5: // Index
        return u"INSERT INTO patient_search (docid, family_name, given_name) VALUES (?, ?, ?)"_s;
    case 6: // Unindex
        return u"DELETE FROM patient_search WHERE docid = ?"_s;
    default: // Search
        return u"SELECT " + prefixedColumns(QLatin1StringView("p."))
                + u" FROM patient_search s JOIN patient p ON p.rowid = s.docid "
                  u"WHERE patient_search MATCH ? AND NOT p.deleted "
                  u"ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE LIMIT ?";
    }
}

Error notFound()
{
    return makeError(ErrorCode::InvalidArgument,
                     PatientRepository::tr("That patient is not in the register."));
}

} // namespace

PatientRepository::PatientRepository(QSqlDatabase db)
    : m_db(db), m_statements(db, &sqlFor, tr("The patient register could not be saved or read."))
{ }

Result<void> PatientRepository::index(qint64 rowid, const Patient &patient)
{
    auto query = run(Index, { rowid, required(patient.familyName), required(patient.givenName) });
    return query ? Result<void>() : Result<void>(query.error());
}

// External-content FTS4 works out what to remove from the patient row's current values, so
// this must run before the row changes.
Result<void> PatientRepository::unindex(qint64 rowid)
{
    auto query = run(Unindex, { rowid });
    return query ? Result<void>() : Result<void>(query.error());
}

template<typename Write>
Result<void> PatientRepository::guarded(WriteTransaction &transaction, Write write)
{
    if (transaction.database().connectionName() != m_db.connectionName()) {
        Q_ASSERT_X(false, "PatientRepository", "transaction on another connection");
        return makeError(ErrorCode::InvalidArgument, tr("The patient record could not be saved."),
                         u"transaction on another connection"_s);
    }
    Result<void> result = write();
    if (!result)
        transaction.markFailed();
    return result;
}

Result<void> PatientRepository::insert(WriteTransaction &transaction, const Patient &patient)
{
    return guarded(transaction, [&] { return insertRow(patient); });
}

Result<void> PatientRepository::update(WriteTransaction &transaction, const Patient &patient)
{
    return guarded(transaction, [&] { return updateRow(patient); });
}

Result<void> PatientRepository::erase(WriteTransaction &transaction, const QString &id)
{
    return guarded(transaction, [&] { return eraseRow(id); });
}

Result<void> PatientRepository::insertRow(const Patient &patient)
{
    auto query = run(Insert, QVariantList { patient.id } + fieldValues(patient));
    if (!query)
        return query.error();
    return index(query.value()->lastInsertId().toLongLong(), patient);
}

Result<void> PatientRepository::updateRow(const Patient &patient)
{
    auto names = run(Names, { patient.id });
    if (!names)
        return names.error();
    QSqlQuery &old = *names.value();
    if (!old.next())
        return notFound();
    const qint64 rowid = old.value(0).toLongLong();
    const bool renamed = old.value(1).toString() != patient.familyName
            || old.value(2).toString() != patient.givenName;
    old.finish();
    if (renamed) {
        if (auto removed = unindex(rowid); !removed)
            return removed;
    }
    auto query = run(Update, fieldValues(patient) + QVariantList { patient.id });
    if (!query)
        return query.error();
    return renamed ? index(rowid, patient) : Result<void>();
}

Result<void> PatientRepository::eraseRow(const QString &id)
{
    auto names = run(Names, { id });
    if (!names)
        return names.error();
    if (!names.value()->next())
        return notFound();
    const qint64 rowid = names.value()->value(0).toLongLong();
    names.value()->finish();
    if (auto removed = unindex(rowid); !removed)
        return removed;
    auto query = run(Erase, { id });
    return query ? Result<void>() : Result<void>(query.error());
}

Result<std::optional<Patient>> PatientRepository::find(const QString &id) const
{
    auto query = run(Find, { id });
    if (!query)
        return query.error();
    std::optional<Patient> found;
    if (query.value()->next())
        found = readPatient(*query.value());
    query.value()->finish();
    return found;
}

QString PatientRepository::searchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString cleaned;
        for (const QChar c : word)
            cleaned += c.isLetterOrNumber() ? c : QChar(u' ');
        cleaned = cleaned.simplified();
        if (!cleaned.isEmpty())
            terms << u'"' + cleaned + u"*\"";
    }
    return terms.join(u' ');
}

Result<QList<Patient>> PatientRepository::searchByName(const QString &text, int limit) const
{
    QList<Patient> found;
    const QString expression = searchExpression(text);
    if (expression.isEmpty())
        return found;
    auto query = run(Search, { expression, limit });
    if (!query)
        return query.error();
    while (query.value()->next())
        found.append(readPatient(*query.value()));
    if (query.value()->lastError().isValid()) // a step failed: not a shorter list
        return makeError(ErrorCode::Sql, tr("The patient register cannot be read."),
                         query.value()->lastError().text());
    return found;
}

} // namespace clinic
