// provider.update_profile: a verified doctor's page in the directory (or the admin's
// correction of it). Everyone receives it; an unverified doctor has none, so is not listed.

#include "domain/role.h"
#include "mutations/entitymutations.h"

#include <QRegularExpression>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

class ProviderArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ProviderArgs)
public:
    // "Cardiology, Sports " -> "cardiology|sports"; the items in the order given, once each.
    static QString list(const QCborValue &value, qsizetype maxItems)
    {
        QStringList items;
        for (const QString &item : value.toString().split(QRegularExpression(u"[,|]"_s))) {
            const QString clean = item.trimmed().toLower().left(60);
            if (!clean.isEmpty() && !items.contains(clean))
                items << clean;
        }
        return items.mid(0, maxItems).join(u'|');
    }

    static Result<QCborMap> columns(const QCborMap &args)
    {
        const QString name = args.value(u"display_name"_s).toString().trimmed();
        if (name.isEmpty() || name.size() > 100)
            return MutationArgs::invalid(tr("The name must have 1 to 100 characters."));
        const QString modalities = list(args.value(u"modalities"_s), 2);
        for (const QString &modality : modalities.split(u'|', Qt::SkipEmptyParts)) {
            if (modality != u"in_person" && modality != u"video")
                return MutationArgs::invalid(tr("Visits are in person or by video."));
        }
        auto place = MutationArgs::place(args);
        if (!place)
            return place.error();
        return QCborMap { { u"display_name"_s, name },
                          { u"specialties"_s, list(args.value(u"specialties"_s), 10) },
                          { u"languages"_s, list(args.value(u"languages"_s), 10) },
                          { u"modalities"_s, modalities },
                          { u"city"_s, args.value(u"city"_s).toString().trimmed().left(100) },
                          { u"latitude_e6"_s, place->first },
                          { u"longitude_e6"_s, place->second },
                          { u"bio"_s, args.value(u"bio"_s).toString().trimmed().left(2000) },
                          { u"credentials"_s,
                            args.value(u"credentials"_s).toString().trimmed().left(2000) } };
    }

    // Years of experience, the fee and where the provider works: checked, added to `columns`.
    static Result<void> practice(MutationContext &context, const QCborMap &args, QCborMap &columns)
    {
        const QCborValue none(QCborValue::Null);
        const QCborValue years = args.value(u"years_experience"_s);
        if (!years.isUndefined() && !years.isNull()
            && (!years.isInteger() || years.toInteger() < 0 || years.toInteger() > 70))
            return MutationArgs::invalid(tr("Years of experience are 0 to 70."));
        columns.insert(u"years_experience"_s, years.isInteger() ? years : none);
        const QCborValue fee = args.value(u"fee_cents"_s);
        const QString currency = args.value(u"fee_currency"_s).toString().trimmed().toUpper();
        if (!fee.isUndefined() && !fee.isNull()
            && (!fee.isInteger() || fee.toInteger() < 0 || fee.toInteger() > 100'000'00))
            return MutationArgs::invalid(tr("The fee is not a price."));
        if (fee.isInteger()
            && !QRegularExpression(QRegularExpression::anchoredPattern(u"[A-Z]{3}"_s))
                        .match(currency)
                        .hasMatch())
            return MutationArgs::invalid(tr("The fee needs a currency such as EUR."));
        columns.insert(u"fee_cents"_s, fee.isInteger() ? fee : none);
        columns.insert(u"fee_currency"_s, fee.isInteger() ? currency : QString());
        QStringList locations =
                args.value(u"location_ids"_s).toString().split(u'|', Qt::SkipEmptyParts);
        locations.removeDuplicates();
        if (locations.size() > 10)
            return MutationArgs::invalid(tr("Up to 10 clinic locations."));
        for (const QString &id : std::as_const(locations)) {
            auto location = context.find(u"clinic_location", id);
            if (!location)
                return location.error();
            if (!location->has_value() || (**location).value(u"deleted"_s).toBool())
                return MutationArgs::invalid(tr("There is no such clinic location."));
        }
        columns.insert(u"location_ids"_s, locations.join(u'|'));
        return {};
    }
};

Result<Ownership> profileOwnership(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(ProviderArgs::tr("The provider is missing."));
    return id == context.actor().accountId ? Ownership::Own : Ownership::Other;
}

Result<void> updateProfile(MutationContext &context, const QCborMap &args)
{
    auto columns = ProviderArgs::columns(args);
    if (!columns)
        return columns.error();
    if (auto practice = ProviderArgs::practice(context, args, *columns); !practice)
        return practice;
    const QString id = args.value(u"id"_s).toString();
    if (AccountDirectory *accounts = context.accounts()) {
        const auto provider = accounts->account(id);
        if (!provider || !provider->active || provider->role != Role::Doctor)
            return makeError(ErrorCode::NotFound,
                             ProviderArgs::tr("Only a verified doctor is listed in the "
                                              "directory."));
        columns->insert(u"licence_number"_s, provider->licenceNumber);
    }
    auto existing = context.find(u"provider_profile", id);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) { // a new page: what only the server and ratings fill, empty
        if (!columns->contains(u"licence_number"_s))
            columns->insert(u"licence_number"_s, QString());
        columns->insert(u"rating_sum"_s, 0);
        columns->insert(u"rating_count"_s, 0);
    }
    return context.put(u"provider_profile", id, *columns);
}

// The page leaves the directory: the doctor's own choice, or the server's when an admin
// disables the account (ServerWorker::delist), so nobody finds a doctor who cannot be booked.
Result<void> removeProfile(MutationContext &context, const QCborMap &args)
{
    return context.removeLive(u"provider_profile", args.value(u"id"_s).toString(),
                              ProviderArgs::tr("This doctor is not listed in the directory."));
}

} // namespace

const QList<MutationType> &providerMutations()
{
    static const QList<MutationType> types {
        { "provider.update_profile", Action::EditProviderProfile, &profileOwnership,
          &updateProfile },
        { "provider.remove_profile", Action::EditProviderProfile, &profileOwnership,
          &removeProfile },
    };
    return types;
}

} // namespace clinic
