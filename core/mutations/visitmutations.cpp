// visit.summarize: the doctor's summary of a visit (SPEC S4, S8): what was found and agreed,
// kept in the patient's record, which the patient reads too. One summary per visit, by that
// visit's doctor, rewritten as often as they like (during the call and after it).
// visit.chat: a message one participant sent in the visit's call chat, kept with the visit.

#include "mutations/entitymutations.h"
#include "scheduling/appointment.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxSummary = 8000;

class VisitArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::VisitArgs)
public:
    QString appointmentId;
    QString summary;

    static Result<VisitArgs> read(const QCborMap &args)
    {
        VisitArgs visit { args.value(u"appointment_id"_s).toString(),
                          args.value(u"summary"_s).toString().trimmed() };
        if (!MutationArgs::isId(visit.appointmentId))
            return MutationArgs::invalid(tr("The visit is missing."));
        if (visit.summary.isEmpty())
            return MutationArgs::invalid(tr("The summary is empty."));
        if (visit.summary.size() > maxSummary)
            return MutationArgs::invalid(
                    tr("The summary is longer than %1 characters.").arg(maxSummary));
        return visit;
    }

    static Result<QCborMap> appointment(MutationContext &context, const QString &id)
    {
        auto row = context.find(u"appointment", id);
        if (!row)
            return row.error();
        if (!row->has_value() || (*row)->value(u"deleted"_s).toBool())
            return makeError(ErrorCode::NotFound, tr("There is no such visit."));
        return **row;
    }
};

// A visit mutation's arguments, checked (Args::read), and the live visit they name.
template<typename Args>
struct OnVisit
{
    Args args;
    QCborMap appointment;
};

template<typename Args>
Result<OnVisit<Args>> onVisit(MutationContext &context, const QCborMap &raw)
{
    auto args = Args::read(raw);
    if (!args)
        return args.error();
    auto appointment = VisitArgs::appointment(context, args->appointmentId);
    if (!appointment)
        return appointment.error();
    return OnVisit<Args> { std::move(args).value(), std::move(appointment).value() };
}

// Only the visit's own doctor writes its summary: another doctor of the patient's care team
// acts on someone else's visit.
Result<Ownership> summaryOwnership(MutationContext &context, const QCborMap &args)
{
    auto on = onVisit<VisitArgs>(context, args);
    if (!on)
        return on.error();
    return on->appointment.value(u"provider_id"_s).toString() == context.actor().accountId
            ? Ownership::Own
            : Ownership::Other;
}

// A visit that took place, or is taking place: confirmed (a video visit has no arrival at the
// desk), checked in or completed.
bool canBeSummarized(const QCborMap &appointment)
{
    const auto status =
            AppointmentStatuses::fromName(appointment.value(u"status"_s).toString());
    return status == AppointmentStatus::Confirmed || status == AppointmentStatus::CheckedIn
            || status == AppointmentStatus::Completed;
}

Result<void> summarize(MutationContext &context, const QCborMap &args)
{
    auto on = onVisit<VisitArgs>(context, args);
    if (!on)
        return on.error();
    const VisitArgs &visit = on->args;
    const QCborMap &appointment = on->appointment;
    if (!canBeSummarized(appointment))
        return makeError(ErrorCode::Conflict,
                         VisitArgs::tr("Only a confirmed, checked-in or completed visit can have "
                                       "a summary."));
    auto existing = context.find(u"visit_summary", visit.appointmentId);
    if (!existing)
        return existing.error();
    QCborMap changes { { u"patient_id"_s, appointment.value(u"patient_id"_s) },
                       { u"provider_id"_s, appointment.value(u"provider_id"_s) },
                       { u"provider_name"_s, context.actor().displayName },
                       { u"summary"_s, visit.summary } };
    if (!existing->has_value())
        changes.insert(u"created_at"_s, context.now());
    return context.put(u"visit_summary", visit.appointmentId, changes);
}

// --- visit.chat ---------------------------------------------------------------------------
// The chat of a video visit's call travels sealed end to end through the relay, which cannot
// read it; so each participant's own client keeps the messages IT SENT with the visit. The
// author is whoever pushes (never an argument), and only the visit's doctor and patient write.

class ChatArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ChatArgs)
public:
    QString id;
    QString appointmentId;
    QString callId;
    QString body;
    qint64 sentAt = 0;

    static Result<ChatArgs> read(const QCborMap &args)
    {
        ChatArgs chat { args.value(u"id"_s).toString(), args.value(u"appointment_id"_s).toString(),
                        args.value(u"call_id"_s).toString(), args.value(u"body"_s).toString(), 0 };
        if (!MutationArgs::isId(chat.id))
            return MutationArgs::invalid(tr("The message has no id."));
        if (!MutationArgs::isId(chat.appointmentId))
            return MutationArgs::invalid(VisitArgs::tr("The visit is missing."));
        if (!MutationArgs::isId(chat.callId))
            return MutationArgs::invalid(tr("The call is missing."));
        if (chat.body.trimmed().isEmpty())
            return MutationArgs::invalid(tr("The message is empty."));
        if (chat.body.size() > VisitChat::maxBodyLength)
            return MutationArgs::invalid(
                    tr("A chat message is at most %1 characters.").arg(VisitChat::maxBodyLength));
        auto sentAt = MutationArgs::instant(args, "sent_at"_L1);
        if (!sentAt)
            return sentAt.error();
        chat.sentAt = *sentAt;
        return chat;
    }
};

// The visit's doctor and its patient are its participants; anyone else, a colleague on the
// care team included, is not.
Result<Ownership> chatOwnership(MutationContext &context, const QCborMap &args)
{
    auto on = onVisit<ChatArgs>(context, args);
    if (!on)
        return on.error();
    const QString &actor = context.actor().accountId;
    return on->appointment.value(u"provider_id"_s).toString() == actor
                    || on->appointment.value(u"patient_id"_s).toString() == actor
            ? Ownership::Own
            : Ownership::Other;
}

Result<void> chat(MutationContext &context, const QCborMap &args)
{
    auto on = onVisit<ChatArgs>(context, args);
    if (!on)
        return on.error();
    const ChatArgs &chat = on->args;
    const QCborMap &appointment = on->appointment;
    if (appointment.value(u"modality"_s).toString() != u"video")
        return makeError(ErrorCode::InvalidArgument,
                         ChatArgs::tr("Only a video visit has a call chat."));
    // The visit's states in which a call may be or have been held (a video visit completes
    // from confirmed; a message written during the call may reach the server after that).
    if (!canBeSummarized(appointment))
        return makeError(ErrorCode::Conflict,
                         ChatArgs::tr("Only a confirmed, checked-in or completed visit has a "
                                      "call chat."));
    // A clock a little ahead is forgiven; a message from the future is not one.
    if (chat.sentAt > context.now() + VisitChat::maxClockAheadMs)
        return MutationArgs::invalid(ChatArgs::tr("The message's time is in the future."));
    const QString &author = context.actor().accountId;
    const QString notYours = ChatArgs::tr("This message is someone else's.");
    if (auto owned = context.checkOwner(u"visit_chat", chat.id, u"author_id"_s, author, notYours);
        !owned)
        return owned;
    auto existing = context.find(u"visit_chat", chat.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        // Kept as sent: the same message again changes nothing; another text under its id is
        // refused, so nobody rewrites what the other side read.
        const QCborMap &row = **existing;
        if (row.value(u"body"_s).toString() == chat.body
            && row.value(u"appointment_id"_s).toString() == chat.appointmentId)
            return {};
        return makeError(ErrorCode::Conflict,
                         ChatArgs::tr("A chat message is kept as it was sent."));
    }
    // A new message (one kept already was answered above): counted, not read, since the
    // visit may hold 2,000 messages of 4,096 characters and this runs for every one pushed.
    auto held = context.countLive(u"visit_chat",
                                  { { u"appointment_id"_s, chat.appointmentId },
                                    { u"author_id"_s, author } });
    if (!held)
        return held.error();
    if (*held >= VisitChat::maxMessagesPerAuthor)
        return makeError(ErrorCode::Conflict,
                         ChatArgs::tr("This visit's chat holds the most messages one person may "
                                      "keep with it (%1).")
                                 .arg(VisitChat::maxMessagesPerAuthor));
    return context.put(u"visit_chat", chat.id,
                       { { u"appointment_id"_s, chat.appointmentId },
                         { u"call_id"_s, chat.callId },
                         { u"patient_id"_s, appointment.value(u"patient_id"_s) },
                         { u"provider_id"_s, appointment.value(u"provider_id"_s) },
                         { u"author_id"_s, author },
                         { u"author_name"_s, context.actor().displayName },
                         { u"body"_s, chat.body },
                         { u"sent_at"_s, chat.sentAt } });
}

} // namespace

const QList<MutationType> &visitMutations()
{
    static const QList<MutationType> types {
        { "visit.summarize", Action::WriteVisitSummary, &summaryOwnership, &summarize },
        // A message between the visit's two participants: the policy's message.send.
        { "visit.chat", Action::SendMessage, &chatOwnership, &chat },
    };
    return types;
}

} // namespace clinic
