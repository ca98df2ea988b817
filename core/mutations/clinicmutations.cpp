// location.put / location.remove and clinic.set_cancellation_window: what the admin sets for
// the whole clinic. Everyone receives it (the "directory" bucket).

#include "mutations/entitymutations.h"

#include <QTimeZone>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxCancellationWindowHours = 14 * 24;

class ClinicArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ClinicArgs)
public:
    static Result<QCborMap> location(const QCborMap &args)
    {
        const QString name = args.value(u"name"_s).toString().trimmed();
        if (name.isEmpty() || name.size() > 120)
            return MutationArgs::invalid(tr("A location needs a name of up to 120 characters."));
        const QString zone = args.value(u"time_zone"_s).toString();
        if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
            return MutationArgs::invalid(tr("“%1” is not a time zone.").arg(zone));
        auto place = MutationArgs::place(args);
        if (!place)
            return place.error();
        const auto text = [&args](const char *key, qsizetype max) {
            return args.value(QLatin1StringView(key)).toString().trimmed().left(max);
        };
        return QCborMap { { u"name"_s, name },
                          { u"address_line"_s, text("address_line", 200) },
                          { u"city"_s, text("city", 100) },
                          { u"postal_code"_s, text("postal_code", 20) },
                          { u"country"_s, text("country", 100) },
                          { u"phone"_s, text("phone", 40) },
                          { u"hours"_s, text("hours", 500) },
                          { u"time_zone"_s, zone },
                          { u"latitude_e6"_s, place->first },
                          { u"longitude_e6"_s, place->second } };
    }
};

Result<Ownership> clinicWide(MutationContext &, const QCborMap &args)
{
    if (args.contains(u"id"_s) && !MutationArgs::isId(args.value(u"id"_s).toString()))
        return MutationArgs::invalid(ClinicArgs::tr("The location id is malformed."));
    return Ownership::Other;
}

Result<void> putLocation(MutationContext &context, const QCborMap &args)
{
    auto columns = ClinicArgs::location(args);
    if (!columns)
        return columns.error();
    const QString id = args.value(u"id"_s).toString();
    if (id.isEmpty())
        return MutationArgs::invalid(ClinicArgs::tr("The location id is missing."));
    return context.put(u"clinic_location", id, *columns);
}

Result<void> removeLocation(MutationContext &context, const QCborMap &args)
{
    return context.removeLive(u"clinic_location", args.value(u"id"_s).toString(),
                              ClinicArgs::tr("There is no such location."));
}

Result<void> setCancellationWindow(MutationContext &context, const QCborMap &args)
{
    const QCborValue hours = args.value(u"hours"_s);
    if (!hours.isInteger() || hours.toInteger() < 0
        || hours.toInteger() > maxCancellationWindowHours)
        return MutationArgs::invalid(ClinicArgs::tr("The cancellation window is 0 to %1 hours.")
                                             .arg(maxCancellationWindowHours));
    return context.put(u"clinic_setting", ClinicSettings::cancellationWindow.toString(),
                       { { u"value"_s, QString::number(hours.toInteger()) } });
}

} // namespace

Result<int> ClinicSettings::cancellationWindowHours(MutationContext &context)
{
    auto row = context.find(u"clinic_setting", cancellationWindow.toString());
    if (!row)
        return row.error();
    if (!row->has_value() || (*row)->value(u"deleted"_s).toBool())
        return 0;
    return (*row)->value(u"value"_s).toString().toInt();
}

const QList<MutationType> &clinicMutations()
{
    static const QList<MutationType> types {
        { "location.put", Action::ManageClinic, &clinicWide, &putLocation },
        { "location.remove", Action::ManageClinic, &clinicWide, &removeLocation },
        { "clinic.set_cancellation_window", Action::ManageClinic, &clinicWide,
          &setCancellationWindow },
    };
    return types;
}

} // namespace clinic
