// The shipped medicines reference data (resources/reference, issue 15): it loads, it is big
// enough and complete, every source is defined, every interaction is found from both sides, and
// the clinical cases of the table give the expected findings.

#include "pharmacy/medicationcheck.h"
#include "pharmacy/referencedata.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const ReferenceData *shipped()
{
    const Result<ReferenceData> &loaded = ReferenceData::shipped();
    return loaded.ok() ? &*loaded : nullptr;
}

// The keys of SOURCES.md's table: "| KEY | source | where |".
QSet<QString> sourceKeys()
{
    QFile file(QStringLiteral(CLINIC_REFERENCE_SOURCE_DIR) + u"/SOURCES.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> keys;
    static const QRegularExpression row(u"^\\|\\s*([A-Z0-9][A-Z0-9-]*)\\s*\\|"_s,
                                        QRegularExpression::MultilineOption);
    auto it = row.globalMatch(QString::fromUtf8(file.readAll()));
    while (it.hasNext())
        keys.insert(it.next().captured(1));
    return keys;
}

// The drugs an interaction side stands for: the drug, or every drug of the class.
QList<const Drug *> drugsOf(const ReferenceData &data, const QString &side)
{
    QList<const Drug *> out;
    if (!side.startsWith(u"class:"_s)) {
        if (const Drug *d = data.drugById(side))
            out.append(d);
        return out;
    }
    const QString id = side.mid(6);
    for (const Drug &d : data.drugs())
        if (d.classes.contains(id))
            out.append(&d);
    // Single substances first: a combination of the other side's drug counts as a duplicate.
    std::stable_sort(out.begin(), out.end(), [](const Drug *a, const Drug *b) {
        return a->components.isEmpty() && !b->components.isEmpty();
    });
    return out;
}

bool related(const ReferenceData &data, const Drug &a, const Drug &b)
{
    for (const Drug *x : data.expanded(a))
        for (const Drug *y : data.expanded(b))
            if (x->id == y->id)
                return true;
    return false;
}

std::optional<MedicationFinding> findingWith(const MedicationCheckResult &result,
                                             MedicationFinding::Kind kind)
{
    for (const MedicationFinding &f : result.findings)
        if (f.kind == kind)
            return f;
    return std::nullopt;
}

} // namespace

class TestRxReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void size();
    void drugsComplete();
    void sourcesDefined();
    void noDuplicatePair();
    void everyInteractionBothWays();
    void allergyClassesReachDrugs();
    void cases_data();
    void cases();
    void namePairs_data();
    void namePairs();
};

void TestRxReference::initTestCase()
{
    const Result<ReferenceData> &loaded = ReferenceData::shipped();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().fullText()));
    QVERIFY(!loaded->version().isEmpty());
}

void TestRxReference::size()
{
    QVERIFY2(shipped()->drugs().size() >= 200,
             qPrintable(u"%1 drugs"_s.arg(shipped()->drugs().size())));
    QVERIFY2(shipped()->interactions().size() >= 400,
             qPrintable(u"%1 interactions"_s.arg(shipped()->interactions().size())));
    QVERIFY(!shipped()->allergyClasses().empty());
}

void TestRxReference::drugsComplete()
{
    QStringList faults;
    for (const Drug &d : shipped()->drugs()) {
        auto fault = [&](const QString &what) {
            faults.append(d.id + u": "_s + what);
        };
        if (d.names.isEmpty())
            fault(u"no name"_s);
        if (d.atc.isEmpty())
            fault(u"no ATC code"_s);
        if (d.forms.isEmpty())
            fault(u"no form"_s);
        for (const DrugForm &f : d.forms)
            if (f.strengths.isEmpty())
                fault(u"form %1 has no strength"_s.arg(f.form));
        if (d.usualAdultDose.isEmpty())
            fault(u"no usual adult dose"_s);
        if (d.guide.uses.isEmpty() || d.guide.dosage.isEmpty() || d.guide.sideEffects.isEmpty()
            || d.guide.precautions.isEmpty() || d.guide.seekHelp.isEmpty())
            fault(u"a medication guide field is empty"_s);
        if (d.sources.isEmpty())
            fault(u"no source"_s);
    }
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u"; "_s)));
}

void TestRxReference::sourcesDefined()
{
    const QSet<QString> keys = sourceKeys();
    QVERIFY(keys.contains(u"BNF"_s));
    QStringList faults;
    auto check = [&](const QString &entry, const QStringList &sources) {
        if (sources.isEmpty())
            faults.append(entry + u": no source"_s);
        for (const QString &s : sources)
            if (!keys.contains(s))
                faults.append(entry + u": source " + s + u" is not in SOURCES.md"_s);
    };
    for (const Drug &d : shipped()->drugs())
        check(d.id, d.sources);
    for (const AllergyClass &a : shipped()->allergyClasses())
        check(u"allergy "_s + a.id, a.sources);
    for (const Interaction &i : shipped()->interactions())
        check(u"interaction "_s + i.key(), i.sources);
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u"; "_s)));
}

