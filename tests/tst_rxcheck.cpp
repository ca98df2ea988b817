// The medication check's rules (core/pharmacy) on a small fixture set written for them
// (tests/data/reference-fixture), every loader error on a malformed copy of it, and
// `clinic-cli rx check` through QProcess against the fixture and the shipped data (issue 15);
// `clinic-cli rx keygen` and `rx sign`: what they sign verifies with PrescriptionSignature.

#include "pharmacy/medicationcheck.h"
#include "pharmacy/prescriptionsignature.h"
#include "pharmacy/referencedata.h"

#include <QCborMap>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QString fixtureDir = QStringLiteral(CLINIC_REFERENCE_FIXTURE);

const ReferenceData &fixture()
{
    static const Result<ReferenceData> loaded = ReferenceData::load(fixtureDir);
    if (!loaded)
        qFatal("the fixture reference data does not load: %s",
               qPrintable(loaded.error().fullText()));
    return *loaded;
}

const Drug &drug(const char *name)
{
    const Drug *d = fixture().findDrug(QString::fromUtf8(name));
    if (!d)
        qFatal("no drug %s in the fixture", name);
    return *d;
}

// "none" when there is no finding.
QString severityOf(const std::optional<MedicationFinding> &finding)
{
    return finding ? severityName(finding->severity) : u"none"_s;
}

std::optional<MedicationFinding> interactionBetween(const char *a, const char *b)
{
    const MedicationCheckResult result =
            MedicationCheck(fixture()).check(drug(a), { &drug(b) }, {});
    if (result.findings.isEmpty())
        return std::nullopt;
    return result.findings.first();
}

std::optional<MedicationFinding> allergyFinding(const char *name, const QString &allergy)
{
    const MedicationCheckResult result =
            MedicationCheck(fixture()).check(drug(name), {}, { allergy });
    if (result.findings.isEmpty())
        return std::nullopt;
    return result.findings.first();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// referenceDir: a directory for CLINIC_REFERENCE_DIR, or empty for the shipped data; input:
// standard input.
Ran runCli(const QStringList &arguments, const QString &referenceDir, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CLINIC_REFERENCE_DIR"_s);
    if (!referenceDir.isEmpty())
        env.insert(u"CLINIC_REFERENCE_DIR"_s, referenceDir);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLINIC_CLI_BINARY), QStringList { u"rx"_s } + arguments);
    process.write(input);
    process.closeWriteChannel();
    Ran ran;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = process.readAllStandardOutput();
    ran.err = process.readAllStandardError();
    return ran;
}

// rx.prescribe's arguments as a script gives them to rx sign: every signed field but the
// fingerprint, with a newline and a backslash for the escaping.
QJsonObject prescription()
{
    return { { u"id"_s, u"demo-rx-1"_s },
             { u"patient_id"_s, u"b62b9510-54af-4f21-9b34-4ff7555fca16"_s },
             { u"patient_name"_s, u"Maria Ferreira"_s },
             { u"patient_birth_date"_s, u"1961-05-14"_s },
             { u"patient_allergies"_s, u"Penicillin (Anaphylaxis (1998))"_s },
             { u"prescriber_id"_s, u"0c1b7f0e-5a4e-4bd4-9a53-2f8f3a4e1d20"_s },
             { u"prescriber_name"_s, u"Tomás Ribeiro"_s },
             { u"pharmacy_id"_s, u"demo-pharmacy"_s },
             { u"drug_id"_s, u"spironolactone"_s },
             { u"drug_name"_s, u"spironolactone"_s },
             { u"strength"_s, u"25 mg"_s },
             { u"form"_s, u"tablet"_s },
             { u"dose"_s, u"1 tablet"_s },
             { u"directions"_s, u"Once a day,\nin the morning \\ with food."_s },
             { u"quantity"_s, 28 },
             { u"refills"_s, 2 },
             { u"substitution_allowed"_s, true },
             { u"pharmacist_note"_s, QString() },
             { u"reference_version"_s, u"2026.12.1"_s },
             { u"check_findings"_s, u"[{\"kind\":\"interaction\"}]"_s },
             { u"override_reason"_s, u"Resistant hypertension; potassium checked."_s },
             { u"issued_at"_s, 1'796'000'000'000.0 } };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The prescriber_key row a pharmacy checks against: `current` the registered key, `previous`
// "fingerprint=base64" of an earlier one (or empty).
QCborMap prescriberKey(const QJsonObject &rx, const QString &current, const QString &previous)
{
    const QByteArray key = QByteArray::fromBase64(current.toLatin1());
    return { { u"doctor_id"_s, rx.value(u"prescriber_id"_s).toString() },
             { u"doctor_name"_s, rx.value(u"prescriber_name"_s).toString() },
             { u"public_key"_s, current },
             { u"fingerprint"_s, PrescriptionSignature::fingerprint(key) },
             { u"previous_keys"_s, previous } };
}

} // namespace

class TestRxCheck : public QObject
{
    Q_OBJECT

private slots:
    void loadsFixture();
    void findDrug_data();
    void findDrug();
    void interactions_data();
    void interactions();
    void selfAndDuplicates();
    void allergies_data();
    void allergies();
    void resultOrderAndNotChecked();
    void loaderErrors_data();
    void loaderErrors();
    void missingFile();
    void cliFixture();
    void cliErrors_data();
    void cliErrors();
    void cliBrokenData();
    void cliShipped();
    void keygenAndSign();
    void signErrors_data();
    void signErrors();
};

