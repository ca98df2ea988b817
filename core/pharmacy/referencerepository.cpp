#include "referencerepository.h"

#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

Error sqlError(const QSqlQuery &query, const QString &message)
{
    return makeError(ErrorCode::Sql, message, query.lastError().text());
}

Error readError(const QSqlQuery &query)
{
    return sqlError(query,
                    ReferenceRepository::tr("The medicines reference cannot be read from this "
                                            "computer's store."));
}

Error writeError(const QSqlQuery &query)
{
    return sqlError(query,
                    ReferenceRepository::tr("The medicines reference could not be loaded into "
                                            "this computer's store; the previous one is kept."));
}

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return readError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return readError(query);
    return {};
}

Result<void> finished(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return readError(query);
    return {};
}

QString json(const QStringList &list)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList list(const QVariant &value)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString crossSensitivityJson(const QList<CrossSensitivity> &list)
{
    QJsonArray array;
    for (const CrossSensitivity &x : list)
        array.append(QJsonObject { { u"drug_class"_s, x.drugClass },
                                   { u"severity"_s, severityName(x.severity) },
                                   { u"effect"_s, x.effect },
                                   { u"advice"_s, x.advice } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// One prepared insert run for many rows.
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql) { }

    Result<void> prepare()
    {
        if (!m_query.prepare(m_sql))
            return writeError(m_query);
        return {};
    }

    Result<void> insert(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            return writeError(m_query);
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_sql;
};

const QStringList referenceTables = {
    u"reference_drug"_s,        u"reference_drug_name"_s, u"reference_drug_form"_s,
    u"reference_guide"_s,       u"reference_class"_s,     u"reference_allergy_class"_s,
    u"reference_interaction"_s, u"reference_loaded"_s,
};

Result<void> write(WriteTransaction &transaction, const ReferenceData &data, const QString &digest,
                   qint64 nowMs)
{
    const QSqlDatabase db = transaction.database();
    {
        QSqlQuery clear(db);
        for (const QString &table : referenceTables)
            if (!clear.exec(u"DELETE FROM "_s + table))
                return writeError(clear);
    }

    Inserter drug(db,
                  u"INSERT INTO reference_drug (id, position, name, other_names, brands, atc, "
                  u"classes, components, usual_adult_dose, sources) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // A name two ways (an id equal to its INN): the first kind written stays.
    Inserter name(db,
                  u"INSERT OR IGNORE INTO reference_drug_name (folded, drug_id, name, kind) "
                  u"VALUES (?, ?, ?, ?)"_s);
    Inserter form(db,
                  u"INSERT INTO reference_drug_form (drug_id, position, form, strengths) "
                  u"VALUES (?, ?, ?, ?)"_s);
    Inserter guide(db,
                   u"INSERT INTO reference_guide (drug_id, uses, dosage, side_effects, "
                   u"precautions, seek_help) VALUES (?, ?, ?, ?, ?, ?)"_s);
    Inserter drugClass(db,
                       u"INSERT INTO reference_class (id, position, name, kind, synonyms) "
                       u"VALUES (?, ?, ?, ?, ?)"_s);
    Inserter allergy(db,
                     u"INSERT INTO reference_allergy_class (id, position, name, synonyms, "
                     u"drug_classes, severity, effect, advice, cross_sensitivity, sources) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    Inserter interaction(db,
                         u"INSERT INTO reference_interaction (position, a, b, severity, effect, "
                         u"advice, sources) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (Inserter *i : { &drug, &name, &form, &guide, &drugClass, &allergy, &interaction })
        if (auto prepared = i->prepare(); !prepared)
            return prepared;

    int position = 0;
    for (const DrugClass &c : data.classes())
        if (auto done = drugClass.insert({ c.id, position++, c.name, c.kind, json(c.synonyms) });
            !done)
            return done;

    position = 0;
    for (const Drug &d : data.drugs()) {
        if (auto done = drug.insert({ d.id, position++, d.name(), json(d.names.mid(1)),
                                      json(d.brands), d.atc, json(d.classes), json(d.components),
                                      d.usualAdultDose, json(d.sources) });
            !done)
            return done;
        for (const QString &n : d.names)
            if (auto done =
                        name.insert({ ReferenceData::normalisedName(n), d.id, n, u"generic"_s });
                !done)
                return done;
        for (const QString &b : d.brands)
            if (auto done = name.insert({ ReferenceData::normalisedName(b), d.id, b, u"brand"_s });
                !done)
                return done;
        if (auto done = name.insert({ ReferenceData::normalisedName(d.id), d.id, d.id, u"id"_s });
            !done)
            return done;
        for (int f = 0; f < d.forms.size(); ++f)
            if (auto done =
                        form.insert({ d.id, f, d.forms.at(f).form, json(d.forms.at(f).strengths) });
                !done)
                return done;
        const MedicationGuide &g = d.guide;
        if (auto done = guide.insert(
                    { d.id, g.uses, g.dosage, g.sideEffects, g.precautions, g.seekHelp });
            !done)
            return done;
    }

    position = 0;
    for (const AllergyClass &a : data.allergyClasses())
        if (auto done = allergy.insert({ a.id, position++, a.name, json(a.synonyms),
                                         json(a.drugClasses), severityName(a.severity), a.effect,
                                         a.advice, crossSensitivityJson(a.crossSensitivity),
                                         json(a.sources) });
            !done)
            return done;

    position = 0;
    for (const Interaction &x : data.interactions())
        if (auto done = interaction.insert({ position++, x.a, x.b, severityName(x.severity),
                                             x.effect, x.advice, json(x.sources) });
            !done)
            return done;

    QSqlQuery loaded(db);
    loaded.prepare(u"INSERT INTO reference_loaded (id, version, released, digest, loaded_at, "
                   u"drug_count) VALUES (1, ?, ?, ?, ?, ?)"_s);
    loaded.addBindValue(data.version());
    loaded.addBindValue(data.released());
    loaded.addBindValue(digest);
    loaded.addBindValue(nowMs);
    loaded.addBindValue(qint64(data.drugs().size()));
    if (!loaded.exec())
        return writeError(loaded);
    return {};
}

} // namespace

Result<QString> ReferenceRepository::digest(const QString &directory)
{
    const QDir dir(directory);
    QStringList files;
    QDirIterator it(directory, { u"*.json"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(dir.relativeFilePath(it.next()));
    if (files.isEmpty())
        return makeError(ErrorCode::Io, tr("The medicines reference data is missing."), directory);
    std::sort(files.begin(), files.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &relative : std::as_const(files)) {
        QFile file(dir.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             tr("The medicines reference data is missing %1.").arg(relative),
                             file.errorString());
        const QByteArray bytes = file.readAll();
        hash.addData(relative.toUtf8());
        hash.addData(QByteArray(1, '\0'));
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArray(1, '\0'));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

const Result<QString> &ReferenceRepository::shippedDigest()
{
    static const Result<QString> value = digest(ReferenceData::shippedDirectory.toString());
    return value;
}

Result<ReferenceLoad> ReferenceRepository::load(QSqlDatabase db, const ReferenceData &data,
                                                const QString &digest, qint64 nowMs)
{
    QElapsedTimer timer;
    timer.start();
    auto current = loaded(db);
    if (!current)
        return current.error();
    ReferenceLoad result;
    if (*current && (*current)->version == data.version() && (*current)->digest == digest) {
        result.loaded = **current;
        result.elapsedMs = timer.elapsed();
        return result;
    }
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (auto written = write(*transaction, data, digest, nowMs); !written) {
        transaction->rollback();
        return written.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    result.written = true;
    result.loaded = LoadedReference { data.version(), data.released(), digest, nowMs,
                                      int(data.drugs().size()) };
    result.elapsedMs = timer.elapsed();
    return result;
}

Result<ReferenceLoad> ReferenceRepository::loadShipped(QSqlDatabase db, qint64 nowMs)
{
    const auto &data = ReferenceData::shipped();
    if (!data)
        return data.error();
    const auto &shipped = shippedDigest();
    if (!shipped)
        return shipped.error();
    return load(db, *data, *shipped, nowMs);
}

Result<std::optional<LoadedReference>> ReferenceRepository::loaded(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto ran = run(q,
                       u"SELECT version, released, digest, loaded_at, drug_count "
                       u"FROM reference_loaded WHERE id = 1"_s,
                       {});
        !ran)
        return ran.error();
    if (!q.next()) {
        if (auto done = finished(q); !done)
            return done.error();
        return std::optional<LoadedReference>();
    }
    return std::optional<LoadedReference>(
            LoadedReference { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong(), q.value(4).toInt() });
}

Result<QList<DrugMatch>> ReferenceRepository::search(QSqlDatabase db, const QString &text,
                                                     int limit)
{
    const QString wanted = ReferenceData::normalisedName(text);
    limit = std::clamp(limit, 1, 1000);
    QSqlQuery q(db);
    if (wanted.isEmpty()) {
        if (auto ran = run(q,
                           u"SELECT id, name, brands, name, 0 FROM reference_drug "
                           u"ORDER BY name, id LIMIT ?"_s,
                           { limit });
            !ran)
            return ran.error();
    } else {
        // score = rank * 2, plus 1 for a brand: at equal rank a generic name comes first
        // ("pro": propranolol before finasteride for Proscar). SQLite: the bare n.name is
        // the one of the row that gave MIN(score).
        if (auto ran = run(q,
                           u"SELECT n.drug_id, d.name, d.brands, n.name, "
                           u"MIN(2 * (CASE WHEN n.folded = ? THEN 0 "
                           u"WHEN substr(n.folded, 1, length(?)) = ? THEN 1 "
                           u"WHEN instr(n.folded, ' ' || ?) > 0 "
                           u"OR instr(n.folded, '-' || ?) > 0 "
                           u"OR instr(n.folded, '/' || ?) > 0 THEN 2 ELSE 3 END) "
                           u"+ (n.kind = 'brand')) AS score "
                           u"FROM reference_drug_name n "
                           u"JOIN reference_drug d ON d.id = n.drug_id "
                           u"WHERE n.kind <> 'id' AND instr(n.folded, ?) > 0 "
                           u"GROUP BY n.drug_id ORDER BY score, d.name, d.id LIMIT ?"_s,
                           { wanted, wanted, wanted, wanted, wanted, wanted, wanted, limit });
            !ran)
            return ran.error();
    }
    QList<DrugMatch> out;
    while (q.next())
        out.append(DrugMatch { q.value(0).toString(), q.value(1).toString(), q.value(3).toString(),
                               list(q.value(2)), q.value(4).toInt() / 2 });
    if (auto done = finished(q); !done)
        return done.error();
    return out;
}

Result<std::optional<DrugMatch>> ReferenceRepository::findDrug(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    if (auto ran = run(q,
                       u"SELECT n.drug_id, d.name, d.brands, n.name FROM reference_drug_name n "
                       u"JOIN reference_drug d ON d.id = n.drug_id WHERE n.folded = ? "
                       u"ORDER BY n.drug_id LIMIT 1"_s,
                       { ReferenceData::normalisedName(name) });
        !ran)
        return ran.error();
    if (q.next())
        return std::optional<DrugMatch>(DrugMatch { q.value(0).toString(), q.value(1).toString(),
                                                    q.value(3).toString(), list(q.value(2)), 0 });
    if (auto done = finished(q); !done)
        return done.error();
    return std::optional<DrugMatch>();
}

Result<std::optional<MedicationGuide>> ReferenceRepository::guide(QSqlDatabase db,
                                                                  const QString &id)
{
    QSqlQuery q(db);
    if (auto ran = run(q,
                       u"SELECT uses, dosage, side_effects, precautions, seek_help "
                       u"FROM reference_guide WHERE drug_id = ?"_s,
                       { id });
        !ran)
        return ran.error();
    if (!q.next()) {
        if (auto done = finished(q); !done)
            return done.error();
        return std::optional<MedicationGuide>();
    }
    return std::optional<MedicationGuide>(
            MedicationGuide { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString() });
}

Result<std::optional<Drug>> ReferenceRepository::drug(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    if (auto ran = run(q,
                       u"SELECT id, name, other_names, brands, atc, classes, components, "
                       u"usual_adult_dose, sources FROM reference_drug WHERE id = ?"_s,
                       { id });
        !ran)
        return ran.error();
    if (!q.next()) {
        if (auto done = finished(q); !done)
            return done.error();
        return std::optional<Drug>();
    }
    Drug d;
    d.id = q.value(0).toString();
    d.names = QStringList { q.value(1).toString() } + list(q.value(2));
    d.brands = list(q.value(3));
    d.atc = q.value(4).toString();
    d.classes = list(q.value(5));
    d.components = list(q.value(6));
    d.usualAdultDose = q.value(7).toString();
    d.sources = list(q.value(8));
    q.finish();
    if (auto ran = run(q,
                       u"SELECT form, strengths FROM reference_drug_form WHERE drug_id = ? "
                       u"ORDER BY position"_s,
                       { id });
        !ran)
        return ran.error();
    while (q.next())
        d.forms.append(DrugForm { q.value(0).toString(), list(q.value(1)) });
    if (auto done = finished(q); !done)
        return done.error();
    auto g = guide(db, id);
    if (!g)
        return g.error();
    if (*g)
        d.guide = **g;
    return std::optional<Drug>(std::move(d));
}

Result<ReferenceRepository::Counts> ReferenceRepository::counts(QSqlDatabase db)
{
    Counts c;
    const std::pair<QString, int *> tables[] = {
        { u"reference_drug"_s, &c.drugs },
        { u"reference_drug_name"_s, &c.names },
        { u"reference_class"_s, &c.classes },
        { u"reference_allergy_class"_s, &c.allergyClasses },
        { u"reference_interaction"_s, &c.interactions },
        { u"reference_guide"_s, &c.guides },
    };
    QSqlQuery q(db);
    for (const auto &[table, count] : tables) {
        if (auto ran = run(q, u"SELECT COUNT(*) FROM "_s + table, {}); !ran)
            return ran.error();
        if (!q.next())
            return readError(q);
        *count = q.value(0).toInt();
        q.finish();
    }
    return c;
}

} // namespace clinic
