// note.add: a plain note or message on a patient's record, by the patient or their care team.

#include "mutations/entitymutations.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxBody = 4000;

class NoteArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::NoteArgs)
public:
    QString id;
    QString patientId;
    QString body;

    static Result<NoteArgs> read(const QCborMap &args)
    {
        NoteArgs note { args.value(u"id"_s).toString(), args.value(u"patient_id"_s).toString(),
                        args.value(u"body"_s).toString().trimmed() };
        if (!MutationArgs::isId(note.id) || !MutationArgs::isId(note.patientId))
            return MutationArgs::invalid(tr("The note's ids are missing or malformed."));
        if (note.body.isEmpty())
            return MutationArgs::invalid(tr("The note is empty."));
        if (note.body.size() > maxBody)
            return MutationArgs::invalid(tr("The note is longer than %1 characters.").arg(maxBody));
        return note;
    }
};

Result<Ownership> noteOwnership(MutationContext &context, const QCborMap &args)
{
    auto note = NoteArgs::read(args);
    if (!note)
        return note.error();
    return context.patientOwnership(note->patientId);
}

Result<void> addNote(MutationContext &context, const QCborMap &args)
{
    auto note = NoteArgs::read(args);
    if (!note)
        return note.error();
    auto existing = context.find(u"note", note->id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Conflict, NoteArgs::tr("This note was already added."));
    return context.put(u"note", note->id,
                       { { u"patient_id"_s, note->patientId },
                         { u"author_id"_s, context.actor().accountId },
                         { u"author_name"_s, context.actor().displayName },
                         { u"body"_s, note->body },
                         { u"created_at"_s, context.now() } });
}

} // namespace

const QList<MutationType> &noteMutations()
{
    static const QList<MutationType> types {
        { "note.add", Action::SendMessage, &noteOwnership, &addNote },
    };
    return types;
}

} // namespace clinic
