#include "rxformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

QString RxFormat::medicine(const QString &drugName, const QString &strength, const QString &form)
{
    QStringList parts { drugName };
    if (!strength.isEmpty())
        parts << strength;
    if (!form.isEmpty())
        parts << form;
    return parts.join(u' ');
}

QString RxFormat::medicine(const PrescriptionInfo &rx)
{
    return medicine(rx.drugName, rx.strength, rx.form);
}

QString RxFormat::fillStatus(const QString &status)
{
    if (status == u"new")
        return tr("Sent to the pharmacy");
    if (status == u"in_progress")
        return tr("Being prepared");
    if (status == u"ready")
        return tr("Ready for pick-up");
    if (status == u"dispensed")
        return tr("Picked up");
    if (status == u"rejected")
        return tr("Refused by the pharmacy");
    if (status == u"returned")
        return tr("Back with the doctor: the pharmacy asked a question");
    return tr("Not at the pharmacy yet");
}

QString RxFormat::prescriptionStatus(const QString &status)
{
    if (status == u"active")
        return tr("Active");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"completed")
        return tr("Completed");
    return status.left(40);
}

QString RxFormat::pharmacyStatus(const PrescriptionInfo &rx)
{
    if (rx.status == u"cancelled")
        return tr("Cancelled by the doctor");
    if (rx.fills.isEmpty())
        return fillStatus({});
    const PrescriptionFillInfo &fill = rx.fills.constLast();
    QString text = fillStatus(fill.status);
    if (fill.number > 1)
        text = tr("Refill %1: %2").arg(fill.number - 1).arg(text);
    if (fill.status == u"ready" && !rx.pharmacyName.isEmpty())
        text += tr(" at %1").arg(rx.pharmacyName);
    if (fill.status == u"rejected" && !fill.reason.isEmpty())
        text += tr(" (%1)").arg(fill.reason.left(200));
    return text;
}

QString RxFormat::severity(Severity severity)
{
    switch (severity) {
    case Severity::Contraindicated:
        return tr("Contraindicated");
    case Severity::Major:
        return tr("Major");
    case Severity::Moderate:
        return tr("Moderate");
    case Severity::Minor:
        return tr("Minor");
    }
    return {};
}

QColor RxFormat::severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Contraindicated:
        return QColor(0x7f, 0x00, 0x00);
    case Severity::Major:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Moderate:
        return QColor(0xb2, 0x54, 0x00);
    case Severity::Minor:
        return QColor(0x45, 0x5a, 0x64);
    }
    return Qt::black;
}

QString RxFormat::findingHtml(const MedicationFinding &f)
{
    const QString what = f.kind == MedicationFinding::Kind::Allergy
            ? tr("Allergy: %1").arg(f.with.toHtmlEscaped())
            : tr("With %1").arg(f.with.toHtmlEscaped());
    return u"<p><span style=\"background-color:%1; color:white; font-weight:bold;\">&nbsp;%2&nbsp;"
           u"</span> <b>%3</b><br>%4<br><i>%5</i></p>"_s.arg(
                   severityColour(f.severity).name(), severity(f.severity).toHtmlEscaped(), what,
                   f.effect.toHtmlEscaped(), f.advice.toHtmlEscaped());
}

QString RxFormat::findingsJson(const QList<MedicationFinding> &findings)
{
    QJsonArray array;
    for (const MedicationFinding &f : findings) {
        array.append(QJsonObject { { u"kind"_s, MedicationFinding::kindName(f.kind) },
                                   { u"with"_s, f.with },
                                   { u"severity"_s, severityName(f.severity) },
                                   { u"effect"_s, f.effect },
                                   { u"advice"_s, f.advice },
                                   { u"entry"_s, f.entry } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString RxFormat::date(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(),
                              QLocale::ShortFormat);
}

QString RxFormat::dateTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"d MMM yyyy, HH:mm"_s);
}

} // namespace clinic::ui