void TestRxReference::noDuplicatePair()
{
    QSet<QString> pairs;
    QStringList faults;
    for (const Interaction &i : shipped()->interactions()) {
        const QString pair = i.a < i.b ? i.a + u'|' + i.b : i.b + u'|' + i.a;
        if (pairs.contains(pair))
            faults.append(pair);
        pairs.insert(pair);
    }
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u", "_s)));
}

void TestRxReference::everyInteractionBothWays()
{
    const ReferenceData &data = *shipped();
    const MedicationCheck check(data);
    QStringList faults;
    for (const Interaction &i : data.interactions()) {
        const QList<const Drug *> as = drugsOf(data, i.a);
        const QList<const Drug *> bs = drugsOf(data, i.b);
        const Drug *a = nullptr;
        const Drug *b = nullptr;
        for (const Drug *x : as) {
            for (const Drug *y : bs) {
                if (!related(data, *x, *y)) {
                    a = x;
                    b = y;
                    break;
                }
            }
            if (a)
                break;
        }
        if (!a) {
            faults.append(i.key() + u": no two different drugs stand for its sides"_s);
            continue;
        }
        for (const auto &[x, y] : { std::pair { a, b }, std::pair { b, a } }) {
            const auto f =
                    findingWith(check.check(*x, { y }, {}), MedicationFinding::Kind::Interaction);
            if (!f || f->severity < i.severity)
                faults.append(u"%1: %2 with %3 gives %4"_s.arg(
                        i.key(), x->id, y->id, f ? severityName(f->severity) : u"nothing"_s));
        }
    }
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u"; "_s)));
}

void TestRxReference::allergyClassesReachDrugs()
{
    // An allergy class whose drug classes hold no drug would never flag anything.
    QStringList faults;
    for (const AllergyClass &a : shipped()->allergyClasses()) {
        bool any = false;
        for (const QString &c : a.drugClasses)
            any = any || !drugsOf(*shipped(), u"class:"_s + c).isEmpty();
        if (!any)
            faults.append(a.id);
    }
    QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u", "_s)));
}