void TestRxCheck::loadsFixture()
{
    const ReferenceData &data = fixture();
    QCOMPARE(data.version(), u"fixture-1"_s);
    QCOMPARE(data.drugs().size(), size_t(15));
    QCOMPARE(data.classes().size(), size_t(13));
    QCOMPARE(data.allergyClasses().size(), size_t(3));
    QCOMPARE(data.interactions().size(), size_t(9));
    QCOMPARE(data.findDrug(u"co_amoxiclav")->components, QStringList { u"amoxicillin"_s });
    QCOMPARE(data.expanded(*data.findDrug(u"co-amoxiclav")).size(), 2);
}

void TestRxCheck::findDrug_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id"); // empty: no drug

    QTest::addRow("INN") << u"paracetamol"_s << u"paracetamol"_s;
    QTest::addRow("US name") << u"acetaminophen"_s << u"paracetamol"_s;
    QTest::addRow("brand") << u"Tylenol"_s << u"paracetamol"_s;
    QTest::addRow("brand, any case") << u"tYLENOL"_s << u"paracetamol"_s;
    QTest::addRow("id") << u"co_amoxiclav"_s << u"co_amoxiclav"_s;
    QTest::addRow("name with spaces")
            << u"  amoxicillin   and clavulanic acid "_s << u"co_amoxiclav"_s;
    QTest::addRow("hyphenated") << u"Co-Trimoxazole"_s << u"co_trimoxazole"_s;
    QTest::addRow("older name") << u"cephalexin"_s << u"cefalexin"_s;
    QTest::addRow("unknown") << u"aspirin"_s << QString();
    QTest::addRow("a class is not a drug") << u"statins"_s << QString();
    QTest::addRow("empty") << u"  "_s << QString();
    QTest::addRow("part of a name") << u"amoxicil"_s << QString();
}

void TestRxCheck::findDrug()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const Drug *found = fixture().findDrug(name);
    QCOMPARE(found ? found->id : QString(), id);
}

void TestRxCheck::interactions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("entry"); // the entry reported

    auto both = [](const char *name, const char *a, const char *b, const char *severity,
                   const char *entry) {
        QTest::addRow("%s", name) << QString::fromUtf8(a) << QString::fromUtf8(b)
                                  << QString::fromUtf8(severity) << QString::fromUtf8(entry);
        QTest::addRow("%s, the other way", name)
                << QString::fromUtf8(b) << QString::fromUtf8(a) << QString::fromUtf8(severity)
                << QString::fromUtf8(entry);
    };
    both("drug with class", "warfarin", "ibuprofen", "major", "interaction warfarin + class:nsaid");
    both("by brands", "Coumadin", "Advil", "major", "interaction warfarin + class:nsaid");
    both("most severe wins over a drug entry", "warfarin", "naproxen", "major",
         "interaction warfarin + class:nsaid");
    both("drug entry wins a tie", "warfarin", "acetaminophen", "moderate",
         "interaction paracetamol + warfarin");
    both("through a component", "methotrexate", "co-trimoxazole", "major",
         "interaction methotrexate + trimethoprim");
    both("class with class", "simvastatin", "clarithromycin", "contraindicated",
         "interaction class:cyp3a4_sensitive_substrate + class:cyp3a4_strong_inhibitor");
    both("same class on both sides", "ibuprofen", "naproxen", "moderate",
         "interaction class:nsaid + class:nsaid");
    both("minor", "atorvastatin", "azithromycin", "minor",
         "interaction azithromycin + atorvastatin");
    both("nothing", "paracetamol", "amoxicillin", "none", "");
    both("a combination with its own component is a duplicate", "co-amoxiclav", "amoxicillin",
         "none", "");
    both("a class the drug is not in", "atorvastatin", "clarithromycin", "none", "");
}

void TestRxCheck::interactions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, severity);
    QFETCH(QString, entry);
    const auto finding = interactionBetween(a.toUtf8().constData(), b.toUtf8().constData());
    QCOMPARE(severityOf(finding), severity);
    if (!finding)
        return;
    QCOMPARE(finding->kind, MedicationFinding::Kind::Interaction);
    QCOMPARE(finding->entry, entry);
    QCOMPARE(finding->with, fixture().findDrug(b)->name());
    QCOMPARE(finding->withDrugId, fixture().findDrug(b)->id);
    QVERIFY(!finding->effect.isEmpty());
    QVERIFY(finding->advice.startsWith(u"Advice: "_s + finding->effect));
}

void TestRxCheck::selfAndDuplicates()
{
    const MedicationCheck check(fixture());
    // The drug itself, a brand of it, and ibuprofen three times by three names.
    const MedicationCheckResult result =
            check.check(drug("warfarin"),
                        { &drug("Coumadin"), &drug("ibuprofen"), &drug("Advil"), &drug("warfarin"),
                          &drug("Nurofen") },
                        {});
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().withDrugId, u"ibuprofen"_s);
    QVERIFY(check.check(drug("ibuprofen"), { &drug("Advil") }, {}).findings.isEmpty());
}

