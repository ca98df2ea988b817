#include "pharmacyformat.h"

#include <QDateTime>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

const QStringList &PharmacyFormat::fillStatuses()
{
    static const QStringList statuses { u"new"_s,       u"in_progress"_s, u"ready"_s,
                                        u"dispensed"_s, u"rejected"_s,    u"returned"_s };
    return statuses;
}

QString PharmacyFormat::fillStatus(const QString &status)
{
    if (status == u"new")
        return tr("New");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"ready")
        return tr("Ready for pick-up");
    if (status == u"dispensed")
        return tr("Dispensed");
    if (status == u"rejected")
        return tr("Rejected");
    if (status == u"returned")
        return tr("Returned to prescriber");
    return status;
}

QString PharmacyFormat::drug(const QString &name, const QString &strength, const QString &form)
{
    QStringList parts { name };
    if (!strength.isEmpty())
        parts << strength;
    if (!form.isEmpty())
        parts << form;
    return parts.join(u' ');
}

QString PharmacyFormat::when(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"d MMM yyyy, HH:mm"_s);
}

QString PharmacyFormat::severity(const QString &severity)
{
    if (severity == u"contraindicated")
        return tr("Contraindicated");
    if (severity == u"major")
        return tr("Major");
    if (severity == u"moderate")
        return tr("Moderate");
    if (severity == u"minor")
        return tr("Minor");
    return severity;
}

} // namespace clinic::ui