void TestRxReference::cases_data()
{
    // The table of well-known clinical cases for issue 15, written by hand from the sources:
    // drug | with (another drug) or allergy | name | the expected severity, or "none".
    QTest::addColumn<QString>("drug");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::addRow("warfarin with ibuprofen")
            << u"warfarin"_s << u"with"_s << u"ibuprofen"_s << u"major"_s;
    QTest::addRow("Coumadin with Advil") << u"Coumadin"_s << u"with"_s << u"Advil"_s << u"major"_s;
    QTest::addRow("warfarin with aspirin")
            << u"warfarin"_s << u"with"_s << u"aspirin"_s << u"major"_s;
    QTest::addRow("warfarin with paracetamol")
            << u"warfarin"_s << u"with"_s << u"paracetamol"_s << u"moderate"_s;
    QTest::addRow("acetaminophen with warfarin")
            << u"acetaminophen"_s << u"with"_s << u"warfarin"_s << u"moderate"_s;
    QTest::addRow("warfarin with metronidazole")
            << u"warfarin"_s << u"with"_s << u"metronidazole"_s << u"major"_s;
    QTest::addRow("warfarin with fluconazole")
            << u"warfarin"_s << u"with"_s << u"fluconazole"_s << u"major"_s;
    QTest::addRow("apixaban with clarithromycin")
            << u"apixaban"_s << u"with"_s << u"clarithromycin"_s << u"major"_s;
    QTest::addRow("simvastatin with clarithromycin")
            << u"simvastatin"_s << u"with"_s << u"clarithromycin"_s << u"contraindicated"_s;
    QTest::addRow("simvastatin with ketoconazole")
            << u"simvastatin"_s << u"with"_s << u"ketoconazole"_s << u"contraindicated"_s;
    QTest::addRow("simvastatin with amlodipine")
            << u"simvastatin"_s << u"with"_s << u"amlodipine"_s << u"moderate"_s;
    QTest::addRow("sildenafil with glyceryl trinitrate")
            << u"sildenafil"_s << u"with"_s << u"glyceryl trinitrate"_s << u"contraindicated"_s;
    QTest::addRow("Viagra with nitroglycerin")
            << u"Viagra"_s << u"with"_s << u"nitroglycerin"_s << u"contraindicated"_s;
    QTest::addRow("tadalafil with isosorbide mononitrate")
            << u"tadalafil"_s << u"with"_s << u"isosorbide mononitrate"_s << u"contraindicated"_s;
    QTest::addRow("tramadol with sertraline")
            << u"tramadol"_s << u"with"_s << u"sertraline"_s << u"major"_s;
    QTest::addRow("phenelzine with fluoxetine")
            << u"phenelzine"_s << u"with"_s << u"fluoxetine"_s << u"contraindicated"_s;
    QTest::addRow("selegiline with tramadol")
            << u"selegiline"_s << u"with"_s << u"tramadol"_s << u"contraindicated"_s;
    QTest::addRow("methotrexate with trimethoprim")
            << u"methotrexate"_s << u"with"_s << u"trimethoprim"_s << u"major"_s;
    QTest::addRow("methotrexate with co-trimoxazole")
            << u"methotrexate"_s << u"with"_s << u"co-trimoxazole"_s << u"major"_s;
    QTest::addRow("lisinopril with spironolactone")
            << u"lisinopril"_s << u"with"_s << u"spironolactone"_s << u"major"_s;
    QTest::addRow("ramipril with potassium chloride")
            << u"ramipril"_s << u"with"_s << u"potassium chloride"_s << u"major"_s;
    QTest::addRow("allopurinol with azathioprine")
            << u"allopurinol"_s << u"with"_s << u"azathioprine"_s << u"major"_s;
    QTest::addRow("clopidogrel with omeprazole")
            << u"clopidogrel"_s << u"with"_s << u"omeprazole"_s << u"moderate"_s;
    QTest::addRow("digoxin with amiodarone")
            << u"digoxin"_s << u"with"_s << u"amiodarone"_s << u"major"_s;
    QTest::addRow("ciprofloxacin with tizanidine")
            << u"ciprofloxacin"_s << u"with"_s << u"tizanidine"_s << u"contraindicated"_s;
    QTest::addRow("fluvoxamine with tizanidine")
            << u"fluvoxamine"_s << u"with"_s << u"tizanidine"_s << u"contraindicated"_s;
    QTest::addRow("citalopram with ondansetron")
            << u"citalopram"_s << u"with"_s << u"ondansetron"_s << u"major"_s;
    QTest::addRow("lithium with ibuprofen")
            << u"lithium"_s << u"with"_s << u"ibuprofen"_s << u"major"_s;
    QTest::addRow("lithium with hydrochlorothiazide")
            << u"lithium"_s << u"with"_s << u"hydrochlorothiazide"_s << u"major"_s;
    QTest::addRow("rifampicin with ethinylestradiol and levonorgestrel")
            << u"rifampicin"_s << u"with"_s << u"ethinylestradiol and levonorgestrel"_s
            << u"major"_s;
    QTest::addRow("levothyroxine with calcium carbonate")
            << u"levothyroxine"_s << u"with"_s << u"calcium carbonate"_s << u"moderate"_s;
    QTest::addRow("doxycycline with ferrous sulfate")
            << u"doxycycline"_s << u"with"_s << u"ferrous sulfate"_s << u"moderate"_s;
    QTest::addRow("ciprofloxacin with calcium carbonate")
            << u"ciprofloxacin"_s << u"with"_s << u"calcium carbonate"_s << u"moderate"_s;
    QTest::addRow("morphine with diazepam")
            << u"morphine"_s << u"with"_s << u"diazepam"_s << u"major"_s;
    QTest::addRow("oxycodone with pregabalin")
            << u"oxycodone"_s << u"with"_s << u"pregabalin"_s << u"major"_s;
    QTest::addRow("clarithromycin with colchicine")
            << u"clarithromycin"_s << u"with"_s << u"colchicine"_s << u"contraindicated"_s;
    QTest::addRow("ritonavir with fluticasone")
            << u"ritonavir"_s << u"with"_s << u"fluticasone"_s << u"major"_s;
    QTest::addRow("theophylline with ciprofloxacin")
            << u"theophylline"_s << u"with"_s << u"ciprofloxacin"_s << u"major"_s;
    QTest::addRow("verapamil with metoprolol")
            << u"verapamil"_s << u"with"_s << u"metoprolol"_s << u"major"_s;
    QTest::addRow("spironolactone with co-trimoxazole")
            << u"spironolactone"_s << u"with"_s << u"co-trimoxazole"_s << u"major"_s;
    QTest::addRow("ibuprofen with naproxen")
            << u"ibuprofen"_s << u"with"_s << u"naproxen"_s << u"moderate"_s;
    QTest::addRow("paracetamol with amoxicillin")
            << u"paracetamol"_s << u"with"_s << u"amoxicillin"_s << u"none"_s;
    QTest::addRow("cetirizine with omeprazole")
            << u"cetirizine"_s << u"with"_s << u"omeprazole"_s << u"none"_s;
    QTest::addRow("loratadine with paracetamol")
            << u"loratadine"_s << u"with"_s << u"paracetamol"_s << u"none"_s;
    QTest::addRow("metformin with atorvastatin")
            << u"metformin"_s << u"with"_s << u"atorvastatin"_s << u"none"_s;
    QTest::addRow("amoxicillin allergy penicillin")
            << u"amoxicillin"_s << u"allergy"_s << u"penicillin"_s << u"contraindicated"_s;
    QTest::addRow("co-amoxiclav allergy penicillin")
            << u"co-amoxiclav"_s << u"allergy"_s << u"penicillin"_s << u"contraindicated"_s;
    QTest::addRow("ampicillin allergy Amoxil")
            << u"ampicillin"_s << u"allergy"_s << u"Amoxil"_s << u"contraindicated"_s;
    QTest::addRow("cefalexin allergy penicillin")
            << u"cefalexin"_s << u"allergy"_s << u"penicillin"_s << u"moderate"_s;
    QTest::addRow("azithromycin allergy penicillin")
            << u"azithromycin"_s << u"allergy"_s << u"penicillin"_s << u"none"_s;
    QTest::addRow("co-trimoxazole allergy sulfa")
            << u"co-trimoxazole"_s << u"allergy"_s << u"sulfa"_s << u"contraindicated"_s;
    QTest::addRow("ibuprofen allergy NSAIDs")
            << u"ibuprofen"_s << u"allergy"_s << u"NSAIDs"_s << u"contraindicated"_s;
    QTest::addRow("naproxen allergy aspirin")
            << u"naproxen"_s << u"allergy"_s << u"aspirin"_s << u"contraindicated"_s;
    QTest::addRow("ramipril allergy ACE inhibitors")
            << u"ramipril"_s << u"allergy"_s << u"ACE inhibitors"_s << u"contraindicated"_s;
    QTest::addRow("phenytoin allergy carbamazepine")
            << u"phenytoin"_s << u"allergy"_s << u"carbamazepine"_s << u"major"_s;
    QTest::addRow("meropenem allergy penicillin")
            << u"meropenem"_s << u"allergy"_s << u"penicillin"_s << u"minor"_s;
    QTest::addRow("cefuroxime allergy cephalosporins")
            << u"cefuroxime"_s << u"allergy"_s << u"cephalosporins"_s << u"contraindicated"_s;
}