void TestRxCheck::allergies_data()
{
    QTest::addColumn<QString>("drug");
    QTest::addColumn<QString>("allergy");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("entry");

    // By an allergy class's synonym, with its cross-sensitivities.
    QTest::addRow("penicillin: amoxicillin") << u"amoxicillin"_s << u"penicillin"_s
                                             << u"contraindicated"_s << u"allergy penicillins"_s;
    QTest::addRow("penicillin: a combination") << u"co-amoxiclav"_s << u"Penicillins"_s
                                               << u"contraindicated"_s << u"allergy penicillins"_s;
    QTest::addRow("penicillin: cephalosporin cross-sensitivity")
            << u"cefalexin"_s << u"penicillin allergy"_s << u"moderate"_s
            << u"allergy penicillins cross cephalosporin"_s;
    QTest::addRow("penicillin: carbapenem cross-sensitivity")
            << u"meropenem"_s << u"penicillin"_s << u"minor"_s
            << u"allergy penicillins cross carbapenem"_s;
    QTest::addRow("penicillin: a macrolide is fine")
            << u"azithromycin"_s << u"penicillin"_s << u"none"_s << QString();
    QTest::addRow("sulfa") << u"co-trimoxazole"_s << u"  SULFA "_s << u"contraindicated"_s
                           << u"allergy sulfonamides"_s;
    QTest::addRow("sulfa: trimethoprim alone is fine")
            << u"trimethoprim"_s << u"sulfa"_s << u"none"_s << QString();
    // By a drug class's synonym or name: the allergy class naming it.
    QTest::addRow("drug class synonym")
            << u"ibuprofen"_s << u"NSAIDs"_s << u"contraindicated"_s << u"allergy nsaids"_s;
    QTest::addRow("drug class name") << u"naproxen"_s << u"Non-steroidal anti-inflammatory drugs"_s
                                     << u"contraindicated"_s << u"allergy nsaids"_s;
    // A drug class no allergy class names: its drugs are contraindicated.
    QTest::addRow("drug class alone") << u"simvastatin"_s << u"statins"_s << u"contraindicated"_s
                                      << u"allergy class statin"_s;
    QTest::addRow("drug class alone, other drug")
            << u"warfarin"_s << u"statins"_s << u"none"_s << QString();
    // By a drug's name or brand: the drug, its combinations, and its allergy classes.
    QTest::addRow("drug name: the class") << u"co-amoxiclav"_s << u"amoxicillin"_s
                                          << u"contraindicated"_s << u"allergy penicillins"_s;
    QTest::addRow("drug name: cross-sensitivity")
            << u"cefalexin"_s << u"amoxicillin"_s << u"moderate"_s
            << u"allergy penicillins cross cephalosporin"_s;
    QTest::addRow("brand: the drug itself")
            << u"amoxicillin"_s << u"Amoxil"_s << u"contraindicated"_s << u"allergy penicillins"_s;
    QTest::addRow("brand without an allergy class")
            << u"cefalexin"_s << u"Keflex"_s << u"contraindicated"_s << u"allergy drug cefalexin"_s;
    QTest::addRow("brand without an allergy class: no cross the other way")
            << u"amoxicillin"_s << u"Keflex"_s << u"none"_s << QString();
    QTest::addRow("brand: its class")
            << u"naproxen"_s << u"Advil"_s << u"contraindicated"_s << u"allergy nsaids"_s;
    QTest::addRow("a component") << u"co-trimoxazole"_s << u"trimethoprim"_s << u"contraindicated"_s
                                 << u"allergy drug trimethoprim"_s;
    QTest::addRow("an unrelated allergy class")
            << u"warfarin"_s << u"aspirin sensitivity"_s << u"none"_s << QString();
}

void TestRxCheck::allergies()
{
    QFETCH(QString, drug);
    QFETCH(QString, allergy);
    QFETCH(QString, severity);
    QFETCH(QString, entry);
    const auto finding = allergyFinding(drug.toUtf8().constData(), allergy);
    QCOMPARE(severityOf(finding), severity);
    if (!finding)
        return;
    QCOMPARE(finding->kind, MedicationFinding::Kind::Allergy);
    QCOMPARE(finding->with, allergy.simplified());
    QCOMPARE(finding->entry, entry);
    QVERIFY(!finding->effect.isEmpty());
    QVERIFY(!finding->advice.isEmpty());
    QVERIFY(finding->withDrugId.isEmpty());
}

void TestRxCheck::resultOrderAndNotChecked()
{
    const MedicationCheck check(fixture());
    const MedicationCheckResult result = check.check(
            drug("cefalexin"), { &drug("paracetamol"), &drug("warfarin") },
            { u"latex"_s, u"Keflex"_s, u"penicillin"_s, u""_s, u" Latex "_s, u"keflex"_s });
    QCOMPARE(result.referenceVersion, u"fixture-1"_s);
    QCOMPARE(result.drugId, u"cefalexin"_s);
    QCOMPARE(result.notChecked, QStringList { u"latex"_s });
    // cefalexin has no interaction with either; Keflex (once) and penicillin, most severe first.
    QCOMPARE(result.findings.size(), 2);
    QCOMPARE(result.findings.at(0).with, u"Keflex"_s);
    QCOMPARE(result.findings.at(0).severity, Severity::Contraindicated);
    QCOMPARE(result.findings.at(1).with, u"penicillin"_s);
    QCOMPARE(result.findings.at(1).severity, Severity::Moderate);

    // Interactions and allergies together, sorted by severity across both kinds.
    const MedicationCheckResult mixed = check.check(
            drug("warfarin"), { &drug("paracetamol"), &drug("ibuprofen") }, { u"coumarins"_s });
    QCOMPARE(mixed.findings.size(), 3);
    QCOMPARE(mixed.findings.at(0).severity, Severity::Contraindicated);
    QCOMPARE(mixed.findings.at(0).kind, MedicationFinding::Kind::Allergy);
    QCOMPARE(mixed.findings.at(1).with, u"ibuprofen"_s);
    QCOMPARE(mixed.findings.at(1).severity, Severity::Major);
    QCOMPARE(mixed.findings.at(2).with, u"paracetamol"_s);
    QCOMPARE(mixed.findings.at(2).severity, Severity::Moderate);
}

