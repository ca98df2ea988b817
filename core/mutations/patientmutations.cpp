// patient.register (front desk) and patient.update (the patient, their care team, the front
// desk): the patient profile.

#include "mutations/entitymutations.h"
#include "protocol/message.h"

#include <QDate>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

struct ProfileField
{
    const char *name;
    qsizetype maxLength;
    bool required; // a name: never cleared
};

constexpr ProfileField profileFields[] = {
    { "family_name", 100, true },
    { "given_name", 100, true },
    { "birth_date", 10, false },
    { "sex", 20, false },
    { "phone", 40, false },
    { "email", 254, false },
    { "address_line", 200, false },
    { "city", 100, false },
    { "postal_code", 20, false },
    { "country", 100, false },
    { "preferred_language", 35, false },
    { "emergency_name", 100, false },
    { "emergency_phone", 40, false },
    { "emergency_relation", 40, false },
    { "preferred_providers", 650, false }, // up to 10 ids
};

class ProfileArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ProfileArgs)
public:
    // The id and the profile fields present in args, checked. An empty text or null clears an
    // optional field.
    static Result<std::pair<QString, QCborMap>> read(const QCborMap &args)
    {
        const QString id = args.value(u"id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The patient id is missing or malformed."));
        QCborMap fields;
        for (const ProfileField &field : profileFields) {
            const QString key = QString::fromLatin1(field.name);
            const QCborValue value = args.value(key);
            if (value.isUndefined())
                continue;
            if (!value.isString() && !value.isNull())
                return MutationArgs::invalid(tr("“%1” must be text.").arg(key));
            const QString text = value.toString().trimmed();
            if (text.size() > field.maxLength)
                return MutationArgs::invalid(tr("“%1” is too long.").arg(key));
            if (field.required && text.isEmpty())
                return MutationArgs::invalid(tr("The patient needs a given and a family name."));
            if (auto problem = check(key, text); !problem.isEmpty())
                return MutationArgs::invalid(problem);
            fields.insert(key, text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text));
        }
        return std::pair { id, fields };
    }

private:
    static QString check(const QString &key, const QString &text)
    {
        if (text.isEmpty())
            return {};
        if (key == u"birth_date") {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid() || date.year() < 1900)
                return tr("The birth date must be a date like 1984-03-21.");
        }
        if (key == u"email" && !text.contains(u'@'))
            return tr("The email address needs an “@”.");
        if (key == u"preferred_providers") {
            const QStringList ids = text.split(u'|');
            if (ids.size() > 10)
                return tr("Up to 10 preferred doctors.");
            for (const QString &id : ids) {
                if (!MutationArgs::isId(id))
                    return tr("A preferred doctor is not a valid id.");
            }
        }
        return {};
    }
};

bool hasNames(const QCborMap &row)
{
    return !row.value(u"family_name"_s).toString().isEmpty()
            && !row.value(u"given_name"_s).toString().isEmpty();
}

Result<Ownership> registerOwnership(MutationContext &, const QCborMap &args)
{
    auto read = ProfileArgs::read(args);
    if (!read)
        return read.error();
    return Ownership::Other;
}

Result<void> registerPatient(MutationContext &context, const QCborMap &args)
{
    auto read = ProfileArgs::read(args);
    if (!read)
        return read.error();
    const auto &[id, fields] = read.value();
    if (!hasNames(fields))
        return MutationArgs::invalid(
                ProfileArgs::tr("The patient needs a given and a family name."));
    auto existing = context.find(u"patient", id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Conflict,
                         ProfileArgs::tr("This patient is already registered."));
    return context.put(u"patient", id, fields);
}

Result<Ownership> updateOwnership(MutationContext &context, const QCborMap &args)
{
    auto read = ProfileArgs::read(args);
    if (!read)
        return read.error();
    if (read->second.isEmpty())
        return MutationArgs::invalid(ProfileArgs::tr("Nothing to change."));
    return context.patientOwnership(read->first);
}

Result<void> updatePatient(MutationContext &context, const QCborMap &args)
{
    auto read = ProfileArgs::read(args);
    if (!read)
        return read.error();
    const auto &[id, fields] = read.value();
    auto existing = context.find(u"patient", id);
    if (!existing)
        return existing.error();
    const bool present = existing->has_value() && !(*existing)->value(u"deleted"_s).toBool();
    // Patients write their own profile the first time they save it.
    const bool ownFirstSave = !present && id == context.actor().accountId;
    if (!present && !ownFirstSave)
        return makeError(ErrorCode::NotFound, ProfileArgs::tr("This patient is not registered."));
    if (ownFirstSave && !hasNames(fields))
        return MutationArgs::invalid(
                ProfileArgs::tr("The patient needs a given and a family name."));
    return context.put(u"patient", id, fields);
}

} // namespace

const QList<MutationType> &patientMutations()
{
    static const QList<MutationType> types {
        { "patient.register", Action::RegisterPatient, &registerOwnership, &registerPatient },
        { "patient.update", Action::EditPatientProfile, &updateOwnership, &updatePatient },
    };
    return types;
}

} // namespace clinic
