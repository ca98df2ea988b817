#include "vitals/vitalkind.h"

namespace clinic {

using namespace Qt::StringLiterals;

QString VitalKinds::key(VitalKind kind)
{
    switch (kind) {
    case VitalKind::BloodPressure:
        return u"blood_pressure"_s;
    case VitalKind::HeartRate:
        return u"heart_rate"_s;
    case VitalKind::Temperature:
        return u"temperature"_s;
    case VitalKind::Glucose:
        return u"glucose"_s;
    case VitalKind::SpO2:
        return u"spo2"_s;
    case VitalKind::Weight:
        return u"weight"_s;
    }
    return {};
}

std::optional<VitalKind> VitalKinds::fromKey(const QString &key)
{
    for (VitalKind kind : allVitalKinds) {
        if (VitalKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString VitalKinds::displayName(VitalKind kind)
{
    switch (kind) {
    case VitalKind::BloodPressure:
        return tr("Blood pressure");
    case VitalKind::HeartRate:
        return tr("Heart rate");
    case VitalKind::Temperature:
        return tr("Temperature");
    case VitalKind::Glucose:
        return tr("Blood glucose");
    case VitalKind::SpO2:
        return tr("Oxygen saturation (SpO2)");
    case VitalKind::Weight:
        return tr("Weight");
    }
    return {};
}

} // namespace clinic
