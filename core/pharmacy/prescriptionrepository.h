#pragma once

// Reads prescriptions, their fills and refill requests, the pharmacies and prescribers' keys
// from the local store (client migration 0016). They are written only through the mutations of
// core/mutations/prescriptionmutations.cpp and pharmacymutations.cpp (docs/pharmacy.md). The UI
// reads through here: no SQL in ui/.

#include "util/result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace clinic {

struct PharmacyInfo
{
    QString id;
    QString name;
    QString addressLine;
    QString city;
    QString postalCode;
    QString phone;
    QString hours;
    bool active = true;
};

// Which pharmacy a pharmacist works at (pharmacy_member), for the admin's list.
struct PharmacyMemberInfo
{
    QString staffId;
    QString staffName;
    QString pharmacyId;
};

struct PrescriptionFillInfo
{
    QString id; // "<prescription id>#<number>"
    QString prescriptionId;
    QString patientId;
    QString prescriberId;
    QString pharmacyId;
    int number = 1;
    QString status; // new, in_progress, ready, dispensed, rejected, returned
    QString reason; // a rejection's reason or the question returned to the prescriber
    QString answer; // the prescriber's answer to a returned fill
    qint64 createdAt = 0;
    qint64 statusAt = 0;
    QString statusBy;
    QString dispensedLots;
};

struct PrescriptionInfo
{
    QString id;
    QString patientId;
    QString prescriberId;
    QString prescriberName;
    QString pharmacyId;
    QString pharmacyName; // joined from pharmacy; empty when unknown here
    QString patientName;
    QString patientBirthDate; // yyyy-MM-dd or empty
    QString patientAllergies;
    QString drugId;
    QString drugName;
    QString strength;
    QString form;
    QString dose;
    QString directions;
    int quantity = 0;
    int refills = 0;
    bool substitutionAllowed = true;
    QString pharmacistNote;
    QString referenceVersion;
    QString checkFindings; // JSON text
    QString overrideReason;
    qint64 issuedAt = 0;
    QString keyFingerprint;
    QString signature;
    QString status; // active, cancelled, completed

    QList<PrescriptionFillInfo> fills; // by number
    int fillsAuthorised() const { return 1 + refills; }
    // Fills not yet made: 1 + refills - fills.size(), never below 0.
    int refillsLeft() const;
    // The newest fill's status ("" when none).
    QString latestFillStatus() const;
    // The row as PrescriptionSignature::canonicalBytes / verify read it.
    QCborMap toCbor() const;
};

struct RefillRequestInfo
{
    QString id;
    QString prescriptionId;
    QString patientId;
    QString prescriberId;
    QString note;
    qint64 requestedAt = 0;
    QString status; // requested, approved, denied
    QString reason;
    qint64 decidedAt = 0; // 0 while undecided
    QString fillId;
    // joined from the prescription, for lists
    QString drugName;
    QString strength;
    QString form;
    QString patientName;
};

struct PrescriberKeyInfo
{
    QString doctorId;
    QString doctorName;
    QString publicKey; // base64 of 32 bytes
    QString fingerprint;
    qint64 registeredAt = 0;
    QString previousKeys; // "fingerprint=base64" comma-separated
    // The row as PrescriptionSignature::verify reads it.
    QCborMap toCbor() const;
};

class PrescriptionRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PrescriptionRepository)
public:
    // One prescription with its fills; nullopt when not in this store (or deleted).
    static Result<std::optional<PrescriptionInfo>> prescription(QSqlDatabase db,
                                                                const QString &id);
    // A patient's prescriptions, newest first, each with its fills.
    static Result<QList<PrescriptionInfo>> ofPatient(QSqlDatabase db, const QString &patientId);
    // A prescriber's prescriptions, newest first, each with its fills; `patientId` non-empty
    // keeps that patient's only.
    static Result<QList<PrescriptionInfo>> ofPrescriber(QSqlDatabase db,
                                                        const QString &prescriberId,
                                                        const QString &patientId = {});
    // The patient's active prescriptions (status active), for the medication check.
    static Result<QList<PrescriptionInfo>> activeOfPatient(QSqlDatabase db,
                                                           const QString &patientId);
    // Refill requests of a prescription, newest first.
    static Result<QList<RefillRequestInfo>> refillRequestsOf(QSqlDatabase db,
                                                             const QString &prescriptionId);
    // Refill requests waiting for this prescriber's decision (status requested), oldest first.
    static Result<QList<RefillRequestInfo>> pendingRefillRequests(QSqlDatabase db,
                                                                  const QString &prescriberId);
    // Fills returned to this prescriber with a question (status returned), oldest first.
    static Result<QList<PrescriptionFillInfo>> returnedFills(QSqlDatabase db,
                                                             const QString &prescriberId);
    // The pharmacies, by name; `activeOnly` leaves out those that take no new prescriptions.
    static Result<QList<PharmacyInfo>> pharmacies(QSqlDatabase db, bool activeOnly = false);
    static Result<std::optional<PharmacyInfo>> pharmacy(QSqlDatabase db, const QString &id);
    // The patient's chosen pharmacy's id, or nullopt when none is chosen.
    static Result<std::optional<QString>> patientPharmacy(QSqlDatabase db,
                                                          const QString &patientId);
    // (The pharmacy a pharmacist works at: InventoryRepository::pharmacyOf.)
    // Every pharmacist's assignment, by name, for the admin's Clinic page.
    static Result<QList<PharmacyMemberInfo>> pharmacyMembers(QSqlDatabase db);
    // The registered public key of a doctor, or nullopt.
    static Result<std::optional<PrescriberKeyInfo>> prescriberKey(QSqlDatabase db,
                                                                  const QString &doctorId);
};

} // namespace clinic
