#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace clinic {

// The vital signs Clinic keeps (SPEC S10). Each is stored in one canonical unit (VitalUnits),
// so thresholds, charts and alerts compare like with like whatever unit it was taken in.
enum class VitalKind { BloodPressure, HeartRate, Temperature, Glucose, SpO2, Weight };

inline constexpr std::array allVitalKinds { VitalKind::BloodPressure, VitalKind::HeartRate,
                                            VitalKind::Temperature,   VitalKind::Glucose,
                                            VitalKind::SpO2,          VitalKind::Weight };

class VitalKinds
{
    Q_DECLARE_TR_FUNCTIONS(clinic::VitalKinds)
public:
    // As stored in vital_reading.kind: "blood_pressure", "heart_rate", "temperature",
    // "glucose", "spo2", "weight".
    static QString key(VitalKind kind);
    static std::optional<VitalKind> fromKey(const QString &key);
    // For people: "Blood pressure", "Heart rate", ...
    static QString displayName(VitalKind kind);
};

} // namespace clinic