void TestRxCheck::loaderErrors_data()
{
    // Each row breaks one file of a copy of the fixture: a text replacement in its compact
    // JSON (keys sorted), and the words the error must hold.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("words");

    QTest::addRow("not JSON") << u"manifest.json"_s << u"\"version\":\"fixture-1\""_s
                              << u"\"version\":fixture-1"_s
                              << QStringList { u"manifest.json"_s, u"not valid JSON"_s };
    QTest::addRow("no version") << u"manifest.json"_s << u"\"version\":\"fixture-1\""_s
                                << u"\"version\":\" \""_s
                                << QStringList { u"manifest.json"_s, u"“version” is empty"_s };
    QTest::addRow("duplicate class id")
            << u"classes.json"_s << u"\"id\":\"carbapenem\""_s << u"\"id\":\"cephalosporin\""_s
            << QStringList { u"classes.json"_s, u"entry 8 (cephalosporin)"_s,
                             u"duplicate class id “cephalosporin”"_s };
    QTest::addRow("bad class kind")
            << u"classes.json"_s << u"\"kind\":\"mechanism\""_s << u"\"kind\":\"enzyme\""_s
            << QStringList { u"classes.json"_s, u"cyp3a4_strong_inhibitor"_s, u"enzyme"_s };
    QTest::addRow("unknown class in a drug")
            << u"drugs/M-musculoskeletal.json"_s << u"\"classes\":[\"nsaid\"]"_s
            << u"\"classes\":[\"nsaids\"]"_s
            << QStringList { u"drugs/M-musculoskeletal.json"_s, u"entry 1 (ibuprofen)"_s,
                             u"unknown class “nsaids”"_s };
    QTest::addRow("bad ATC code") << u"drugs/M-musculoskeletal.json"_s << u"\"atc\":\"M01AE02\""_s
                                  << u"\"atc\":\"M01AE2\""_s
                                  << QStringList { u"drugs/M-musculoskeletal.json"_s,
                                                   u"entry 2 (naproxen)"_s,
                                                   u"ATC code “M01AE2”"_s };
    QTest::addRow("lower-case ATC code")
            << u"drugs/B-blood.json"_s << u"\"atc\":\"B01AA03\""_s << u"\"atc\":\"b01aa03\""_s
            << QStringList { u"drugs/B-blood.json"_s, u"warfarin"_s, u"ATC code “b01aa03”"_s };
    QTest::addRow("bad drug id") << u"drugs/M-musculoskeletal.json"_s << u"\"id\":\"naproxen\""_s
                                 << u"\"id\":\"Naproxen\""_s
                                 << QStringList { u"drugs/M-musculoskeletal.json"_s, u"Naproxen"_s,
                                                  u"lower-case"_s };
    QTest::addRow("no generic name") << u"drugs/M-musculoskeletal.json"_s
                                     << u"\"names\":[\"naproxen\"]"_s << u"\"names\":[]"_s
                                     << QStringList { u"drugs/M-musculoskeletal.json"_s,
                                                      u"naproxen"_s, u"no generic name"_s };
    QTest::addRow("a form that is not an object")
            << u"drugs/M-musculoskeletal.json"_s
            << u"\"forms\":[{\"form\":\"tablet\",\"strengths\":[\"10 mg\"]}]"_s
            << u"\"forms\":[\"tablet\"]"_s
            << QStringList { u"drugs/M-musculoskeletal.json"_s, u"entry 1 (ibuprofen)"_s,
                             u"a form must be an object"_s };
    QTest::addRow("a list of names that is text")
            << u"drugs/M-musculoskeletal.json"_s << u"\"names\":[\"naproxen\"]"_s
            << u"\"names\":\"naproxen\""_s
            << QStringList { u"naproxen"_s, u"“names” must be a list of text"_s };
    QTest::addRow("duplicate drug id")
            << u"drugs/J-antiinfectives.json"_s << u"\"id\":\"meropenem\""_s
            << u"\"id\":\"cefalexin\""_s
            << QStringList { u"drugs/J-antiinfectives.json"_s, u"entry 4 (cefalexin)"_s,
                             u"duplicate drug id “cefalexin”"_s };
    QTest::addRow("duplicate name in a file")
            << u"drugs/J-antiinfectives.json"_s << u"\"brands\":[\"Meronem\"]"_s
            << u"\"brands\":[\"Keflex\"]"_s
            << QStringList { u"drugs/J-antiinfectives.json"_s, u"entry 4 (meropenem)"_s,
                             u"duplicate name “Keflex” (also drug “cefalexin”)"_s };
    QTest::addRow("duplicate name across files")
            << u"drugs/N-nervous-system.json"_s << u"\"Tylenol\""_s << u"\"ADVIL\""_s
            << QStringList { u"drugs/N-nervous-system.json"_s, u"entry 1 (paracetamol)"_s,
                             u"duplicate name “ADVIL” (also drug “ibuprofen”)"_s };
    QTest::addRow("a name that is another drug's id")
            << u"drugs/N-nervous-system.json"_s << u"\"Tylenol\""_s << u"\"co_amoxiclav\""_s
            << QStringList { u"paracetamol"_s, u"duplicate name “co_amoxiclav”"_s };
    QTest::addRow("unknown component")
            << u"drugs/J-antiinfectives.json"_s << u"\"components\":[\"trimethoprim\"]"_s
            << u"\"components\":[\"trimethoprin\"]"_s
            << QStringList { u"drugs/J-antiinfectives.json"_s, u"co_trimoxazole"_s,
                             u"unknown drug id “trimethoprin” in components"_s };
    QTest::addRow("own component")
            << u"drugs/J-antiinfectives.json"_s << u"\"components\":[\"trimethoprim\"]"_s
            << u"\"components\":[\"co_trimoxazole\"]"_s
            << QStringList { u"co_trimoxazole"_s, u"its own component"_s };
    QTest::addRow("unknown class in an allergy")
            << u"allergies.json"_s << u"\"drug_classes\":[\"nsaid\"]"_s
            << u"\"drug_classes\":[\"nsaidz\"]"_s
            << QStringList { u"allergies.json"_s, u"entry 3 (nsaids)"_s,
                             u"unknown class “nsaidz”"_s };
    QTest::addRow("unknown class in a cross-sensitivity")
            << u"allergies.json"_s << u"\"drug_class\":\"carbapenem\""_s
            << u"\"drug_class\":\"carbapenems\""_s
            << QStringList { u"allergies.json"_s, u"entry 1 (penicillins)"_s,
                             u"unknown class “carbapenems” in cross_sensitivity"_s };
    QTest::addRow("bad severity in an allergy")
            << u"allergies.json"_s
            << u"\"severity\":\"contraindicated\",\"sources\":[\"BNF\"],\"synonyms\":[\"sulfa\""_s
            << u"\"severity\":\"severe\",\"sources\":[\"BNF\"],\"synonyms\":[\"sulfa\""_s
            << QStringList { u"allergies.json"_s, u"entry 2 (sulfonamides)"_s,
                             u"severity “severe”"_s };
    QTest::addRow("bad severity in a cross-sensitivity")
            << u"allergies.json"_s << u"\"severity\":\"minor\""_s << u"\"severity\":\"Minor\""_s
            << QStringList { u"allergies.json"_s, u"penicillins"_s, u"severity “Minor”"_s };
    QTest::addRow("duplicate allergy class id")
            << u"allergies.json"_s << u"\"id\":\"nsaids\""_s << u"\"id\":\"penicillins\""_s
            << QStringList { u"allergies.json"_s, u"entry 3 (penicillins)"_s,
                             u"duplicate allergy class id"_s };
    QTest::addRow("unknown class in an interaction")
            << u"interactions.json"_s << u"\"b\":\"class:nsaid\""_s << u"\"b\":\"class:nsiad\""_s
            << QStringList { u"interactions.json"_s, u"entry 1 (warfarin with class:nsiad)"_s,
                             u"unknown class “nsiad”"_s };
    QTest::addRow("unknown drug in an interaction")
            << u"interactions.json"_s << u"\"a\":\"methotrexate\""_s << u"\"a\":\"methotrexat\""_s
            << QStringList { u"interactions.json"_s, u"entry 5 (methotrexat with trimethoprim)"_s,
                             u"unknown drug id “methotrexat”"_s };
    QTest::addRow("a drug's name is not its id")
            << u"interactions.json"_s << u"\"a\":\"methotrexate\""_s << u"\"a\":\"Methotrexate\""_s
            << QStringList { u"entry 5"_s, u"unknown drug id “Methotrexate”"_s };
    QTest::addRow("bad severity in an interaction")
            << u"interactions.json"_s << u"\"severity\":\"minor\""_s << u"\"severity\":\"mild\""_s
            << QStringList {
                   u"interactions.json"_s, u"entry 8 (azithromycin with atorvastatin)"_s,
                   u"severity “mild” is not contraindicated, major, moderate or minor"_s
               };
    QTest::addRow("a pair written twice, the other way round")
            << u"interactions.json"_s << u"\"b\":\"warfarin\",\"effect\":\"paracetamol with"_s
            << u"\"b\":\"class:vitamin_k_antagonist\",\"effect\":\"paracetamol with"_s
            << QStringList { u"interactions.json"_s,
                             u"entry 4 (paracetamol with class:vitamin_k_antagonist)"_s,
                             u"written twice (also entry 3)"_s };
    QTest::addRow("no effect") << u"interactions.json"_s << u"\"effect\":\"two NSAIDs\""_s
                               << u"\"effect\":3"_s
                               << QStringList { u"entry 7"_s, u"“effect” must be text"_s };
}

