// rx_bench: the prescribing check (core/pharmacy) against the whole shipped reference data, for
// a patient on 20 medications with 3 allergies (issue 15; docs/pharmacy.md quotes the figures).
// Pure computation on one thread; prints figures, asserts nothing.
//
//   rx_bench [--checks 10000] [--reference DIR]
//
// The patient takes 20 common medicines (those of the list below the data has, then every
// n-th drug of the set to make up 20) and is allergic to penicillin, sulfa and NSAIDs. Each
// check is one medicine being prescribed (every drug of the set in turn, those the patient
// takes excepted) against the 20 and the 3 allergies: interactions and allergies, findings
// built and sorted. Target: p99 < 5 ms. A second figure is the whole regimen reviewed at once
// (each of the 20 against the other 19 and the allergies), as a pharmacist's review would.

#include "benchsupport.h"
#include "pharmacy/medicationcheck.h"
#include "pharmacy/referencedata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;

void report(const char *what, const QList<double> &samples)
{
    const bench::Spread s = bench::spreadOf(samples);
    std::printf("%-44s n=%-6d p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms\n", what, s.count,
                s.p50, s.p95, s.p99, s.max);
}

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption checksOption(u"checks"_s, u"Checks to time."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption referenceOption(
            u"reference"_s, u"A reference data directory instead of the shipped set."_s, u"dir"_s);
    parser.addOptions({ checksOption, referenceOption });
    parser.process(app);
    const int checks = qMax(1, parser.value(checksOption).toInt());

    QElapsedTimer loadTimer;
    loadTimer.start();
    const Result<ReferenceData> loaded = parser.isSet(referenceOption)
            ? ReferenceData::load(parser.value(referenceOption))
            : ReferenceData::load();
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    if (!loaded) {
        std::fprintf(stderr, "rx_bench: %s\n", qPrintable(loaded.error().fullText()));
        return 1;
    }
    const ReferenceData &data = *loaded;
    const auto &drugs = data.drugs();
    if (drugs.size() < 21) {
        std::fprintf(stderr, "rx_bench: the reference data has %zu drugs; 21 are needed\n",
                     drugs.size());
        return 1;
    }

    QList<const Drug *> medications;
    for (const char *name :
         { "warfarin",       "metformin",    "atorvastatin",  "amlodipine",  "ramipril",
           "bisoprolol",     "omeprazole",   "levothyroxine", "sertraline",  "furosemide",
           "spironolactone", "digoxin",      "allopurinol",   "tramadol",    "gabapentin",
           "salbutamol",     "prednisolone", "clopidogrel",   "simvastatin", "amiodarone" }) {
        const Drug *d = data.findDrug(QString::fromUtf8(name));
        if (d && !medications.contains(d))
            medications.append(d);
    }
    for (size_t i = 0; medications.size() < 20 && i < drugs.size(); i += drugs.size() / 20 + 1)
        if (!medications.contains(&drugs[i]))
            medications.append(&drugs[i]);
    for (size_t i = 0; medications.size() < 20 && i < drugs.size(); ++i)
        if (!medications.contains(&drugs[i]))
            medications.append(&drugs[i]);
    const QStringList allergies { u"penicillin"_s, u"sulfa"_s, u"NSAIDs"_s };
    QList<const Drug *> candidates;
    for (const Drug &d : drugs)
        if (!medications.contains(&d))
            candidates.append(&d);

    std::printf("reference data %s: %zu drugs, %zu classes, %zu allergy classes, %zu "
                "interactions; loaded and indexed in %.1f ms\n",
                qPrintable(data.version()), drugs.size(), data.classes().size(),
                data.allergyClasses().size(), data.interactions().size(), loadMs);
    std::printf("patient: %lld medications, allergies %s\n", qlonglong(medications.size()),
                qPrintable(allergies.join(u", "_s)));

    const MedicationCheck check(data);
    qint64 findings = 0;
    QList<double> samples;
    samples.reserve(checks);
    QElapsedTimer timer;
    for (int i = 0; i < checks; ++i) {
        const Drug &drug = *candidates.at(i % candidates.size());
        timer.start();
        const MedicationCheckResult result = check.check(drug, medications, allergies);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        findings += result.findings.size();
    }
    report("prescribing check (1 drug vs 20 + 3 allergies)", samples);
    std::printf("  %.2f findings per check on average\n", double(findings) / checks);

    QList<double> reviews;
    const int reviewRuns = qMax(1, checks / 20);
    for (int i = 0; i < reviewRuns; ++i) {
        timer.start();
        for (const Drug *d : std::as_const(medications))
            findings += check.check(*d, medications, allergies).findings.size();
        reviews.append(double(timer.nsecsElapsed()) / 1e6);
    }
    report("regimen review (each of 20 vs the rest)", reviews);
    std::printf("target: prescribing check p99 < 5 ms\n");
    return 0;
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return clinic::run(app);
}
