#pragma once

#include <QStringList>

namespace clinic {

// `clinic-cli rx check DRUG [--with DRUG,...] [--allergy ALLERGY,...]`: checks a medicine
// offline against other medicines and allergies with the shipped reference data
// (core/pharmacy) and prints one JSON object on standard output:
//   {"drug", "reference_version", "findings": [{"kind", "with", "severity", "effect", "advice"}]}
// Exit codes: 0 checked (with or without findings); 2 an unknown drug or allergy
// ({"error": "unknown drug: NAME"} on standard output) or a wrong command line (a message on
// standard error, nothing on standard output); 1 the reference data could not be loaded.
// CLINIC_REFERENCE_DIR, when set, names a directory to read the data from instead (tests).
int runRxCommand(const QStringList &arguments);

} // namespace clinic
