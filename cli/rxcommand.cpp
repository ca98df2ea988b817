#include "rxcommand.h"

#include "pharmacy/medicationcheck.h"
#include "pharmacy/referencedata.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr int invalidExit = 2;

const char usageText[] =
        "usage: clinic-cli rx check DRUG [--with DRUG,...] [--allergy ALLERGY,...]\n"
        "  DRUG: a generic name (INN or US), a brand or an id, any case: \"warfarin\", "
        "\"Advil\"\n"
        "  --with: the patient's other medicines, comma-separated (names may hold spaces)\n"
        "  --allergy: the patient's allergies, comma-separated: substances, medicines or "
        "allergy classes (\"penicillin\", \"sulfa\")\n"
        "  Prints one JSON object; exit 2 for an unknown drug or allergy.\n";

int usage(const QString &text)
{
    std::fprintf(stderr, "clinic-cli: %s\n%s", qPrintable(text), usageText);
    return invalidExit;
}

void print(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int unknown(const QString &what)
{
    print({ { u"error"_s, what } });
    return invalidExit;
}

// Comma-separated names from every use of an option; an empty item is a mistake in the
// script, not something to skip.
std::optional<QStringList> splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &item : value.split(u',')) {
            const QString name = item.simplified();
            if (name.isEmpty())
                return std::nullopt;
            out.append(name);
        }
    }
    return out;
}

} // namespace

int runRxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption with(u"with"_s, u"Other medicines, comma-separated."_s, u"drugs"_s);
    const QCommandLineOption allergy(u"allergy"_s, u"Allergies, comma-separated."_s,
                                     u"allergies"_s);
    const QCommandLineOption help(u"help"_s, u"This text."_s);
    parser.addOptions({ with, allergy, help });
    if (!parser.parse(QStringList { u"clinic-cli rx"_s } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        std::printf("%s", usageText);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"check")
        return usage(u"the rx command is: rx check DRUG"_s);
    if (positional.size() != 2)
        return usage(u"rx check takes one drug (quote a name with spaces)"_s);
    const QString drugName = positional.at(1).simplified();
    if (drugName.isEmpty())
        return usage(u"the drug name is empty"_s);
    const auto others = splitList(parser.values(with));
    if (!others)
        return usage(u"--with has an empty name in its list"_s);
    const auto allergies = splitList(parser.values(allergy));
    if (!allergies)
        return usage(u"--allergy has an empty name in its list"_s);

    // A hidden way for tests to check against a fixture set (docs/pharmacy.md).
    const QString directory = qEnvironmentVariable("CLINIC_REFERENCE_DIR");
    const Result<ReferenceData> loaded =
            directory.isEmpty() ? ReferenceData::shipped() : ReferenceData::load(directory);
    if (!loaded) {
        std::fprintf(stderr, "clinic-cli: %s\n", qPrintable(loaded.error().fullText()));
        return 1;
    }
    const ReferenceData &data = *loaded;

    const Drug *drug = data.findDrug(drugName);
    if (!drug)
        return unknown(u"unknown drug: "_s + drugName);
    QList<const Drug *> otherDrugs;
    for (const QString &name : *others) {
        const Drug *other = data.findDrug(name);
        if (!other)
            return unknown(u"unknown drug: "_s + name);
        otherDrugs.append(other);
    }
    QHash<QString, QString> givenName; // drug id -> the first name it was given by
    for (qsizetype i = otherDrugs.size() - 1; i >= 0; --i)
        givenName.insert(otherDrugs.at(i)->id, others->at(i));
    for (const QString &name : *allergies)
        if (data.resolveAllergy(name).isEmpty())
            return unknown(u"unknown allergy: "_s + name);

    const MedicationCheckResult result = MedicationCheck(data).check(*drug, otherDrugs, *allergies);
    QJsonArray findings;
    for (const MedicationFinding &f : result.findings)
        findings.append(QJsonObject { { u"kind"_s, MedicationFinding::kindName(f.kind) },
                                      // as the caller named it: "Advil", not "ibuprofen"
                                      { u"with"_s, givenName.value(f.withDrugId, f.with) },
                                      { u"severity"_s, severityName(f.severity) },
                                      { u"effect"_s, f.effect },
                                      { u"advice"_s, f.advice } });
    print({ { u"drug"_s, drug->name() },
            { u"reference_version"_s, result.referenceVersion },
            { u"findings"_s, findings } });
    return 0;
}

} // namespace clinic
