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
//
// `clinic-cli rx keygen --out FILE`: a new Ed25519 prescriber key pair (core/crypto/signing)
// into FILE, a new file readable by its owner only; prints {"public_key", "fingerprint"}.
// `clinic-cli rx sign --key FILE`: reads rx.prescribe's arguments (a JSON object holding every
// signed field but key_fingerprint, as the server will write them: the patient snapshot,
// prescriber_id, prescriber_name, drug_name) on standard input and prints them with
// key_fingerprint and signature over PrescriptionSignature::canonicalBytes. For scripts that
// prescribe as a doctor whose key is not in a desktop store (scripts/demo-clinic.sh).
// Both: exit 2 with {"error": "..."} on standard output for an unreadable or malformed key
// file, input that is not such an object, or a missing or mistyped field.
int runRxCommand(const QStringList &arguments);

} // namespace clinic