void TestRxReference::cases()
{
    QFETCH(QString, drug);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const ReferenceData &data = *shipped();
    const Drug *d = data.findDrug(drug);
    QVERIFY2(d, qPrintable(u"unknown drug: "_s + drug));
    MedicationCheckResult result;
    if (kind == u"with") {
        const Drug *other = data.findDrug(name);
        QVERIFY2(other, qPrintable(u"unknown drug: "_s + name));
        result = MedicationCheck(data).check(*d, { other }, {});
    } else {
        QVERIFY2(!data.resolveAllergy(name).isEmpty(), qPrintable(u"unknown allergy: "_s + name));
        result = MedicationCheck(data).check(*d, {}, { name });
        QVERIFY(result.notChecked.isEmpty());
    }
    QCOMPARE(result.referenceVersion, data.version());
    QVERIFY(result.findings.size() <= 1);
    const auto f = findingWith(result,
                               kind == u"with" ? MedicationFinding::Kind::Interaction
                                               : MedicationFinding::Kind::Allergy);
    QCOMPARE(f ? severityName(f->severity) : u"none"_s, expected);
    if (f) {
        QVERIFY(!f->effect.isEmpty());
        QVERIFY(!f->advice.isEmpty());
        QVERIFY(!f->entry.isEmpty());
    }
}

void TestRxReference::namePairs_data()
{
    QTest::addColumn<QString>("inn");
    QTest::addColumn<QString>("us");

    QTest::addRow("paracetamol") << u"paracetamol"_s << u"acetaminophen"_s;
    QTest::addRow("glyceryl trinitrate") << u"glyceryl trinitrate"_s << u"nitroglycerin"_s;
    QTest::addRow("salbutamol") << u"salbutamol"_s << u"albuterol"_s;
    QTest::addRow("ciclosporin") << u"ciclosporin"_s << u"cyclosporine"_s;
    QTest::addRow("rifampicin") << u"rifampicin"_s << u"rifampin"_s;
}

void TestRxReference::namePairs()
{
    QFETCH(QString, inn);
    QFETCH(QString, us);
    const Drug *a = shipped()->findDrug(inn);
    const Drug *b = shipped()->findDrug(us.toUpper());
    QVERIFY2(a, qPrintable(inn));
    QVERIFY2(b, qPrintable(us));
    QCOMPARE(a, b);
    QCOMPARE(a->name(), inn); // the INN comes first
}

QTEST_GUILESS_MAIN(TestRxReference)
#include "tst_rxreference.moc"
