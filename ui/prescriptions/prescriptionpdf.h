#pragma once

#include "pharmacy/prescriptionrepository.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace clinic::ui {

// A prescription as a one-page PDF for the patient's own files: the clinic, prescriber,
// patient and date of birth, the medicine and how to take it, the refills, when it was issued
// and the fingerprint of the key that signed it.
class PrescriptionPdf
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ui::PrescriptionPdf)
public:
    static Result<void> write(const PrescriptionInfo &rx, const QString &clinicName,
                              const QString &path);
};

} // namespace clinic::ui
