// The medicines reference data loaded into the local store (issue 15 item 1, client migration
// 0017, core/pharmacy/referencerepository): a fresh store loads the shipped set; the same set
// again writes nothing; another version or digest replaces it; a load that fails midway keeps
// the previous set whole; the store's copy is the in-memory set; search and guides read it;
// the prescribing and guide dialogs show it (rendered to /tmp/rxref-*.png).

#include "clientshell.h"
#include "desktopclients.h"
#include "domain/patientrepository.h"
#include "manualclock.h"
#include "pharmacy/referencedata.h"
#include "pharmacy/referencerepository.h"
#include "prescriptions/medicationguidedialog.h"
#include "prescriptions/prescribedialog.h"
#include "storage/writetransaction.h"
#include "storetestsupport.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace clinic::test;
using namespace Qt::StringLiterals;

namespace {

const ReferenceData &shipped()
{
    return *ReferenceData::shipped();
}

// Changes made on this connection since it opened: 0 when nothing was written.
qint64 totalChanges(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT total_changes()"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A copy of resources/reference in `dir` with one more brand for ibuprofen ("Zyxofen"):
// the same version, another digest.
bool writeChangedSet(const QString &dir)
{
    const QDir source(QStringLiteral(CLINIC_REFERENCE_SOURCE_DIR));
    QDirIterator it(source.path(), { u"*.json"_s }, QDir::Files, QDirIterator::Subdirectories);
    bool changed = false;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = source.relativeFilePath(path);
        QByteArray bytes = readFile(path);
        if (relative.startsWith(u"drugs/M-"_s)) {
            QJsonObject top = QJsonDocument::fromJson(bytes).object();
            QJsonArray drugs = top.value(u"drugs"_s).toArray();
            for (qsizetype i = 0; i < drugs.size(); ++i) {
                QJsonObject drug = drugs.at(i).toObject();
                if (drug.value(u"id"_s).toString() != u"ibuprofen")
                    continue;
                QJsonArray brands = drug.value(u"brands"_s).toArray();
                brands.append(u"Zyxofen"_s);
                drug.insert(u"brands"_s, brands);
                drugs.replace(i, drug);
                changed = true;
            }
            top.insert(u"drugs"_s, drugs);
            bytes = QJsonDocument(top).toJson();
        }
        if (!QDir().mkpath(QFileInfo(dir + u'/' + relative).path())
            || !writeFile(dir + u'/' + relative, bytes))
            return false;
    }
    return changed;
}

} // namespace

class TestReferenceStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void freshStoreLoads();
    void sameVersionWritesNothing();
    void anotherDigestOrVersionReloads();
    void failedLoadKeepsThePreviousSet();
    void storeCopyIsTheInMemorySet();
    void search();
    void guide();
    void dialogsReadTheStore();
    void signInLoadsTheReference();
    void figures();

private:
    std::unique_ptr<EncryptedStore> create();
    QSqlDatabase db() const { return m_store->database(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EncryptedStore> m_store;
    ManualClock m_clock { 1796000000000 };
};

void TestReferenceStore::initTestCase()
{
    QVERIFY2(ReferenceData::shipped().ok(), "the shipped reference data loads");
    QVERIFY2(ReferenceRepository::shippedDigest().ok(), "the shipped files are read");
    QCOMPARE(ReferenceRepository::shippedDigest()->size(), 64);
}

std::unique_ptr<EncryptedStore> TestReferenceStore::create()
{
    auto created = EncryptedStore::create(m_dir->filePath(u"store.db"_s), password("pw"),
                                          fastStoreOptions());
    if (!created) {
        qWarning() << created.error().fullText();
        return {};
    }
    return std::move(created).value();
}

void TestReferenceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = create();
    QVERIFY(m_store);
}

void TestReferenceStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestReferenceStore::freshStoreLoads()
{
    auto before = ReferenceRepository::loaded(db());
    QVERIFY(before);
    QVERIFY(!*before);
    auto empty = ReferenceRepository::search(db(), u"ibuprofen"_s);
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());

    auto load = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    QVERIFY2(load, qPrintable(load ? QString() : load.error().fullText()));
    QVERIFY(load->written);
    qInfo("fresh store: the shipped set (%d drugs, %d interactions) loaded in %lld ms",
          int(shipped().drugs().size()), int(shipped().interactions().size()), load->elapsedMs);

    auto loaded = ReferenceRepository::loaded(db());
    QVERIFY(loaded && *loaded);
    QCOMPARE((*loaded)->version, shipped().version());
    QCOMPARE((*loaded)->released, shipped().released());
    QCOMPARE((*loaded)->digest, *ReferenceRepository::shippedDigest());
    QCOMPARE((*loaded)->loadedAtMs, m_clock.nowMs());
    QCOMPARE((*loaded)->drugCount, int(shipped().drugs().size()));
}

