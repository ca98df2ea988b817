#include "referencedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReferenceData", text);
}

const QString classPrefix = u"class:"_s;

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return u"minor"_s;
    case Severity::Moderate:
        return u"moderate"_s;
    case Severity::Major:
        return u"major"_s;
    case Severity::Contraindicated:
        return u"contraindicated"_s;
    }
    return u"minor"_s;
}

std::optional<Severity> parseSeverity(QStringView text)
{
    for (Severity s :
         { Severity::Minor, Severity::Moderate, Severity::Major, Severity::Contraindicated })
        if (text == severityName(s))
            return s;
    return std::nullopt;
}

int Interaction::drugSides() const
{
    return (a.startsWith(classPrefix) ? 0 : 1) + (b.startsWith(classPrefix) ? 0 : 1);
}

struct ReferenceData::Data
{
    QString version;
    QString released;
    std::vector<Drug> drugs;
    std::vector<DrugClass> classes;
    std::vector<AllergyClass> allergyClasses;
    std::vector<Interaction> interactions;

    QHash<QString, int> drugById;
    QHash<QString, int> drugByName; // normalised id, generic names and brands
    QHash<QString, int> classById;
    QMultiHash<QString, int> classByName; // normalised class names and synonyms
    QMultiHash<QString, int> allergyByName; // normalised allergy class names and synonyms
    std::vector<QStringList> sides; // per drug, as interactionSides()
    // side -> other side -> interaction indexes; both ways round.
    QHash<QString, QHash<QString, QList<int>>> interactionIndex;
};

namespace {

// Reads the fields of one entry; the first thing wrong becomes the error, naming the file and
// the entry.
class EntryReader
{
public:
    EntryReader(QString file, QString entry, QJsonObject object)
        : m_file(std::move(file)), m_entry(std::move(entry)), m_object(std::move(object))
    { }

    void setEntry(QString entry) { m_entry = std::move(entry); }
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    void fail(const QString &what)
    {
        if (!m_error)
            m_error = malformed(m_file, m_entry, what);
    }

    static Error malformed(const QString &file, const QString &entry, const QString &what)
    {
        const QString where = entry.isEmpty() ? file : file + u", "_s + entry;
        return makeError(ErrorCode::InvalidArgument,
                         tr("The medicines reference data is damaged: %1: %2").arg(where, what));
    }

    QString text(const QString &key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString()) {
            fail(tr("“%1” must be text").arg(key));
            return {};
        }
        const QString s = value.toString().trimmed();
        if (s.isEmpty() && required)
            fail(tr("“%1” is empty").arg(key));
        return s;
    }

    QStringList list(const QString &key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray()) {
            fail(tr("“%1” must be a list of text").arg(key));
            return {};
        }
        QStringList out;
        for (const QJsonValue &item : value.toArray()) {
            const QString s = item.toString().trimmed();
            if (!item.isString() || s.isEmpty()) {
                fail(tr("“%1” must be a list of non-empty text").arg(key));
                return {};
            }
            out.append(s);
        }
        return out;
    }

    Severity severity(const QString &key = u"severity"_s)
    {
        const QString s = text(key);
        const auto parsed = parseSeverity(s);
        if (!parsed && !failed())
            fail(tr("severity “%1” is not contraindicated, major, moderate or minor").arg(s));
        return parsed.value_or(Severity::Minor);
    }

    QJsonArray array(const QString &key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray())
            fail(tr("“%1” must be a list").arg(key));
        return value.toArray();
    }

    QJsonObject object(const QString &key, bool required = true)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isObject())
            fail(tr("“%1” must be an object").arg(key));
        return value.toObject();
    }

private:
    QString m_file;
    QString m_entry;
    QJsonObject m_object;
    std::optional<Error> m_error;
};

Result<QJsonObject> readJson(const QDir &dir, const QString &relative)
{
    QFile file(dir.filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("The medicines reference data is missing %1.").arg(relative),
                         file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return EntryReader::malformed(relative, {},
                                      tr("not valid JSON (%1 at offset %2)")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset));
    if (!doc.isObject())
        return EntryReader::malformed(relative, {}, tr("not a JSON object"));
    return doc.object();
}

