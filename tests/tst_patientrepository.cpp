// The patient register and its name search index.

#include "domain/patientrepository.h"
#include "storage/encryptedstore.h"
#include "storetestsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

Patient named(const QString &given, const QString &family)
{
    Patient p = test::makePatient(0);
    p.givenName = given;
    p.familyName = family;
    return p;
}

} // namespace

class TestPatientRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertAndFind();
    void insertRollsBackWithTheTransaction();
    void duplicateIdIsAnError();
    void aFailedWriteCannotBeCommitted();
    void searchByNamePrefixes();
    void searchFoldsAccentsAndCase();
    void searchTreatsOperatorsAsText_data();
    void searchTreatsOperatorsAsText();
    void renameMovesTheIndexEntry();
    void otherEditsKeepTheIndex();
    void deletedPatientsAreNotFound();
    void eraseRemovesRowAndIndex();
    void unknownIdIsReported();

private:
    QStringList search(const QString &text) const;
    void save(const Patient &patient, bool update = false);

    QTemporaryDir m_dir;
    std::unique_ptr<EncryptedStore> m_store;
    std::unique_ptr<PatientRepository> m_patients;
};

void TestPatientRepository::init()
{
    static int n = 0;
    auto store =
            EncryptedStore::create(m_dir.filePath(QStringLiteral("p%1.db").arg(++n)),
                                   test::password("repository tests"), test::fastStoreOptions());
    QVERIFY(store);
    m_store = std::move(store).value();
    m_patients = std::make_unique<PatientRepository>(m_store->database());
}

void TestPatientRepository::cleanup()
{
    m_patients.reset();
    m_store.reset();
}

QStringList TestPatientRepository::search(const QString &text) const
{
    auto found = m_patients->searchByName(text);
    if (!found)
        return { u"error: "_s + found.error().fullText() };
    QStringList names;
    for (const Patient &p : found.value())
        names << p.displayName();
    return names;
}

void TestPatientRepository::save(const Patient &patient, bool update)
{
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    const auto saved = update ? m_patients->update(transaction.value(), patient)
                              : m_patients->insert(transaction.value(), patient);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().fullText()));
    QVERIFY(transaction->commit());
}

void TestPatientRepository::insertAndFind()
{
    Patient p = named(u"Zoë"_s, u"Müller"_s);
    p.rev = 7;
    p.updatedBy = u"user-1"_s;
    p.phone = u"+351 21 000 0000"_s;
    p.email = u"zoe@example.org"_s;
    p.addressLine = u"Rua das Flores 1"_s;
    p.postalCode = u"1200-001"_s;
    p.country = u"PT"_s;
    p.preferredLanguage = u"de"_s;
    p.sex = u"female"_s;
    save(p);
    auto found = m_patients->find(p.id);
    QVERIFY(found);
    QVERIFY(found.value().has_value());
    QCOMPARE(*found.value(), p);
    auto missing = m_patients->find(u"no-such-id"_s);
    QVERIFY(missing);
    QVERIFY(!missing.value().has_value());
}

void TestPatientRepository::insertRollsBackWithTheTransaction()
{
    const Patient p = named(u"Ann"_s, u"Smith"_s);
    {
        auto transaction = WriteTransaction::begin(m_store->database());
        QVERIFY(transaction);
        QVERIFY(m_patients->insert(transaction.value(), p));
        // Destroyed without commit: rolled back.
    }
    QVERIFY(!m_patients->find(p.id).value().has_value());
    QVERIFY(search(u"smith"_s).isEmpty());
    QCOMPARE(test::countRows(m_store->database(), u"patient"_s), 0);
}

void TestPatientRepository::duplicateIdIsAnError()
{
    const Patient p = named(u"Ann"_s, u"Smith"_s);
    save(p);
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    const auto again = m_patients->insert(transaction.value(), p);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Sql);
    QVERIFY(again.error().detail.contains(u"UNIQUE"));
}

void TestPatientRepository::aFailedWriteCannotBeCommitted()
{
    const Patient first = named(u"Ann"_s, u"Smith"_s);
    save(first);
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    QVERIFY(m_patients->insert(transaction.value(), named(u"Bo"_s, u"Smithers"_s)));
    QVERIFY(!m_patients->insert(transaction.value(), first)); // duplicate id: half a change
    QVERIFY(transaction->failed());
    QVERIFY(!transaction->commit()); // refused and rolled back, the good insert too
    QCOMPARE(search(u"smi"_s), QStringList { u"Ann Smith"_s });
    QCOMPARE(test::countRows(m_store->database(), u"patient"_s), 1);
}

