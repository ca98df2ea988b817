#pragma once

// Words and colours the prescription screens share: a fill's status as a patient reads it, a
// finding's severity, the check's findings as the prescription keeps them (JSON).

#include "pharmacy/medicationcheck.h"
#include "pharmacy/prescriptionrepository.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace clinic::ui {

using RxSubmit = std::function<Result<qint64>(const QString &name, const QCborMap &args)>;

class RxFormat
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ui::RxFormat)
public:
    // "amlodipine 5 mg tablet"
    static QString medicine(const QString &drugName, const QString &strength, const QString &form);
    static QString medicine(const PrescriptionInfo &rx);
    // The newest fill's status in words ("Ready for pick-up at Riverside Pharmacy").
    static QString pharmacyStatus(const PrescriptionInfo &rx);
    static QString fillStatus(const QString &status);
    static QString prescriptionStatus(const QString &status);
    static QString severity(Severity severity);
    static QColor severityColour(Severity severity);
    // One finding as rich text: a coloured severity badge, what happens and the advice.
    static QString findingHtml(const MedicationFinding &finding);
    // The findings as kept on the prescription (check_findings): a JSON array of objects with
    // kind, with, severity, effect, advice and entry.
    static QString findingsJson(const QList<MedicationFinding> &findings);
    static QString date(qint64 ms);
    static QString dateTime(qint64 ms);
};

} // namespace clinic::ui