void TestRxCheck::loaderErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, words);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(fixtureDir, dir.path()));
    const QString path = dir.filePath(file);
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text =
            QString::fromUtf8(QJsonDocument::fromJson(in.readAll()).toJson(QJsonDocument::Compact));
    in.close();
    QVERIFY2(text.contains(before), qPrintable(u"the fixture has no "_s + before));
    text.replace(before, after);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text.toUtf8());
    out.close();

    const Result<ReferenceData> loaded = ReferenceData::load(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::InvalidArgument);
    for (const QString &word : std::as_const(words))
        QVERIFY2(loaded.error().message.contains(word),
                 qPrintable(loaded.error().message + u" lacks "_s + word));
}

void TestRxCheck::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixtureDir, dir.path()));
    QVERIFY(QFile::remove(dir.filePath(u"allergies.json"_s)));
    const Result<ReferenceData> loaded = ReferenceData::load(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, ErrorCode::Io);
    QVERIFY(loaded.error().message.contains(u"allergies.json"_s));

    const Result<ReferenceData> nowhere = ReferenceData::load(dir.filePath(u"nothing-here"_s));
    QVERIFY(!nowhere.ok());
}

void TestRxCheck::cliFixture()
{
    const Ran ran = runCli({ u"check"_s, u"Coumadin"_s, u"--with"_s, u"Advil, acetaminophen"_s,
                             u"--allergy"_s, u"penicillin,coumarins"_s },
                           fixtureDir);
    QCOMPARE(ran.exitCode, 0);
    QVERIFY(ran.err.isEmpty());
    QVERIFY(ran.out.endsWith('\n'));
    QCOMPARE(ran.out.count('\n'), 1); // one JSON object, one line
    const QJsonObject o = ran.json();
    QCOMPARE(o.keys(), (QStringList { u"drug"_s, u"findings"_s, u"reference_version"_s }));
    QCOMPARE(o.value(u"drug"_s).toString(), u"warfarin"_s);
    QCOMPARE(o.value(u"reference_version"_s).toString(), u"fixture-1"_s);
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 3);
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.keys(),
             (QStringList { u"advice"_s, u"effect"_s, u"kind"_s, u"severity"_s, u"with"_s }));
    QCOMPARE(first.value(u"kind"_s).toString(), u"allergy"_s);
    QCOMPARE(first.value(u"with"_s).toString(), u"coumarins"_s);
    QCOMPARE(first.value(u"severity"_s).toString(), u"contraindicated"_s);
    const QJsonObject second = findings.at(1).toObject();
    QCOMPARE(second.value(u"kind"_s).toString(), u"interaction"_s);
    QCOMPARE(second.value(u"with"_s).toString(), u"Advil"_s); // as given
    QCOMPARE(second.value(u"severity"_s).toString(), u"major"_s);
    QCOMPARE(second.value(u"effect"_s).toString(), u"warfarin with an NSAID (class entry)"_s);
    QCOMPARE(second.value(u"advice"_s).toString(),
             u"Advice: warfarin with an NSAID (class entry)"_s);
    const QJsonObject third = findings.at(2).toObject();
    QCOMPARE(third.value(u"with"_s).toString(), u"acetaminophen"_s);
    QCOMPARE(third.value(u"severity"_s).toString(), u"moderate"_s);

    // Names with spaces in a list, and a check with nothing to report.
    const Ran spaces = runCli({ u"check"_s, u"methotrexate"_s, u"--with"_s,
                                u"amoxicillin,  sulfamethoxazole and trimethoprim "_s },
                              fixtureDir);
    QCOMPARE(spaces.exitCode, 0);
    const QJsonArray one = spaces.json().value(u"findings"_s).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).toObject().value(u"with"_s).toString(),
             u"sulfamethoxazole and trimethoprim"_s);
    QCOMPARE(one.at(0).toObject().value(u"severity"_s).toString(), u"major"_s);

    const Ran none = runCli({ u"check"_s, u"amoxicillin and clavulanic acid"_s }, fixtureDir);
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.json().value(u"drug"_s).toString(), u"co-amoxiclav"_s);
    QVERIFY(none.json().value(u"findings"_s).isArray());
    QVERIFY(none.json().value(u"findings"_s).toArray().isEmpty());

    // Options repeated and written with '='.
    const Ran repeated = runCli(
            { u"check"_s, u"warfarin"_s, u"--with=paracetamol"_s, u"--with"_s, u"naproxen"_s },
            fixtureDir);
    QCOMPARE(repeated.exitCode, 0);
    QCOMPARE(repeated.json().value(u"findings"_s).toArray().size(), 2);
}