Result<QJsonArray> topList(const QDir &dir, const QString &relative, const QString &key)
{
    auto object = readJson(dir, relative);
    if (!object)
        return object.error();
    const QJsonValue value = object->value(key);
    if (!value.isArray())
        return EntryReader::malformed(relative, {}, tr("“%1” must be a list").arg(key));
    return value.toArray();
}

QString entryName(int index, const QString &id = {})
{
    return id.isEmpty() ? tr("entry %1").arg(index + 1)
                        : tr("entry %1 (%2)").arg(index + 1).arg(id);
}

bool isId(const QString &id)
{
    static const QRegularExpression pattern(u"\\A[a-z0-9_]+\\z"_s);
    return pattern.match(id).hasMatch();
}

bool isAtc(const QString &code)
{
    // A chemical substance: anatomical group, therapeutic, pharmacological and chemical
    // subgroups, substance (N02BE01).
    static const QRegularExpression pattern(u"\\A[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}\\z"_s);
    return pattern.match(code).hasMatch();
}

} // namespace

QString ReferenceData::normalisedName(QStringView name)
{
    return name.toString().simplified().toCaseFolded();
}

ReferenceData::ReferenceData(std::shared_ptr<const Data> data) : m_data(std::move(data)) { }

Result<ReferenceData> ReferenceData::load(const QString &directory)
{
    const QDir dir(directory);
    auto data = std::make_shared<Data>();

    // manifest.json
    {
        auto manifest = readJson(dir, u"manifest.json"_s);
        if (!manifest)
            return manifest.error();
        EntryReader r(u"manifest.json"_s, {}, *manifest);
        data->version = r.text(u"version"_s);
        data->released = r.text(u"released"_s, false);
        if (r.failed())
            return r.error();
    }

    // classes.json
    {
        const QString file = u"classes.json"_s;
        auto list = topList(dir, file, u"classes"_s);
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            EntryReader r(file, entryName(int(i)), list->at(i).toObject());
            if (!list->at(i).isObject())
                r.fail(tr("not an object"));
            DrugClass c;
            c.id = r.text(u"id"_s);
            r.setEntry(entryName(int(i), c.id));
            c.name = r.text(u"name"_s);
            c.kind = r.text(u"kind"_s);
            c.synonyms = r.list(u"synonyms"_s, false);
            if (!r.failed() && !isId(c.id))
                r.fail(tr("the id must be lower-case letters, digits and underscores"));
            if (!r.failed() && c.kind != u"pharmacological" && c.kind != u"mechanism")
                r.fail(tr("kind “%1” is not pharmacological or mechanism").arg(c.kind));
            if (!r.failed() && data->classById.contains(c.id))
                r.fail(tr("duplicate class id “%1”").arg(c.id));
            if (r.failed())
                return r.error();
            const int index = int(data->classes.size());
            data->classById.insert(c.id, index);
            QSet<QString> keys { normalisedName(c.name) };
            for (const QString &s : std::as_const(c.synonyms))
                keys.insert(normalisedName(s));
            for (const QString &k : std::as_const(keys))
                data->classByName.insert(k, index);
            data->classes.push_back(std::move(c));
        }
    }

    // drugs/*.json
    {
        const QDir drugDir(dir.filePath(u"drugs"_s));
        if (!drugDir.exists())
            return makeError(ErrorCode::Io,
                             tr("The medicines reference data has no drugs directory."),
                             drugDir.path());
        const QStringList files =
                drugDir.entryList({ u"*.json"_s }, QDir::Files | QDir::Readable, QDir::Name);
        // Whose each name is, to report a name used twice.
        QHash<QString, QString> nameOwner;
        // Components are checked once every drug is known.
        struct Pending
        {
            QString file;
            QString entry;
        };
        std::vector<Pending> where;
        for (const QString &name : files) {
            const QString file = u"drugs/"_s + name;
            auto list = topList(dir, file, u"drugs"_s);
            if (!list)
                return list.error();
            for (qsizetype i = 0; i < list->size(); ++i) {
                const QJsonObject o = list->at(i).toObject();
                EntryReader r(file, entryName(int(i)), o);
                if (!list->at(i).isObject())
                    r.fail(tr("not an object"));
                Drug d;
                d.id = r.text(u"id"_s);
                r.setEntry(entryName(int(i), d.id));
                d.names = r.list(u"names"_s);
                d.brands = r.list(u"brands"_s, false);
                d.atc = r.text(u"atc"_s);
                d.classes = r.list(u"classes"_s);
                d.components = r.list(u"components"_s, false);
                d.usualAdultDose = r.text(u"usual_adult_dose"_s, false);
                d.sources = r.list(u"sources"_s, false);
                const QJsonArray forms = r.array(u"forms"_s, false);
                for (const QJsonValue &f : forms) {
                    if (!f.isObject())
                        return EntryReader::malformed(file, entryName(int(i), d.id),
                                                      tr("a form must be an object"));
                    EntryReader fr(file, entryName(int(i), d.id), f.toObject());
                    DrugForm form;
                    form.form = fr.text(u"form"_s);
                    form.strengths = fr.list(u"strengths"_s, false);
                    if (fr.failed())
                        return fr.error();
                    d.forms.append(form);
                }
                const QJsonObject guide = r.object(u"guide"_s, false);
                if (!r.failed()) {
                    EntryReader gr(file, entryName(int(i), d.id), guide);
                    d.guide.uses = gr.text(u"uses"_s, false);
                    d.guide.dosage = gr.text(u"dosage"_s, false);
                    d.guide.sideEffects = gr.text(u"side_effects"_s, false);
                    d.guide.precautions = gr.text(u"precautions"_s, false);
                    d.guide.seekHelp = gr.text(u"seek_help"_s, false);
                    if (gr.failed())
                        return gr.error();
                }
                if (!r.failed() && !isId(d.id))
                    r.fail(tr("the id must be lower-case letters, digits and underscores"));
                if (!r.failed() && d.names.isEmpty())
                    r.fail(tr("no generic name"));
                if (!r.failed() && !isAtc(d.atc))
                    r.fail(tr("ATC code “%1” is not a letter, two digits, two letters and two "
                              "digits")
                                   .arg(d.atc));
                if (!r.failed() && data->drugById.contains(d.id))
                    r.fail(tr("duplicate drug id “%1”").arg(d.id));
                for (const QString &c : std::as_const(d.classes))
                    if (!r.failed() && !data->classById.contains(c))
                        r.fail(tr("unknown class “%1”").arg(c));
                if (r.failed())
                    return r.error();
                for (const QString &n : QStringList { d.id } + d.names + d.brands) {
                    const QString key = normalisedName(n);
                    const QString owner = nameOwner.value(key);
                    if (!owner.isEmpty() && owner != d.id) {
                        r.fail(tr("duplicate name “%1” (also drug “%2”)").arg(n, owner));
                        return r.error();
                    }
                    nameOwner.insert(key, d.id);
                }
                const int index = int(data->drugs.size());
                data->drugById.insert(d.id, index);
                for (const QString &n : QStringList { d.id } + d.names + d.brands)
                    data->drugByName.insert(normalisedName(n), index);
                where.push_back({ file, entryName(int(i), d.id) });
                data->drugs.push_back(std::move(d));
            }
        }
        for (size_t i = 0; i < data->drugs.size(); ++i) {
            const Drug &d = data->drugs[i];
            for (const QString &c : d.components) {
                if (c == d.id || !data->drugById.contains(c))
                    return EntryReader::malformed(
                            where[i].file, where[i].entry,
                            c == d.id ? tr("a drug cannot be its own component")
                                      : tr("unknown drug id “%1” in components").arg(c));
                if (!data->drugs[size_t(data->drugById.value(c))].components.isEmpty())
                    return EntryReader::malformed(
                            where[i].file, where[i].entry,
                            tr("component “%1” is itself a combination").arg(c));
            }
        }
    }

    data->sides.reserve(data->drugs.size());
    for (const Drug &d : data->drugs) {
        QStringList sides { d.id };
        for (const QString &c : d.classes)
            sides.append(classPrefix + c);
        data->sides.push_back(sides);
    }

    // allergies.json
    {
        const QString file = u"allergies.json"_s;
        auto list = topList(dir, file, u"allergy_classes"_s);
        if (!list)
            return list.error();
        QSet<QString> ids;
        for (qsizetype i = 0; i < list->size(); ++i) {
            EntryReader r(file, entryName(int(i)), list->at(i).toObject());
            if (!list->at(i).isObject())
                r.fail(tr("not an object"));
            AllergyClass a;
            a.id = r.text(u"id"_s);
            r.setEntry(entryName(int(i), a.id));
            a.name = r.text(u"name"_s);
            a.synonyms = r.list(u"synonyms"_s, false);
            a.drugClasses = r.list(u"drug_classes"_s);
            a.severity = r.severity();
            a.effect = r.text(u"effect"_s);
            a.advice = r.text(u"advice"_s);
            a.sources = r.list(u"sources"_s, false);
            for (const QJsonValue &v : r.array(u"cross_sensitivity"_s, false)) {
                if (!v.isObject())
                    return EntryReader::malformed(file, entryName(int(i), a.id),
                                                  tr("a cross-sensitivity must be an object"));
                EntryReader cr(file, entryName(int(i), a.id), v.toObject());
                CrossSensitivity x;
                x.drugClass = cr.text(u"drug_class"_s);
                x.severity = cr.severity();
                x.effect = cr.text(u"effect"_s);
                x.advice = cr.text(u"advice"_s);
                if (!cr.failed() && !data->classById.contains(x.drugClass))
                    cr.fail(tr("unknown class “%1” in cross_sensitivity").arg(x.drugClass));
                if (cr.failed())
                    return cr.error();
                a.crossSensitivity.append(x);
            }
            if (!r.failed() && !isId(a.id))
                r.fail(tr("the id must be lower-case letters, digits and underscores"));
            if (!r.failed() && ids.contains(a.id))
                r.fail(tr("duplicate allergy class id “%1”").arg(a.id));
            for (const QString &c : std::as_const(a.drugClasses))
                if (!r.failed() && !data->classById.contains(c))
                    r.fail(tr("unknown class “%1”").arg(c));
            if (r.failed())
                return r.error();
            ids.insert(a.id);
            const int index = int(data->allergyClasses.size());
            QSet<QString> keys { normalisedName(a.name), normalisedName(a.id) };
            for (const QString &s : std::as_const(a.synonyms))
                keys.insert(normalisedName(s));
            for (const QString &k : std::as_const(keys))
                data->allergyByName.insert(k, index);
            data->allergyClasses.push_back(std::move(a));
        }
    }

    // interactions.json
    {
        const QString file = u"interactions.json"_s;
        auto list = topList(dir, file, u"interactions"_s);
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            EntryReader r(file, entryName(int(i)), list->at(i).toObject());
            if (!list->at(i).isObject())
                r.fail(tr("not an object"));
            Interaction x;
            x.a = r.text(u"a"_s);
            x.b = r.text(u"b"_s);
            r.setEntry(entryName(int(i), x.a + u" with "_s + x.b));
            x.severity = r.severity();
            x.effect = r.text(u"effect"_s);
            x.advice = r.text(u"advice"_s);
            x.sources = r.list(u"sources"_s, false);
            for (const QString &side : { x.a, x.b }) {
                if (r.failed())
                    break;
                if (side.startsWith(classPrefix)) {
                    if (!data->classById.contains(side.mid(classPrefix.size())))
                        r.fail(tr("unknown class “%1”").arg(side.mid(classPrefix.size())));
                } else if (!data->drugById.contains(side)) {
                    r.fail(tr("unknown drug id “%1”").arg(side));
                }
            }
            if (!r.failed() && data->interactionIndex.value(x.a).contains(x.b))
                r.fail(tr("the pair is written twice (also entry %1)")
                               .arg(data->interactionIndex.value(x.a).value(x.b).first() + 1));
            if (r.failed())
                return r.error();
            const int index = int(data->interactions.size());
            data->interactionIndex[x.a][x.b].append(index);
            if (x.a != x.b)
                data->interactionIndex[x.b][x.a].append(index);
            data->interactions.push_back(std::move(x));
        }
    }

    return ReferenceData(std::move(data));
}

