#pragma once

// The medicines reference data as loaded into the local store (client migration 0018): drug
// search, a drug with its forms and dose, its medication guide, and which set is loaded. The
// set is written only by load(), at start, on the worker that opens the store (SignInFlow);
// the windows read it. MedicationCheck keeps the in-memory ReferenceData, as the server does,
// so both run the identical check; the store's copy is the same files (tst_referencestore).

#include "pharmacy/referencedata.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace clinic {

// The set the store holds.
struct LoadedReference
{
    QString version; // manifest.json's
    QString released;
    QString digest; // ReferenceRepository::digest() of the files loaded
    qint64 loadedAtMs = 0;
    int drugCount = 0;
};

// One drug found by a search.
struct DrugMatch
{
    QString id;
    QString name; // the INN
    QString matched; // the name that matched as written ("Advil", "acetaminophen")
    QStringList brands;
    // 0: a whole name, 1: a name starts so, 2: a word of a name starts so, 3: inside a name
    int rank = 3;
};

// What load() did.
struct ReferenceLoad
{
    bool written = false; // false: the store already held this version and digest
    qint64 elapsedMs = 0;
    LoadedReference loaded;
};

class ReferenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ReferenceRepository)
public:
    // SHA-256 (hex) of a data directory laid out as resources/reference: every file's path
    // relative to it and its bytes, in path order. Changes with any byte of any file.
    static Result<QString> digest(const QString &directory);
    // The shipped set's, computed once (thread-safe).
    static const Result<QString> &shippedDigest();

    // Replaces the store's reference tables with `data` in one transaction unless the store
    // already holds this version with this digest (then nothing is written). A failure rolls
    // back: the previous set stays whole. Slow-ish (tens of ms): call it on a worker, on a
    // connection of its own.
    static Result<ReferenceLoad> load(QSqlDatabase db, const ReferenceData &data,
                                      const QString &digest, qint64 nowMs);
    // load() of the shipped set.
    static Result<ReferenceLoad> loadShipped(QSqlDatabase db, qint64 nowMs);

    // The set the store holds; nullopt when none was loaded yet.
    static Result<std::optional<LoadedReference>> loaded(QSqlDatabase db);

    // Drugs by any generic name (INN and others such as US names), brand or id;
    // case-insensitive, spaces simplified. Ranked: a whole name, then names starting with
    // `text`, then a word of a name starting so, then the rest containing it; within a rank a
    // generic name before a brand, then by name. At most `limit`. An empty text lists every
    // drug by name (at most `limit`).
    static Result<QList<DrugMatch>> search(QSqlDatabase db, const QString &text, int limit = 50);
    // The drug named exactly so (id, generic name or brand; case-insensitive): one index
    // lookup.
    static Result<std::optional<DrugMatch>> findDrug(QSqlDatabase db, const QString &name);
    // A drug with everything the data has on it, its guide included.
    static Result<std::optional<Drug>> drug(QSqlDatabase db, const QString &id);
    static Result<std::optional<MedicationGuide>> guide(QSqlDatabase db, const QString &id);

    // Row counts of the reference tables, for checks and a support report.
    struct Counts
    {
        int drugs = 0;
        int names = 0;
        int classes = 0;
        int allergyClasses = 0;
        int interactions = 0;
        int guides = 0;
    };
    static Result<Counts> counts(QSqlDatabase db);
};

} // namespace clinic