void TestPatientRepository::searchByNamePrefixes()
{
    save(named(u"Ann"_s, u"Smith"_s));
    save(named(u"Bo"_s, u"Smithers"_s));
    save(named(u"Ann"_s, u"Jones"_s));
    save(named(u"Annabel"_s, u"Smythe"_s));
    QCOMPARE(search(u"smi"_s), QStringList({ u"Ann Smith"_s, u"Bo Smithers"_s }));
    QCOMPARE(search(u"ann"_s),
             QStringList({ u"Ann Jones"_s, u"Ann Smith"_s, u"Annabel Smythe"_s }));
    QCOMPARE(search(u"ann sm"_s), QStringList({ u"Ann Smith"_s, u"Annabel Smythe"_s }));
    QCOMPARE(search(u"  Smithers  "_s), QStringList { u"Bo Smithers"_s });
    QVERIFY(search(u"x"_s).isEmpty());
    QVERIFY(search(u""_s).isEmpty());
    QCOMPARE(m_patients->searchByName(u"a"_s, 2).value().size(), 2);
}

void TestPatientRepository::searchFoldsAccentsAndCase()
{
    save(named(u"José"_s, u"Álvarez"_s));
    save(named(u"Siobhán"_s, u"O'Brien"_s));
    QCOMPARE(search(u"jose"_s), QStringList { u"José Álvarez"_s });
    QCOMPARE(search(u"ALVA"_s), QStringList { u"José Álvarez"_s });
    QCOMPARE(search(u"álv"_s), QStringList { u"José Álvarez"_s });
    QCOMPARE(search(u"o'bri"_s), QStringList { u"Siobhán O'Brien"_s });
    QCOMPARE(search(u"siobhan"_s), QStringList { u"Siobhán O'Brien"_s });
}

void TestPatientRepository::searchTreatsOperatorsAsText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("plain") << u"ann smi"_s << u"\"ann*\" \"smi*\""_s;
    QTest::newRow("or") << u"ann OR bob"_s << u"\"ann*\" \"OR*\" \"bob*\""_s;
    QTest::newRow("quotes") << u"\"ann"_s << u"\"ann*\""_s;
    QTest::newRow("minus and star") << u"-ann* smi"_s << u"\"ann*\" \"smi*\""_s;
    QTest::newRow("column filter") << u"family_name:smi"_s << u"\"family name smi*\""_s;
    QTest::newRow("only punctuation") << u"*** \"\" -"_s << QString();
}

void TestPatientRepository::searchTreatsOperatorsAsText()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(PatientRepository::searchExpression(typed), expression);
    save(named(u"Ann"_s, u"Smith"_s));
    QVERIFY(m_patients->searchByName(typed).ok()); // never an FTS syntax error
}

void TestPatientRepository::renameMovesTheIndexEntry()
{
    Patient p = named(u"Ann"_s, u"Smith"_s);
    save(p);
    p.familyName = u"Jones"_s;
    save(p, true);
    QVERIFY(search(u"smith"_s).isEmpty());
    QCOMPARE(search(u"jones"_s), QStringList { u"Ann Jones"_s });
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO patient_search (patient_search) VALUES ('integrity-check')")));
}

void TestPatientRepository::otherEditsKeepTheIndex()
{
    Patient p = named(u"Bo"_s, u"Smithers"_s);
    save(p);
    p.city = u"Porto"_s;
    p.phone = u"+351 22 000 0000"_s;
    save(p, true);
    QCOMPARE(search(u"smi"_s), QStringList { u"Bo Smithers"_s });
    QCOMPARE(m_patients->find(p.id).value()->city, u"Porto"_s);
}

void TestPatientRepository::deletedPatientsAreNotFound()
{
    Patient p = named(u"Ann"_s, u"Smith"_s);
    save(p);
    p.deleted = true;
    save(p, true);
    QVERIFY(search(u"smith"_s).isEmpty());
    QVERIFY(m_patients->find(p.id).value()->deleted); // the tombstone is still there to sync
}

void TestPatientRepository::eraseRemovesRowAndIndex()
{
    const Patient keep = named(u"Bo"_s, u"Smithers"_s);
    const Patient gone = named(u"Ann"_s, u"Smith"_s);
    save(keep);
    save(gone);
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    QVERIFY(m_patients->erase(transaction.value(), gone.id));
    QVERIFY(transaction->commit());
    QVERIFY(!m_patients->find(gone.id).value().has_value());
    QCOMPARE(search(u"smi"_s), QStringList { u"Bo Smithers"_s });
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO patient_search (patient_search) VALUES ('integrity-check')")));
}

void TestPatientRepository::unknownIdIsReported()
{
    auto transaction = WriteTransaction::begin(m_store->database());
    QVERIFY(transaction);
    const auto updated = m_patients->update(transaction.value(), named(u"No"_s, u"Body"_s));
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!m_patients->erase(transaction.value(), u"nobody"_s));
}

QTEST_GUILESS_MAIN(TestPatientRepository)
#include "tst_patientrepository.moc"