void TestRxCheck::cliErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // the JSON error; empty: a command-line error

    QTest::addRow("unknown drug") << QStringList { u"check"_s, u"wafarin"_s }
                                  << u"unknown drug: wafarin"_s;
    QTest::addRow("unknown drug in --with")
            << QStringList { u"check"_s, u"warfarin"_s, u"--with"_s, u"ibuprofen,Advill"_s }
            << u"unknown drug: Advill"_s;
    QTest::addRow("unknown allergy")
            << QStringList { u"check"_s, u"warfarin"_s, u"--allergy"_s, u"penicillin, latex"_s }
            << u"unknown allergy: latex"_s;
    QTest::addRow("a class is not a drug")
            << QStringList { u"check"_s, u"statins"_s } << u"unknown drug: statins"_s;
    QTest::addRow("nothing") << QStringList {} << QString();
    QTest::addRow("no drug") << QStringList { u"check"_s } << QString();
    QTest::addRow("two drugs") << QStringList { u"check"_s, u"warfarin"_s, u"ibuprofen"_s }
                               << QString();
    QTest::addRow("another verb") << QStringList { u"verify"_s, u"warfarin"_s } << QString();
    QTest::addRow("empty drug") << QStringList { u"check"_s, u" "_s } << QString();
    QTest::addRow("--with without a value")
            << QStringList { u"check"_s, u"warfarin"_s, u"--with"_s } << QString();
    QTest::addRow("empty item") << QStringList { u"check"_s, u"warfarin"_s, u"--with"_s,
                                                 u"ibuprofen,,naproxen"_s }
                                << QString();
    QTest::addRow("trailing comma")
            << QStringList { u"check"_s, u"warfarin"_s, u"--allergy"_s, u"penicillin,"_s }
            << QString();
    QTest::addRow("empty allergy")
            << QStringList { u"check"_s, u"warfarin"_s, u"--allergy"_s, u""_s } << QString();
    QTest::addRow("unknown option")
            << QStringList { u"check"_s, u"warfarin"_s, u"--allergies"_s, u"sulfa"_s } << QString();
    QTest::addRow("keygen without --out") << QStringList { u"keygen"_s } << QString();
    QTest::addRow("keygen with a drug")
            << QStringList { u"keygen"_s, u"warfarin"_s, u"--out"_s, u"k"_s } << QString();
    QTest::addRow("sign without --key") << QStringList { u"sign"_s } << QString();
    QTest::addRow("--out on check")
            << QStringList { u"check"_s, u"warfarin"_s, u"--out"_s, u"k"_s } << QString();
    QTest::addRow("--key on keygen")
            << QStringList { u"keygen"_s, u"--out"_s, u"k"_s, u"--key"_s, u"k"_s } << QString();
    QTest::addRow("--with on sign")
            << QStringList { u"sign"_s, u"--key"_s, u"k"_s, u"--with"_s, u"x"_s } << QString();
}