void TestReferenceStore::sameVersionWritesNothing()
{
    QVERIFY(ReferenceRepository::loadShipped(db(), m_clock.nowMs()));
    const qint64 changes = totalChanges(db());
    QVERIFY(changes > 0);
    m_clock.advance(60000);
    auto again = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    QVERIFY(again);
    QVERIFY(!again->written);
    QCOMPARE(totalChanges(db()), changes);

    // Reopened, as at the next sign-in: still nothing written.
    const QString path = m_store->databasePath();
    m_store.reset();
    auto reopened = EncryptedStore::open(path, password("pw"), fastStoreOptions());
    QVERIFY(reopened);
    m_store = std::move(reopened).value();
    const qint64 atOpen = totalChanges(db());
    auto third = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    QVERIFY(third);
    QVERIFY(!third->written);
    QCOMPARE(totalChanges(db()), atOpen);
    auto loaded = ReferenceRepository::loaded(db());
    QVERIFY(loaded && *loaded);
    QCOMPARE((*loaded)->loadedAtMs, m_clock.nowMs() - 60000); // the first load's
}

void TestReferenceStore::anotherDigestOrVersionReloads()
{
    QVERIFY(ReferenceRepository::loadShipped(db(), m_clock.nowMs()));

    // Same version, one byte more: another digest, so the set is replaced.
    const QString changedDir = m_dir->filePath(u"reference"_s);
    QVERIFY(writeChangedSet(changedDir));
    auto changed = ReferenceData::load(changedDir);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().fullText()));
    QCOMPARE(changed->version(), shipped().version());
    auto digest = ReferenceRepository::digest(changedDir);
    QVERIFY(digest);
    QVERIFY(*digest != *ReferenceRepository::shippedDigest());
    auto load = ReferenceRepository::load(db(), *changed, *digest, m_clock.nowMs());
    QVERIFY(load);
    QVERIFY(load->written);
    auto found = ReferenceRepository::search(db(), u"zyxofen"_s);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().id, u"ibuprofen"_s);
    QCOMPARE(found->constFirst().matched, u"Zyxofen"_s);

    // Back to the shipped set: the brand is gone again.
    auto back = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    QVERIFY(back && back->written);
    found = ReferenceRepository::search(db(), u"zyxofen"_s);
    QVERIFY(found && found->isEmpty());

    // Another recorded version (an older program loaded its set): replaced.
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE reference_loaded SET version = '2020.1'"_s));
    auto reload = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    QVERIFY(reload && reload->written);
    auto loaded = ReferenceRepository::loaded(db());
    QVERIFY(loaded && *loaded);
    QCOMPARE((*loaded)->version, shipped().version());
    auto counts = ReferenceRepository::counts(db());
    QVERIFY(counts);
    QCOMPARE(counts->drugs, int(shipped().drugs().size()));
}

void TestReferenceStore::failedLoadKeepsThePreviousSet()
{
    QVERIFY(ReferenceRepository::loadShipped(db(), m_clock.nowMs()));
    auto before = ReferenceRepository::counts(db());
    QVERIFY(before);

    const QString changedDir = m_dir->filePath(u"reference"_s);
    QVERIFY(writeChangedSet(changedDir));
    auto changed = ReferenceData::load(changedDir);
    QVERIFY(changed);
    auto digest = ReferenceRepository::digest(changedDir);
    QVERIFY(digest);
    // The interactions are written last but one: the drugs, names and guides of the new set
    // are in when this fails.
    QSqlQuery q(db());
    QVERIFY2(q.exec(u"CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON main.reference_interaction "
                    u"BEGIN SELECT RAISE(ABORT, 'disk gone'); END"_s),
             qPrintable(q.lastError().text()));
    auto load = ReferenceRepository::load(db(), *changed, *digest, m_clock.nowMs());
    QVERIFY(!load);
    QVERIFY2(load.error().fullText().contains(u"disk gone"_s), qPrintable(load.error().fullText()));
    QVERIFY(q.exec(u"DROP TRIGGER fail_midway"_s));

    auto loaded = ReferenceRepository::loaded(db());
    QVERIFY(loaded && *loaded);
    QCOMPARE((*loaded)->digest, *ReferenceRepository::shippedDigest());
    auto after = ReferenceRepository::counts(db());
    QVERIFY(after);
    QCOMPARE(after->drugs, before->drugs);
    QCOMPARE(after->names, before->names);
    QCOMPARE(after->interactions, before->interactions);
    QCOMPARE(after->guides, before->guides);
    auto found = ReferenceRepository::search(db(), u"zyxofen"_s);
    QVERIFY(found && found->isEmpty());
    auto advil = ReferenceRepository::search(db(), u"Advil"_s);
    QVERIFY(advil && !advil->isEmpty());

    // A later start loads it whole.
    auto retry = ReferenceRepository::load(db(), *changed, *digest, m_clock.nowMs());
    QVERIFY(retry && retry->written);
    found = ReferenceRepository::search(db(), u"zyxofen"_s);
    QVERIFY(found && found->size() == 1);
}