const Result<ReferenceData> &ReferenceData::shipped()
{
    // A function-local static: initialised once, thread-safe.
    static const Result<ReferenceData> data = load(shippedDirectory.toString());
    return data;
}

QString ReferenceData::version() const
{
    return m_data->version;
}

QString ReferenceData::released() const
{
    return m_data->released;
}

const std::vector<Drug> &ReferenceData::drugs() const
{
    return m_data->drugs;
}

const std::vector<DrugClass> &ReferenceData::classes() const
{
    return m_data->classes;
}

const std::vector<AllergyClass> &ReferenceData::allergyClasses() const
{
    return m_data->allergyClasses;
}

const std::vector<Interaction> &ReferenceData::interactions() const
{
    return m_data->interactions;
}

const Drug *ReferenceData::findDrug(QStringView name) const
{
    const auto it = m_data->drugByName.constFind(normalisedName(name));
    return it == m_data->drugByName.cend() ? nullptr : &m_data->drugs[size_t(*it)];
}

const Drug *ReferenceData::drugById(QStringView id) const
{
    const auto it = m_data->drugById.constFind(id.toString());
    return it == m_data->drugById.cend() ? nullptr : &m_data->drugs[size_t(*it)];
}

const DrugClass *ReferenceData::classById(QStringView id) const
{
    const auto it = m_data->classById.constFind(id.toString());
    return it == m_data->classById.cend() ? nullptr : &m_data->classes[size_t(*it)];
}

