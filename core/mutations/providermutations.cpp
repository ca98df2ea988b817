// provider.update_profile: a verified doctor's page in the directory (or the admin's
// correction of it). Everyone receives it; an unverified doctor has none, so is not listed.

#include "domain/role.h"
#include "mutations/entitymutations.h"

#include <QRegularExpression>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxLatitudeE6 = 90'000'000;
constexpr qint64 maxLongitudeE6 = 180'000'000;

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
        const QCborValue latitude = args.value(u"latitude_e6"_s);
        const QCborValue longitude = args.value(u"longitude_e6"_s);
        const bool placed = latitude.isInteger() && longitude.isInteger();
        if ((latitude.isInteger() != longitude.isInteger())
            || (placed
                && (qAbs(latitude.toInteger()) > maxLatitudeE6
                    || qAbs(longitude.toInteger()) > maxLongitudeE6)))
            return MutationArgs::invalid(tr("The location is not a place on Earth."));
        return QCborMap { { u"display_name"_s, name },
                          { u"specialties"_s, list(args.value(u"specialties"_s), 10) },
                          { u"languages"_s, list(args.value(u"languages"_s), 10) },
                          { u"modalities"_s, modalities },
                          { u"city"_s, args.value(u"city"_s).toString().trimmed().left(100) },
                          { u"latitude_e6"_s, placed ? latitude : QCborValue(QCborValue::Null) },
                          { u"longitude_e6"_s, placed ? longitude : QCborValue(QCborValue::Null) },
                          { u"bio"_s, args.value(u"bio"_s).toString().trimmed().left(2000) } };
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
    const QString id = args.value(u"id"_s).toString();
    if (AccountDirectory *accounts = context.accounts()) {
        const auto provider = accounts->account(id);
        if (!provider || !provider->active || provider->role != Role::Doctor)
            return makeError(ErrorCode::NotFound,
                             ProviderArgs::tr("Only a verified doctor is listed in the "
                                              "directory."));
    }
    return context.put(u"provider_profile", id, *columns);
}

} // namespace

const QList<MutationType> &providerMutations()
{
    static const QList<MutationType> types {
        { "provider.update_profile", Action::EditProviderProfile, &profileOwnership,
          &updateProfile },
    };
    return types;
}

} // namespace clinic
