#pragma once

// The medicines reference data shipped with every program (resources/reference, its format in
// resources/reference/README.md): drugs, drug classes, allergy classes and interactions,
// loaded once, checked as they load, then read-only and shared between threads.

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace clinic {

// Ordered: a larger value is more severe.
enum class Severity { Minor = 1, Moderate = 2, Major = 3, Contraindicated = 4 };

// "contraindicated", "major", "moderate", "minor": the words of the data files and the CLI.
QString severityName(Severity severity);
std::optional<Severity> parseSeverity(QStringView text);

struct DrugForm
{
    QString form;
    QStringList strengths;
};

// The patient's medication guide: plain words, one to four sentences each.
struct MedicationGuide
{
    QString uses;
    QString dosage;
    QString sideEffects;
    QString precautions;
    QString seekHelp;
};

struct Drug
{
    QString id; // stable forever: prescriptions keep it
    QStringList names; // generic names, the INN first
    QStringList brands;
    QString atc;
    QStringList classes; // DrugClass ids
    QStringList components; // Drug ids, for a combination product
    QList<DrugForm> forms;
    QString usualAdultDose;
    MedicationGuide guide;
    QStringList sources; // keys of SOURCES.md

    QString name() const { return names.value(0); }
};

struct DrugClass
{
    QString id;
    QString name;
    QString kind; // "pharmacological" or "mechanism"
    QStringList synonyms;
};

struct CrossSensitivity
{
    QString drugClass;
    Severity severity = Severity::Minor;
    QString effect;
    QString advice;
};

struct AllergyClass
{
    QString id;
    QString name;
    QStringList synonyms;
    QStringList drugClasses;
    Severity severity = Severity::Contraindicated;
    QString effect;
    QString advice;
    QList<CrossSensitivity> crossSensitivity;
    QStringList sources;
};

// One side of an interaction is a drug id or "class:<class id>".
struct Interaction
{
    QString a;
    QString b;
    Severity severity = Severity::Minor;
    QString effect;
    QString advice;
    QStringList sources;

    // How many of the two sides name a drug rather than a class (0, 1 or 2): at equal
    // severity the more specific entry is the one reported.
    int drugSides() const;
    // "warfarin + class:nsaid": names the entry in an audit trail, with the data version.
    QString key() const { return a + u" + " + b; }
};

// What a recorded allergy ("penicillin", "Amoxil", "sulfa") stands for in the data.
struct AllergyMatch
{
    QList<int> allergyClasses; // indexes into allergyClasses()
    QStringList drugClasses; // drug classes named directly (by name or synonym)
    QStringList drugs; // drug ids named directly (by name or brand)

    bool isEmpty() const
    {
        return allergyClasses.isEmpty() && drugClasses.isEmpty() && drugs.isEmpty();
    }
};

class ReferenceData
{
public:
    // The shipped set, compiled in as Qt resources.
    static constexpr QStringView shippedDirectory = u":/reference";

    // Reads and checks a whole set from a directory laid out as resources/reference. A
    // malformed file is an error naming the file, the entry and what is wrong.
    static Result<ReferenceData> load(const QString &directory = shippedDirectory.toString());

    // The shipped set, loaded on first use (thread-safe); the programs share it.
    static const Result<ReferenceData> &shipped();

    QString version() const;
    QString released() const;

    const std::vector<Drug> &drugs() const;
    const std::vector<DrugClass> &classes() const;
    const std::vector<AllergyClass> &allergyClasses() const;
    const std::vector<Interaction> &interactions() const;

    // By id, any generic name or any brand; case-insensitive, surrounding and repeated
    // spaces ignored. nullptr when nothing matches.
    const Drug *findDrug(QStringView name) const;
    const Drug *drugById(QStringView id) const;
    const DrugClass *classById(QStringView id) const;

    // The drug itself and, for a combination product, each of its components.
    QList<const Drug *> expanded(const Drug &drug) const;

    // Allergy classes by synonym, drug classes by name or synonym, drugs by name or brand.
    AllergyMatch resolveAllergy(QStringView allergy) const;

    // Indexes into interactions() of the entries between two sides (a drug id or
    // "class:<id>"), either way round; empty when none. A few hash lookups.
    const QList<int> &interactionsBetween(const QString &sideA, const QString &sideB) const;

    // The sides an interaction can name this drug by: its id and "class:<id>" of each of its
    // classes (components not included). The drug must belong to this set.
    const QStringList &interactionSides(const Drug &drug) const;

    // The key used for every name lookup.
    static QString normalisedName(QStringView name);

private:
    struct Data;
    explicit ReferenceData(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;
};

} // namespace clinic
