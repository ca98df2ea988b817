// condition.*, allergy.*, medication.*, insurance.*: the lists of a patient's record. Each kind
// is a table of short texts; `put` adds or edits an item, `remove` deletes it. The patient and
// their care team keep the clinical lists; insurance is the front desk's too.

#include "mutations/entitymutations.h"

#include <QDate>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

struct ItemField
{
    const char *name;
    qsizetype maxLength;
    bool required;
    QStringList allowed; // empty: any text
    bool isDate = false;
};

struct ItemKind
{
    QString table;
    QList<ItemField> fields;
};

const ItemKind &condition()
{
    static const ItemKind kind { u"patient_condition"_s,
                                 { { "name", 200, true, {} },
                                   { "status", 20, false, { u"active"_s, u"resolved"_s } },
                                   { "since", 40, false, {} },
                                   { "note", 1000, false, {} } } };
    return kind;
}

const ItemKind &allergy()
{
    static const ItemKind kind {
        u"patient_allergy"_s,
        { { "substance", 200, true, {} },
          { "reaction", 200, false, {} },
          { "severity", 20, true, { u"mild"_s, u"moderate"_s, u"severe"_s } } }
    };
    return kind;
}

const ItemKind &medication()
{
    static const ItemKind kind { u"patient_medication"_s,
                                 { { "name", 200, true, {} },
                                   { "dose", 100, false, {} },
                                   { "frequency", 100, false, {} },
                                   { "note", 1000, false, {} } } };
    return kind;
}

const ItemKind &insurance()
{
    static const ItemKind kind { u"insurance_policy"_s,
                                 { { "insurer", 200, true, {} },
                                   { "policy_number", 60, true, {} },
                                   { "group_number", 60, false, {} },
                                   { "holder_name", 200, false, {} },
                                   { "valid_until", 10, false, {}, true } } };
    return kind;
}

class ItemArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ItemArgs)
public:
    static Result<QString> id(const QCborMap &args)
    {
        const QString id = args.value(u"id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The item id is missing or malformed."));
        return id;
    }

    static Result<QString> patientId(const QCborMap &args)
    {
        const QString id = args.value(u"patient_id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The patient is missing."));
        return id;
    }

    // Every field of the kind, checked; an absent optional field is written empty.
    static Result<QCborMap> fields(const ItemKind &kind, const QCborMap &args)
    {
        QCborMap columns;
        for (const ItemField &field : kind.fields) {
            const QString key = QString::fromLatin1(field.name);
            const QString text = args.value(key).toString().trimmed();
            if (field.required && text.isEmpty())
                return MutationArgs::invalid(tr("“%1” is needed.").arg(key));
            if (text.size() > field.maxLength)
                return MutationArgs::invalid(tr("“%1” is too long.").arg(key));
            if (!text.isEmpty() && !field.allowed.isEmpty() && !field.allowed.contains(text))
                return MutationArgs::invalid(
                        tr("“%1” must be one of: %2.").arg(key, field.allowed.join(u", ")));
            if (field.isDate) {
                if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
                    return MutationArgs::invalid(
                            tr("“%1” must be a date like 2027-12-31.").arg(key));
                columns.insert(key, text.isEmpty() ? QCborValue(QCborValue::Null) : text);
                continue;
            }
            columns.insert(key,
                           text.isEmpty() && !field.allowed.isEmpty()
                                   ? field.allowed.first() // a choice defaults to its first
                                   : text);
        }
        return columns;
    }
};

// Who may change the item: the patient's relation to the actor. The patient named in the args
// must be the item's own when it exists, so nobody moves an item into another's record.
Result<Ownership> itemOwnership(MutationContext &context, const ItemKind &kind,
                                const QCborMap &args)
{
    auto id = ItemArgs::id(args);
    auto patientId = ItemArgs::patientId(args);
    if (!id || !patientId)
        return !id ? id.error() : patientId.error();
    if (auto owner = context.checkOwner(kind.table, *id, u"patient_id"_s, *patientId,
                                        ItemArgs::tr("This item belongs to another patient's "
                                                     "record."));
        !owner)
        return owner.error();
    return context.patientOwnership(*patientId);
}

Result<void> putItem(MutationContext &context, const ItemKind &kind, const QCborMap &args)
{
    auto columns = ItemArgs::fields(kind, args);
    if (!columns)
        return columns.error();
    columns->insert(u"patient_id"_s, args.value(u"patient_id"_s).toString());
    return context.put(kind.table, args.value(u"id"_s).toString(), *columns);
}

Result<void> removeItem(MutationContext &context, const ItemKind &kind, const QCborMap &args)
{
    return context.removeLive(kind.table, args.value(u"id"_s).toString(),
                              ItemArgs::tr("This item is no longer there."));
}

// The four functions a kind's two mutations need, made from the kind.
template<const ItemKind &(*kind)()>
struct ItemMutations
{
    static Result<Ownership> ownership(MutationContext &context, const QCborMap &args)
    {
        return itemOwnership(context, kind(), args);
    }
    static Result<void> put(MutationContext &context, const QCborMap &args)
    {
        return putItem(context, kind(), args);
    }
    static Result<void> remove(MutationContext &context, const QCborMap &args)
    {
        return removeItem(context, kind(), args);
    }
};

using Conditions = ItemMutations<&condition>;
using Allergies = ItemMutations<&allergy>;
using Medications = ItemMutations<&medication>;
using Policies = ItemMutations<&insurance>;

} // namespace

const QList<MutationType> &healthRecordMutations()
{
    const Action clinical = Action::EditHealthRecord;
    const Action profile = Action::EditPatientProfile; // the front desk keeps insurance
    static const QList<MutationType> types {
        { "condition.put", clinical, &Conditions::ownership, &Conditions::put },
        { "condition.remove", clinical, &Conditions::ownership, &Conditions::remove },
        { "allergy.put", clinical, &Allergies::ownership, &Allergies::put },
        { "allergy.remove", clinical, &Allergies::ownership, &Allergies::remove },
        { "medication.put", clinical, &Medications::ownership, &Medications::put },
        { "medication.remove", clinical, &Medications::ownership, &Medications::remove },
        { "insurance.put", profile, &Policies::ownership, &Policies::put },
        { "insurance.remove", profile, &Policies::ownership, &Policies::remove },
    };
    return types;
}

} // namespace clinic