QList<const Drug *> ReferenceData::expanded(const Drug &drug) const
{
    QList<const Drug *> out { &drug };
    for (const QString &c : drug.components)
        if (const Drug *component = drugById(c))
            out.append(component);
    return out;
}

AllergyMatch ReferenceData::resolveAllergy(QStringView allergy) const
{
    const QString key = normalisedName(allergy);
    AllergyMatch match;
    if (key.isEmpty())
        return match;
    for (auto it = m_data->allergyByName.constFind(key);
         it != m_data->allergyByName.cend() && it.key() == key; ++it)
        match.allergyClasses.append(*it);
    for (auto it = m_data->classByName.constFind(key);
         it != m_data->classByName.cend() && it.key() == key; ++it)
        match.drugClasses.append(m_data->classes[size_t(*it)].id);
    if (const Drug *drug = findDrug(key))
        match.drugs.append(drug->id);
    return match;
}

const QStringList &ReferenceData::interactionSides(const Drug &drug) const
{
    static const QStringList none;
    const Drug *first = m_data->drugs.data();
    const Drug *last = first + m_data->drugs.size();
    const std::less<const Drug *> before;
    Q_ASSERT(!before(&drug, first) && before(&drug, last));
    if (before(&drug, first) || !before(&drug, last))
        return none;
    return m_data->sides[size_t(&drug - first)];
}

const QList<int> &ReferenceData::interactionsBetween(const QString &sideA,
                                                     const QString &sideB) const
{
    static const QList<int> none;
    const auto outer = m_data->interactionIndex.constFind(sideA);
    if (outer == m_data->interactionIndex.cend())
        return none;
    const auto inner = outer->constFind(sideB);
    return inner == outer->cend() ? none : *inner;
}

} // namespace clinic