void TestRxCheck::cliErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Ran ran = runCli(arguments, fixtureDir);
    QCOMPARE(ran.exitCode, 2);
    if (error.isEmpty()) {
        QVERIFY2(ran.out.isEmpty(), ran.out.constData());
        QVERIFY(ran.err.contains("usage: clinic-cli rx check"));
    } else {
        QVERIFY(ran.err.isEmpty());
        QCOMPARE(ran.out.count('\n'), 1);
        QCOMPARE(ran.json(), (QJsonObject { { u"error"_s, error } }));
    }
}

void TestRxCheck::cliBrokenData()
{
    QTemporaryDir dir;
    const Ran ran = runCli({ u"check"_s, u"warfarin"_s }, dir.path());
    QCOMPARE(ran.exitCode, 1);
    QVERIFY(ran.out.isEmpty());
    QVERIFY(ran.err.contains("manifest.json"));
}

void TestRxCheck::cliShipped()
{
    const Result<ReferenceData> &shipped = ReferenceData::shipped();
    QVERIFY2(shipped.ok(), qPrintable(shipped.ok() ? QString() : shipped.error().fullText()));
    QCOMPARE(&ReferenceData::shipped(), &shipped); // loaded once

    const Ran unknown = runCli({ u"check"_s, u"no-such-medicine"_s }, {});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.json(), (QJsonObject { { u"error"_s, u"unknown drug: no-such-medicine"_s } }));

    if (shipped->drugs().empty())
        QSKIP("the shipped reference data has no drugs in this tree yet (the data lands first)");
    const Ran ran = runCli({ u"check"_s, u"WARFARIN"_s, u"--with"_s,
                             u"Advil, glyceryl trinitrate"_s, u"--allergy"_s, u"penicillin"_s },
                           {});
    QCOMPARE(ran.exitCode, 0);
    const QJsonObject o = ran.json();
    QCOMPARE(o.value(u"drug"_s).toString(), u"warfarin"_s);
    QCOMPARE(o.value(u"reference_version"_s).toString(), shipped->version());
    const QJsonArray findings = o.value(u"findings"_s).toArray();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.at(0).toObject().value(u"with"_s).toString(), u"Advil"_s);
    QCOMPARE(findings.at(0).toObject().value(u"severity"_s).toString(), u"major"_s);
    for (const QJsonValue &f : findings)
        QVERIFY(f.toObject().value(u"kind"_s).toString() == u"interaction");
}

// rx keygen writes a key file only its owner can read and prints the public half; rx sign
// completes rx.prescribe's arguments with a signature PrescriptionSignature::verify accepts,
// which fails once any signed field changes, and still passes once the doctor's key is
// replaced (the demo key in previous_keys: scripts/demo-clinic.sh).
void TestRxCheck::keygenAndSign()
{
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(u"demo.key"_s);
    const Ran made = runCli({ u"keygen"_s, u"--out"_s, keyFile }, {});
    QCOMPARE(made.exitCode, 0);
    QVERIFY(made.err.isEmpty());
    const QString publicKey = made.json().value(u"public_key"_s).toString();
    const QByteArray decoded = QByteArray::fromBase64(publicKey.toLatin1());
    QCOMPARE(publicKey.size(), 44);
    QCOMPARE(decoded.size(), 32);
    QCOMPARE(made.json().value(u"fingerprint"_s).toString(),
             PrescriptionSignature::fingerprint(decoded));
    const QFile::Permissions permissions = QFile::permissions(keyFile);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QCOMPARE(permissions
                     & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFile::Permissions());
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray keyText = file.readAll();
    file.close();

    // Never over an existing file: the key it holds may have signed prescriptions.
    const Ran again = runCli({ u"keygen"_s, u"--out"_s, keyFile }, {});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.json().value(u"error"_s).toString().contains(u"cannot write the key file"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), keyText);
    file.close();

    const QJsonObject rx = prescription();
    const Ran ran = runCli({ u"sign"_s, u"--key"_s, keyFile }, {}, compact(rx));
    QCOMPARE(ran.exitCode, 0);
    QVERIFY(ran.err.isEmpty());
    QCOMPARE(ran.out.count('\n'), 1);
    const QJsonObject signedRx = ran.json();
    for (auto it = rx.begin(); it != rx.end(); ++it)
        QCOMPARE(signedRx.value(it.key()), it.value()); // nothing it was given changes
    QCOMPARE(signedRx.size(), rx.size() + 2);
    QCOMPARE(signedRx.value(u"key_fingerprint"_s).toString(),
             PrescriptionSignature::fingerprint(decoded));
    QCOMPARE(QByteArray::fromBase64(signedRx.value(u"signature"_s).toString().toLatin1()).size(),
             64);

    // As the server and the pharmacy read it (CBOR, as pushed).
    const QCborMap key = prescriberKey(rx, publicKey, {});
    const QCborMap cbor = QCborMap::fromJsonObject(signedRx);
    const Result<void> verified = PrescriptionSignature::verify(cbor, key);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));

    // Any signed field changed afterwards fails.
    for (const auto &[field, value] :
         { std::pair { u"patient_allergies"_s, QCborValue(u""_s) },
           std::pair { u"quantity"_s, QCborValue(280) },
           std::pair { u"drug_name"_s, QCborValue(u"spironolactone "_s) },
           std::pair { u"directions"_s, QCborValue(u"Once a day,\nin the morning"_s) },
           std::pair { u"override_reason"_s, QCborValue(QCborValue::Null) },
           std::pair { u"substitution_allowed"_s, QCborValue(false) },
           std::pair { u"issued_at"_s, QCborValue(qint64(1'796'000'000'001)) } }) {
        QCborMap tampered = cbor;
        tampered.insert(field, value);
        const Result<void> refused = PrescriptionSignature::verify(tampered, key);
        QVERIFY2(!refused.ok(), qPrintable(field));
        QVERIFY2(refused.error().message.contains(u"altered"_s), qPrintable(field));
    }

    // The doctor's own key, made later on their desktop, replaces the demo key: what the demo
    // key signed still verifies (previous_keys), and a key nobody registered does not.
    const QString otherFile = dir.filePath(u"desktop.key"_s);
    const Ran other = runCli({ u"keygen"_s, u"--out"_s, otherFile }, {});
    QCOMPARE(other.exitCode, 0);
    const QString desktopKey = other.json().value(u"public_key"_s).toString();
    const QString previous = PrescriptionSignature::fingerprint(decoded) + u'=' + publicKey;
    QVERIFY(PrescriptionSignature::verify(cbor, prescriberKey(rx, desktopKey, previous)).ok());
    const Result<void> forgotten =
            PrescriptionSignature::verify(cbor, prescriberKey(rx, desktopKey, {}));
    QVERIFY(!forgotten.ok());
    QVERIFY(forgotten.error().message.contains(u"no longer holds"_s));
}