void TestReferenceStore::storeCopyIsTheInMemorySet()
{
    QVERIFY(ReferenceRepository::loadShipped(db(), m_clock.nowMs()));
    const ReferenceData &data = shipped();
    auto counts = ReferenceRepository::counts(db());
    QVERIFY(counts);
    QCOMPARE(counts->drugs, int(data.drugs().size()));
    QCOMPARE(counts->guides, int(data.drugs().size()));
    QCOMPARE(counts->classes, int(data.classes().size()));
    QCOMPARE(counts->allergyClasses, int(data.allergyClasses().size()));
    QCOMPARE(counts->interactions, int(data.interactions().size()));
    QVERIFY(data.drugs().size() >= 250);

    // Every drug, field by field, and every name finds it.
    for (const Drug &d : data.drugs()) {
        auto stored = ReferenceRepository::drug(db(), d.id);
        QVERIFY(stored);
        QVERIFY2(*stored, qPrintable(d.id));
        const Drug &s = **stored;
        QCOMPARE(s.id, d.id);
        QCOMPARE(s.names, d.names);
        QCOMPARE(s.brands, d.brands);
        QCOMPARE(s.atc, d.atc);
        QCOMPARE(s.classes, d.classes);
        QCOMPARE(s.components, d.components);
        QCOMPARE(s.usualAdultDose, d.usualAdultDose);
        QCOMPARE(s.sources, d.sources);
        QCOMPARE(s.forms.size(), d.forms.size());
        for (qsizetype i = 0; i < d.forms.size(); ++i) {
            QCOMPARE(s.forms.at(i).form, d.forms.at(i).form);
            QCOMPARE(s.forms.at(i).strengths, d.forms.at(i).strengths);
        }
        QCOMPARE(s.guide.uses, d.guide.uses);
        QCOMPARE(s.guide.dosage, d.guide.dosage);
        QCOMPARE(s.guide.sideEffects, d.guide.sideEffects);
        QCOMPARE(s.guide.precautions, d.guide.precautions);
        QCOMPARE(s.guide.seekHelp, d.guide.seekHelp);
        for (const QString &n : d.names + d.brands) {
            auto found = ReferenceRepository::findDrug(db(), n.toUpper());
            QVERIFY(found && *found);
            QCOMPARE((*found)->id, d.id);
            QCOMPARE((*found)->name, d.name());
            QCOMPARE((*found)->matched, n);
        }
    }

    // A few interactions and allergy classes as the files have them.
    QSqlQuery q(db());
    QVERIFY(q.exec(
            u"SELECT a, b, severity, effect FROM reference_interaction ORDER BY position"_s));
    size_t i = 0;
    while (q.next()) {
        QVERIFY(i < data.interactions().size());
        const Interaction &x = data.interactions()[i++];
        QCOMPARE(q.value(0).toString(), x.a);
        QCOMPARE(q.value(1).toString(), x.b);
        QCOMPARE(q.value(2).toString(), severityName(x.severity));
        QCOMPARE(q.value(3).toString(), x.effect);
    }
    QCOMPARE(i, data.interactions().size());
    QVERIFY(q.exec(
            u"SELECT severity FROM reference_interaction WHERE (a = 'class:anticoagulant' "
            u"AND b = 'class:nsaid') OR (b = 'class:anticoagulant' AND a = 'class:nsaid')"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"major"_s);
    QVERIFY(q.exec(u"SELECT id, name, severity, drug_classes FROM reference_allergy_class "
                   u"ORDER BY position"_s));
    i = 0;
    while (q.next()) {
        const AllergyClass &a = data.allergyClasses()[i++];
        QCOMPARE(q.value(0).toString(), a.id);
        QCOMPARE(q.value(1).toString(), a.name);
        QCOMPARE(q.value(2).toString(), severityName(a.severity));
        QCOMPARE(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array().size(),
                 a.drugClasses.size());
    }
    QCOMPARE(i, data.allergyClasses().size());
}

void TestReferenceStore::search()
{
    QVERIFY(ReferenceRepository::loadShipped(db(), m_clock.nowMs()));

    // A brand finds its drug, whatever the case.
    for (const QString &typed : { u"Advil"_s, u"advil"_s, u"  ADVIL "_s }) {
        auto found = ReferenceRepository::search(db(), typed);
        QVERIFY(found && !found->isEmpty());
        QCOMPARE(found->constFirst().id, u"ibuprofen"_s);
        QCOMPARE(found->constFirst().matched, u"Advil"_s);
        QCOMPARE(found->constFirst().rank, 0);
    }
    // The US name finds the INN.
    auto acetaminophen = ReferenceRepository::search(db(), u"acetaminophen"_s);
    QVERIFY(acetaminophen && !acetaminophen->isEmpty());
    QCOMPARE(acetaminophen->constFirst().id, u"paracetamol"_s);
    QCOMPARE(acetaminophen->constFirst().name, u"paracetamol"_s);
    QCOMPARE(acetaminophen->constFirst().matched, u"acetaminophen"_s);
    auto tylenol = ReferenceRepository::search(db(), u"tylenol"_s);
    QVERIFY(tylenol && !tylenol->isEmpty());
    QCOMPARE(tylenol->constFirst().id, u"paracetamol"_s);

    // Prefix first: every drug with a name starting "pro" comes before any that only
    // contains it, and the ranks never go down the list.
    const QString typed = u"pro"_s;
    QSet<QString> prefixed;
    QSet<QString> containing;
    for (const Drug &d : shipped().drugs()) {
        for (const QString &n : d.names + d.brands) {
            const QString folded = ReferenceData::normalisedName(n);
            if (folded.startsWith(typed))
                prefixed.insert(d.id);
            else if (folded.contains(typed))
                containing.insert(d.id);
        }
    }
    containing -= prefixed;
    QVERIFY(!prefixed.isEmpty() && !containing.isEmpty());
    auto ranked = ReferenceRepository::search(db(), typed, 1000);
    QVERIFY(ranked);
    QCOMPARE(ranked->size(), prefixed.size() + containing.size());
    for (qsizetype i = 0; i < ranked->size(); ++i) {
        const DrugMatch &m = ranked->at(i);
        QCOMPARE(prefixed.contains(m.id), i < prefixed.size());
        if (i > 0)
            QVERIFY(ranked->at(i - 1).rank <= m.rank);
    }
    // Among the prefixed, a generic name starting so before a brand only, then by name.
    QSet<QString> genericPrefixed;
    for (const Drug &d : shipped().drugs())
        for (const QString &n : d.names)
            if (ReferenceData::normalisedName(n).startsWith(typed))
                genericPrefixed.insert(d.id);
    QVERIFY(!genericPrefixed.isEmpty() && genericPrefixed.size() < prefixed.size());
    for (qsizetype i = 0; i < prefixed.size(); ++i) {
        QCOMPARE(genericPrefixed.contains(ranked->at(i).id), i < genericPrefixed.size());
        if (i > 0 && i != genericPrefixed.size())
            QVERIFY(ranked->at(i - 1).name <= ranked->at(i).name);
    }

    // Limited.
    auto limited = ReferenceRepository::search(db(), u"a"_s, 5);
    QVERIFY(limited);
    QCOMPARE(limited->size(), 5);
    // Nothing typed: every drug by name, up to the limit.
    auto all = ReferenceRepository::search(db(), {}, 1000);
    QVERIFY(all);
    QCOMPARE(all->size(), qsizetype(shipped().drugs().size()));
    QVERIFY(all->at(0).name <= all->at(1).name);
    // Nothing matches.
    auto none = ReferenceRepository::search(db(), u"zzqxv"_s);
    QVERIFY(none && none->isEmpty());
    // A drug id is not a name shown to find by, but picks the drug exactly.
    auto byId = ReferenceRepository::findDrug(db(), u"co_amoxiclav"_s);
    QVERIFY(byId && *byId && (*byId)->id == u"co_amoxiclav");
    auto missing = ReferenceRepository::findDrug(db(), u"zzqxv"_s);
    QVERIFY(missing && !*missing);
}

void TestReferenceStore::guide()
{
    QVERIFY(ReferenceRepository::loadShipped(db(), m_clock.nowMs()));
    const Drug *amlodipine = shipped().drugById(u"amlodipine");
    QVERIFY(amlodipine);
    auto guide = ReferenceRepository::guide(db(), u"amlodipine"_s);
    QVERIFY(guide && *guide);
    QCOMPARE((*guide)->uses, amlodipine->guide.uses);
    QCOMPARE((*guide)->seekHelp, amlodipine->guide.seekHelp);
    QVERIFY(!(*guide)->uses.isEmpty());
    auto none = ReferenceRepository::guide(db(), u"no_such_drug"_s);
    QVERIFY(none && !*none);
}

void TestReferenceStore::dialogsReadTheStore()
{
    QVERIFY(ReferenceRepository::loadShipped(db(), m_clock.nowMs()));
    Patient patient = makePatient(1);
    patient.givenName = u"Maria"_s;
    patient.familyName = u"Santos"_s;
    {
        auto transaction = WriteTransaction::begin(db());
        QVERIFY(transaction);
        QVERIFY(PatientRepository(db()).insert(*transaction, patient));
        QSqlQuery q(db());
        q.prepare(u"INSERT INTO pharmacy (id, updated_at, name, city) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(u"ph-1"_s);
        q.addBindValue(m_clock.nowMs());
        q.addBindValue(u"Riverside Pharmacy"_s);
        q.addBindValue(u"Lisbon"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(transaction->commit());
    }
    std::shared_ptr<EncryptedStore> store = std::move(m_store);
    ui::ClientContext context;
    context.store = store;
    context.account = LocalAccount { u"127.0.0.1:1"_s,   u"doc-1"_s,   u"Dr Ada Okafor"_s,
                                     u"Dr Ada Okafor"_s, Role::Doctor, 10 };
    context.clock = &m_clock;
    {
        ui::PrescribeDialog dialog(context, patient.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Everything listed at first, by name, to browse; a search lists at most 60.
        QCOMPARE(dialog.drugList()->count(), int(shipped().drugs().size()));
        QVERIFY(dialog.drugList()->item(0)->text() < dialog.drugList()->item(1)->text());
        dialog.search()->setText(u"a"_s);
        QCOMPARE(dialog.drugList()->count(), 60);
        // The US name: the INN shown with the name typed.
        dialog.search()->setText(u"acetaminophen"_s);
        QCOMPARE(dialog.drugList()->count(), 1);
        QVERIFY2(dialog.drugList()->item(0)->text().startsWith(u"paracetamol — acetaminophen"_s),
                 qPrintable(dialog.drugList()->item(0)->text()));
        // A brand, then the drug picked: forms and strengths from the store.
        dialog.search()->setText(u"nuro"_s);
        QVERIFY(dialog.drugList()->count() >= 1);
        QVERIFY(dialog.drugList()->item(0)->text().startsWith(u"ibuprofen"_s));
        dialog.drugList()->setCurrentRow(0);
        QVERIFY(dialog.drug());
        QCOMPARE(dialog.drug()->id, u"ibuprofen"_s);
        QCOMPARE(dialog.drug()->forms.size(), shipped().drugById(u"ibuprofen")->forms.size());
        QVERIFY(dialog.dose()->toolTip().contains(u"Usual adult dose"_s));
        QCOMPARE(dialog.checkResult().referenceVersion, shipped().version());
        dialog.search()->setText(u"pro"_s);
        QTest::qWait(50);
        dialog.grab().save(u"/tmp/rxref-prescribe-search.png"_s);
        screenshot(&dialog, u"rxref-prescribe-search"_s);
        dialog.search()->setText(u"acetaminophen"_s);
        dialog.drugList()->setCurrentRow(0);
        QVERIFY(dialog.drug() && dialog.drug()->id == u"paracetamol");
        QTest::qWait(50);
        dialog.grab().save(u"/tmp/rxref-prescribe-us-name.png"_s);
        // Nothing matches: said so.
        dialog.search()->setText(u"zzqxv"_s);
        QCOMPARE(dialog.drugList()->count(), 0);
        QVERIFY(dialog.noMatch()->isVisible());
        QVERIFY(dialog.noMatch()->text().contains(u"zzqxv"_s));
        dialog.grab().save(u"/tmp/rxref-prescribe-nomatch.png"_s);
        // selectDrug by a brand.
        QVERIFY(dialog.selectDrug(u"Tylenol"_s));
        QCOMPARE(dialog.drug()->id, u"paracetamol"_s);
        QVERIFY(!dialog.noMatch()->isVisible());
    }
    {
        ui::MedicationGuideDialog guide(store->database(), u"paracetamol"_s);
        QVERIFY(guide.found());
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        const Drug *paracetamol = shipped().drugById(u"paracetamol");
        QVERIFY(guide.text()->text().contains(paracetamol->guide.uses.toHtmlEscaped()));
        QVERIFY(guide.text()->text().contains(shipped().version()));
        QVERIFY(guide.text()->text().contains(u"Tylenol"_s));
        guide.grab().save(u"/tmp/rxref-guide.png"_s);
        screenshot(&guide, u"rxref-guide"_s);
        ui::MedicationGuideDialog missing(store->database(), u"no_such_drug"_s);
        QVERIFY(!missing.found());
    }
    m_store.reset();
    store.reset();
}

// Signing in loads the set on the worker that opens the store, before the window opens: on
// the first sign-in on this computer (the store made) and not again at the next (nothing
// written: the same loaded_at).
void TestReferenceStore::signInLoadsTheReference()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    TestServer server;
    server.addAccount(u"dr-ref"_s, Role::Doctor);
    QVERIFY(server.start());
    QTemporaryDir dir;
    DesktopClients desktops(server);
    const auto loadedAt = [&dir]() -> qint64 {
        QDirIterator it(dir.path(), { u"*.db"_s }, QDir::Files, QDirIterator::Subdirectories);
        if (!it.hasNext())
            return -1;
        auto store = EncryptedStore::open(it.next(), SecureBytes::fromUtf8(syncPassword),
                                          fastStoreOptions());
        if (!store)
            return -2;
        auto loaded = ReferenceRepository::loaded(store.value()->database());
        if (!loaded || !*loaded || (*loaded)->version != shipped().version()
            || (*loaded)->digest != *ReferenceRepository::shippedDigest())
            return -3;
        return (*loaded)->loadedAtMs;
    };
    {
        auto shell = desktops.open(dir.path());
        QVERIFY(shell);
        QVERIFY(DesktopClients::signIn(*shell, u"dr-ref"_s));
    }
    // A new store gets it on a worker just after the window opens.
    QTRY_VERIFY_WITH_TIMEOUT(loadedAt() > 0, 20000);
    const qint64 first = loadedAt();
    QTest::qWait(20);
    {
        auto shell = desktops.open(dir.path());
        QVERIFY(shell);
        QVERIFY(DesktopClients::signIn(*shell, u"dr-ref"_s));
    }
    QCOMPARE(loadedAt(), first);
}

// How long a load takes (a fresh store, and a store replacing a set), the no-op check at
// start, and a search as a name is typed.
void TestReferenceStore::figures()
{
    QElapsedTimer timer;
    timer.start();
    auto first = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    const qint64 firstMs = timer.elapsed();
    QVERIFY(first && first->written);
    timer.restart();
    auto same = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    const qint64 sameUs = timer.nsecsElapsed() / 1000;
    QVERIFY(same && !same->written);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE reference_loaded SET digest = 'old'"_s));
    timer.restart();
    auto replace = ReferenceRepository::loadShipped(db(), m_clock.nowMs());
    const qint64 replaceMs = timer.elapsed();
    QVERIFY(replace && replace->written);
    timer.restart();
    int rounds = 0;
    for (const QString &typed :
         { u"a"_s, u"am"_s, u"amo"_s, u"amox"_s, u"i"_s, u"ib"_s, u"ibu"_s, u"acet"_s }) {
        QVERIFY(ReferenceRepository::search(db(), typed, 60));
        ++rounds;
    }
    const qint64 searchUs = timer.nsecsElapsed() / 1000 / rounds;
    qInfo("reference load: fresh store %lld ms, replacing a set %lld ms, same set (no write) "
          "%lld us; a search as typed %lld us",
          firstMs, replaceMs, sameUs, searchUs);
}

QTEST_MAIN(TestReferenceStore)
#include "tst_referencestore.moc"
