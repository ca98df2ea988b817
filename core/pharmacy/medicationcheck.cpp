#include "medicationcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MedicationCheck", text);
}

// A candidate finding: the most severe wins, then the most specific, then the first found.
struct Candidate
{
    Severity severity = Severity::Minor;
    int specificity = 0;
    QString effect;
    QString advice;
    QString entry;

    bool beats(const Candidate &other) const
    {
        if (severity != other.severity)
            return severity > other.severity;
        return specificity > other.specificity;
    }
};

void keepBest(std::optional<Candidate> &best, Candidate candidate)
{
    if (!best || candidate.beats(*best))
        best = std::move(candidate);
}

// What one recorded allergy means for any drug: the rules by drug class and the drugs the
// patient is allergic to themselves.
struct AllergyRules
{
    QString given;
    QHash<QString, Candidate> byClass; // the best rule per drug class
    QSet<QString> allergens; // drug ids
    Candidate allergenRule;
};

// Specificity of allergy rules at equal severity: an allergy class's own sourced text is
// preferred to the generic text of a direct drug or class match.
constexpr int genericRule = 1;
constexpr int allergyClassRule = 2;

void addClassRule(AllergyRules &rules, const QString &drugClass, Candidate candidate)
{
    auto it = rules.byClass.find(drugClass);
    if (it == rules.byClass.end())
        rules.byClass.insert(drugClass, std::move(candidate));
    else if (candidate.beats(*it))
        *it = std::move(candidate);
}

AllergyRules allergyRules(const ReferenceData &data, const QString &given,
                          const AllergyMatch &match)
{
    AllergyRules rules;
    rules.given = given;
    QList<int> allergyClasses = match.allergyClasses;
    const auto &all = data.allergyClasses();
    auto classesNaming = [&](const QString &drugClass) {
        QList<int> out;
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].drugClasses.contains(drugClass))
                out.append(int(i));
        return out;
    };
    // A drug the patient is allergic to: itself (and its components) contraindicated, and
    // the allergy classes its classes fall in apply.
    for (const QString &id : match.drugs) {
        const Drug *drug = data.drugById(id);
        if (!drug)
            continue;
        for (const Drug *d : data.expanded(*drug)) {
            rules.allergens.insert(d->id);
            for (const QString &c : d->classes)
                allergyClasses += classesNaming(c);
        }
        rules.allergenRule = Candidate {
            Severity::Contraindicated, genericRule,
            tr("The patient is recorded as allergic to %1.").arg(given),
            tr("Do not give it. Choose another medicine, or confirm the allergy with the patient "
               "first."),
            u"allergy drug "_s + id
        };
    }
    // A drug class named directly: the allergy classes naming it apply; with none, every drug
    // of the class is contraindicated.
    for (const QString &drugClass : match.drugClasses) {
        const QList<int> naming = classesNaming(drugClass);
        allergyClasses += naming;
        if (naming.isEmpty()) {
            const DrugClass *c = data.classById(drugClass);
            addClassRule(rules, drugClass,
                         Candidate { Severity::Contraindicated, genericRule,
                                     tr("The patient is recorded as allergic to %1, and this "
                                        "medicine is in that class (%2).")
                                             .arg(given, c ? c->name : drugClass),
                                     tr("Do not give it. Choose a medicine of another class, or "
                                        "confirm the allergy with the patient first."),
                                     u"allergy class "_s + drugClass });
        }
    }
    QSet<int> seen;
    for (int index : std::as_const(allergyClasses)) {
        if (seen.contains(index))
            continue;
        seen.insert(index);
        const AllergyClass &a = all[size_t(index)];
        for (const QString &c : a.drugClasses)
            addClassRule(rules, c,
                         Candidate { a.severity, allergyClassRule, a.effect, a.advice,
                                     u"allergy "_s + a.id });
        for (const CrossSensitivity &x : a.crossSensitivity)
            addClassRule(rules, x.drugClass,
                         Candidate { x.severity, allergyClassRule, x.effect, x.advice,
                                     u"allergy "_s + a.id + u" cross "_s + x.drugClass });
    }
    return rules;
}

} // namespace

QString MedicationFinding::kindName(Kind kind)
{
    return kind == Kind::Interaction ? u"interaction"_s : u"allergy"_s;
}

MedicationCheck::MedicationCheck(ReferenceData data) : m_data(std::move(data)) { }

bool MedicationCheck::interaction(const Drug &drug, const Drug &other,
                                  MedicationFinding &finding) const
{
    std::optional<Candidate> best;
    const auto &entries = m_data.interactions();
    for (const Drug *x : m_data.expanded(drug)) {
        for (const Drug *y : m_data.expanded(other)) {
            if (x->id == y->id)
                continue; // the same medicine twice is a duplicate, not an interaction
            const QStringList &ys = m_data.interactionSides(*y);
            for (const QString &sx : m_data.interactionSides(*x)) {
                for (const QString &sy : ys) {
                    for (int index : m_data.interactionsBetween(sx, sy)) {
                        const Interaction &i = entries[size_t(index)];
                        keepBest(best,
                                 Candidate { i.severity, i.drugSides(), i.effect, i.advice,
                                             u"interaction "_s + i.key() });
                    }
                }
            }
        }
    }
    if (!best)
        return false;
    finding.kind = MedicationFinding::Kind::Interaction;
    finding.with = other.name();
    finding.withDrugId = other.id;
    finding.severity = best->severity;
    finding.effect = best->effect;
    finding.advice = best->advice;
    finding.entry = best->entry;
    return true;
}

MedicationCheckResult MedicationCheck::check(const Drug &drug, const QList<const Drug *> &others,
                                             const QStringList &allergies) const
{
    MedicationCheckResult result;
    result.referenceVersion = m_data.version();
    result.drugId = drug.id;

    QSet<QString> done { drug.id };
    for (const Drug *other : others) {
        if (!other || done.contains(other->id))
            continue;
        done.insert(other->id);
        MedicationFinding finding;
        if (interaction(drug, *other, finding))
            result.findings.append(std::move(finding));
    }

    const QList<const Drug *> parts = m_data.expanded(drug);
    QSet<QString> seenAllergies;
    for (const QString &given : allergies) {
        const QString key = ReferenceData::normalisedName(given);
        if (key.isEmpty() || seenAllergies.contains(key))
            continue;
        seenAllergies.insert(key);
        const AllergyMatch match = m_data.resolveAllergy(key);
        if (match.isEmpty()) {
            result.notChecked.append(given.simplified());
            continue;
        }
        const AllergyRules rules = allergyRules(m_data, given.simplified(), match);
        std::optional<Candidate> best;
        for (const Drug *part : parts) {
            if (rules.allergens.contains(part->id))
                keepBest(best, rules.allergenRule);
            for (const QString &c : part->classes) {
                const auto it = rules.byClass.constFind(c);
                if (it != rules.byClass.cend())
                    keepBest(best, *it);
            }
        }
        if (!best)
            continue;
        MedicationFinding finding;
        finding.kind = MedicationFinding::Kind::Allergy;
        finding.with = given.simplified();
        finding.severity = best->severity;
        finding.effect = best->effect;
        finding.advice = best->advice;
        finding.entry = best->entry;
        result.findings.append(std::move(finding));
    }

    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const MedicationFinding &a, const MedicationFinding &b) {
                         return a.severity > b.severity;
                     });
    return result;
}

} // namespace clinic