void TestRxCheck::signErrors_data()
{
    QTest::addColumn<QString>("keyText"); // the key file's text; "-": no file
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error"); // the start of the JSON error

    // A real pair, and one whose public half belongs to another.
    QTemporaryDir dir;
    const auto madeKey = [&](const QString &name) {
        const Ran made = runCli({ u"keygen"_s, u"--out"_s, dir.filePath(name) }, {});
        QFile file(dir.filePath(name));
        return made.exitCode == 0 && file.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(file.readAll()).object()
                : QJsonObject();
    };
    const QJsonObject key = madeKey(u"a"_s);
    QVERIFY(!key.isEmpty());
    const QString good = QString::fromUtf8(compact(key));
    QJsonObject mixed = key;
    mixed.insert(u"public_key"_s, madeKey(u"b"_s).value(u"public_key"_s));
    QJsonObject shortSecret = key;
    shortSecret.insert(u"secret_key"_s, u"AAAA"_s);
    QJsonObject noFormat = key;
    noFormat.remove(u"format"_s);

    const QByteArray rx = compact(prescription());
    const auto with = [](const QString &field, const QJsonValue &value) {
        QJsonObject o = prescription();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        return compact(o);
    };
    QTest::addRow("no key file") << u"-"_s << rx << u"cannot read the key file"_s;
    QTest::addRow("key file not JSON") << u"not a key"_s << rx << u"the key file"_s;
    QTest::addRow("key without format")
            << QString::fromUtf8(compact(noFormat)) << rx << u"the key file"_s;
    QTest::addRow("short secret key")
            << QString::fromUtf8(compact(shortSecret)) << rx << u"the key file"_s;
    QTest::addRow("halves of two pairs")
            << QString::fromUtf8(compact(mixed)) << rx << u"the key file"_s;
    QTest::addRow("input not JSON")
            << good << QByteArray("{\"id\": ") << u"the input is not JSON"_s;
    QTest::addRow("empty input") << good << QByteArray() << u"the input is not JSON"_s;
    QTest::addRow("input a list") << good << QByteArray("[" + rx + "]")
                                  << u"the input is not a JSON object"_s;
    QTest::addRow("missing allergies")
            << good << with(u"patient_allergies"_s, QJsonValue::Undefined)
            << u"missing field: patient_allergies"_s;
    QTest::addRow("missing issued_at")
            << good << with(u"issued_at"_s, QJsonValue::Undefined) << u"missing field: issued_at"_s;
    QTest::addRow("empty drug name")
            << good << with(u"drug_name"_s, u" "_s) << u"empty field: drug_name"_s;
    QTest::addRow("quantity as text")
            << good << with(u"quantity"_s, u"28"_s) << u"quantity must be a whole number"_s;
    QTest::addRow("fractional refills")
            << good << with(u"refills"_s, 1.5) << u"refills must be a whole number"_s;
    QTest::addRow("substitution as 1") << good << with(u"substitution_allowed"_s, 1)
                                       << u"substitution_allowed must be true or false"_s;
    QTest::addRow("name as a number")
            << good << with(u"patient_name"_s, 7) << u"patient_name must be text"_s;
    QTest::addRow("@name for an id") << good << with(u"patient_id"_s, u"@maria"_s)
                                     << u"patient_id is \"@maria\": sign with the account id"_s;
}

void TestRxCheck::signErrors()
{
    QFETCH(QString, keyText);
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(u"key"_s);
    if (keyText != u"-") {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(keyText.toUtf8());
    }
    const Ran ran = runCli({ u"sign"_s, u"--key"_s, keyFile }, {}, input);
    QCOMPARE(ran.exitCode, 2);
    QVERIFY2(ran.err.isEmpty(), ran.err.constData());
    QCOMPARE(ran.out.count('\n'), 1);
    const QJsonObject o = ran.json();
    QCOMPARE(o.size(), 1);
    QVERIFY2(o.value(u"error"_s).toString().startsWith(error), ran.out.constData());
}

QTEST_GUILESS_MAIN(TestRxCheck)
#include "tst_rxcheck.moc"
