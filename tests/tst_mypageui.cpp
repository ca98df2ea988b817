// "My page", offscreen, against the real server: a doctor writes their page in the provider
// directory and a patient's computer finds every field of it; a wrong page is refused before
// anything is queued; saving offline waits to sync and goes when the server is back. Set
// CLINIC_SCREENSHOT_DIR to save each screen as a PNG for review.
#include "clientshell.h"
#include "desktopclients.h"
#include "domain/providerdirectory.h"
#include "mainwindow.h"
#include "pages/mydirectorypage.h"
#include "signinwindow.h"
#include "storage/userstores.h"
#include "storetestsupport.h"
#include "syncfixture.h"
#include "widgets/providerpageform.h"
#include "widgets/providerpageview.h"
#include "widgettestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;
const QString centro = u"loc-centro"_s;

// Ticks the items whose data is one of `data`, and unticks the others.
void tick(QListWidget *list, const QStringList &data)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(data.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

} // namespace

class TestMyPageUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newPageStartsFromTheRegistration();
    void wrongPageIsRefusedAndNothingIsQueued();
    void savedPageReachesPatients();
    void editingAgainUpdatesThePage();
    void savedOfflineWaitsToSync();

private:
    MyDirectoryPage *openMyPage();
    std::optional<ProviderPage> patientsView() const;
    QString message() const { return shown(m_page, u"myPageMessage"_s); }
    QString status() const { return shown(m_page, u"myPageStatus"_s); }
    int queued() const { return *m_shell->sync()->replica().unansweredCount(); }

    std::unique_ptr<TestServer> m_server;
    QString m_doctorId;
    QTemporaryDir m_doctorDir, m_patientDir, m_adminDir;
    std::unique_ptr<DesktopClients> m_desktops;
    std::unique_ptr<ClientShell> m_shell;
    MainWindow *m_doctor = nullptr;
    MyDirectoryPage *m_page = nullptr;
    std::unique_ptr<TestClient> m_patient; // a patient's computer, no window needed
};

void TestMyPageUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    m_server->addAccount(u"pat"_s, Role::Patient);
    m_server->addAccount(u"boss"_s, Role::Admin);
    m_doctorId =
            m_server->addAccount(u"dr-rui"_s, Role::Doctor, AccountStatus::Active,
                                 u"Cardiology, Sports medicine"_s, u"MD, University of Lisbon"_s);
    QVERIFY(m_server->start());
    // The admin adds the clinic's location first, as on the Clinic page.
    TestClient admin(*m_server, u"boss"_s, m_adminDir.path());
    QVERIFY(admin.signIn());
    QVERIFY(admin.submit(u"location.put"_s,
                         { { u"id"_s, centro },
                           { u"name"_s, u"Centro"_s },
                           { u"address_line"_s, u"Rua Augusta 10"_s },
                           { u"city"_s, u"Lisboa"_s },
                           { u"postal_code"_s, u"1100-053"_s },
                           { u"country"_s, u"Portugal"_s },
                           { u"phone"_s, u"+351 21 000 0000"_s },
                           { u"hours"_s, u"Mon–Fri 08:00–19:00"_s },
                           { u"time_zone"_s, u"Europe/Lisbon"_s },
                           { u"latitude_e6"_s, 38'710'000 },
                           { u"longitude_e6"_s, -9'137'000 } }));
    QVERIFY(admin.waitIdle());

    m_desktops = std::make_unique<DesktopClients>(*m_server);
    m_shell = m_desktops->open(m_doctorDir.path());
    QVERIFY(m_shell);
    m_doctor = DesktopClients::signIn(*m_shell, u"dr-rui"_s, QSize(1180, 760));
    QVERIFY(m_doctor);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->sync()->status().online, waitMs);
    m_page = openMyPage();
    QVERIFY(m_page);

    m_patient = std::make_unique<TestClient>(*m_server, u"pat"_s, m_patientDir.path());
    QVERIFY(m_patient->signIn());
    QVERIFY(m_patient->waitIdle());
}

void TestMyPageUi::cleanupTestCase()
{
    m_patient.reset();
    m_shell.reset();
    m_desktops.reset();
    m_server.reset();
}

MyDirectoryPage *TestMyPageUi::openMyPage()
{
    return qobject_cast<MyDirectoryPage *>(openPage(m_doctor, u"My page"_s));
}

// The doctor's page as the patient's computer last synced it.
std::optional<ProviderPage> TestMyPageUi::patientsView() const
{
    auto page = ProviderDirectory(m_patient->db()).page(m_doctorId);
    return page ? std::optional<ProviderPage>(*page) : std::nullopt;
}

// No page yet: the form starts from what the doctor registered with, says the page is not
// published, and shows the licence the clinic verified.
void TestMyPageUi::newPageStartsFromTheRegistration()
{
    QVERIFY(m_page);
    QStringList titles;
    for (int row = 0; row < m_doctor->navigation()->count(); ++row)
        titles << m_doctor->navigation()->item(row)->text();
    QCOMPARE(titles.indexOf(u"My page"_s), titles.indexOf(u"My availability"_s) + 1);

    ProviderPageForm *form = m_page->form();
    QCOMPARE(form->nameField()->text(), u"dr-rui Test"_s);
    QCOMPARE(form->specialtiesField()->text(), u"Cardiology, Sports medicine"_s);
    QCOMPARE(form->credentialsEdit()->toPlainText(), u"MD, University of Lisbon"_s);
    QVERIFY2(status().startsWith(u"Not published yet"_s), qPrintable(status()));
    QCOMPARE(shown(m_page, u"myPageLicence"_s), u"LIC-DR-RUI, verified by the clinic"_s);
    QVERIFY(shown(m_page, u"myPageRating"_s).startsWith(u"Not rated yet"_s));
    // The clinic's location, with its address, to tick.
    QTRY_COMPARE_WITH_TIMEOUT(form->locationList()->count(), 1, waitMs);
    QCOMPARE(form->locationList()->item(0)->text(),
             u"Centro — Rua Augusta 10, 1100-053 Lisboa, Portugal"_s);
    // Languages by name, stored as codes.
    QVERIFY(!form->languageList()->findItems(u"Portuguese"_s, Qt::MatchExactly).isEmpty());
    // The preview already reads like the page to come.
    QVERIFY(m_page->preview()->text().contains(u"cardiology, sports medicine"_s));
    QVERIFY(m_page->preview()->text().contains(u"Licence LIC-DR-RUI, verified by the clinic"_s));
    QVERIFY(!patientsView());
    screenshot(m_doctor, u"mypage-1-new"_s);
}

// An empty name, a fee without a currency, a fee that is not an amount: each said, nothing
// queued, nothing published.
void TestMyPageUi::wrongPageIsRefusedAndNothingIsQueued()
{
    QVERIFY(m_page);
    ProviderPageForm *form = m_page->form();
    form->nameField()->clear();
    button(m_page, u"Save"_s)->click();
    QCOMPARE(message(), u"The name must have 1 to 100 characters."_s);
    QCOMPARE(queued(), 0);
    QCOMPARE(form->doubtfulField(), form->nameField());

    form->nameField()->setText(u"Dr Rui Costa"_s);
    form->feeField()->setText(u"60"_s);
    form->currencyBox()->setEditText(QString());
    button(m_page, u"Save"_s)->click();
    QCOMPARE(message(), u"The fee needs a currency such as EUR."_s);
    QCOMPARE(queued(), 0);
    QCOMPARE(form->doubtfulField(), form->currencyBox()); // scrolled to and focused
    screenshot(m_doctor, u"mypage-2-refused"_s);

    form->currencyBox()->setEditText(u"EUR"_s);
    form->feeField()->setText(u"sixty"_s);
    button(m_page, u"Save"_s)->click();
    QVERIFY2(message().startsWith(u"Write the consultation fee as an amount"_s),
             qPrintable(message()));
    QCOMPARE(queued(), 0);
    QCOMPARE(m_shell->sync()->status().pending, 0);
    QVERIFY(status().startsWith(u"Not published yet"_s));
    QVERIFY(!patientsView());
}

// Every field the doctor writes is on the patient's computer, and search finds them by it.
void TestMyPageUi::savedPageReachesPatients()
{
    QVERIFY(m_page);
    ProviderPageForm *form = m_page->form();
    form->nameField()->setText(u"Dr Rui Costa"_s);
    form->specialtiesField()->setText(u"Cardiology, Sports medicine"_s);
    tick(form->languageList(), { u"pt"_s, u"en"_s });
    form->inPersonBox()->setChecked(true);
    form->videoBox()->setChecked(true);
    form->cityField()->clear();
    tick(form->locationList(), { centro });
    QCOMPARE(form->cityField()->text(), u"Lisboa"_s); // from the location ticked
    form->credentialsEdit()->setPlainText(
            u"MD, University of Lisbon\nBoard certified in cardiology"_s);
    form->yearsBox()->setValue(12);
    form->feeField()->setText(u"60.50"_s);
    form->currencyBox()->setEditText(u"EUR"_s);
    form->bioEdit()->setPlainText(u"I look after athletes' hearts."_s);
    QVERIFY(form->isModified());
    const QString preview = m_page->preview()->text();
    for (const QString &part : { u"Dr Rui Costa"_s, u"Consultation fee: 60.50 EUR"_s,
                                 u"12 years of experience"_s, u"Speaks English"_s, u"Portuguese"_s,
                                 u"Rua Augusta 10"_s, u"Board certified in cardiology"_s })
        QVERIFY2(preview.contains(part), qPrintable(preview));

    button(m_page, u"Save"_s)->click();
    QCOMPARE(message(), u"Saved."_s);
    QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Published"_s), waitMs);
    QVERIFY(!form->isModified());

    QTRY_VERIFY_WITH_TIMEOUT(patientsView().has_value(), waitMs);
    const ProviderPage page = *patientsView();
    QCOMPARE(page.summary.name, u"Dr Rui Costa"_s);
    QCOMPARE(page.summary.specialties, (QStringList { u"cardiology"_s, u"sports medicine"_s }));
    QCOMPARE(page.summary.languages, (QStringList { u"en"_s, u"pt"_s }));
    QCOMPARE(page.summary.modalities, (QStringList { u"in_person"_s, u"video"_s }));
    QCOMPARE(page.summary.city, u"Lisboa"_s);
    QCOMPARE(page.credentials, u"MD, University of Lisbon\nBoard certified in cardiology"_s);
    QCOMPARE(page.yearsExperience, std::optional<int>(12));
    QCOMPARE(page.feeCents, std::optional<qint64>(6050));
    QCOMPARE(page.feeCurrency, u"EUR"_s);
    QCOMPARE(page.bio, u"I look after athletes' hearts."_s);
    QCOMPARE(page.locationIds, QStringList { centro });
    QCOMPARE(page.licenceNumber, u"LIC-DR-RUI"_s); // the server's, not the client's

    // Search on the patient's computer: by specialty, language, kind of visit, city and
    // distance from the location the doctor works at.
    ProviderQuery query;
    query.specialty = u"cardiology"_s;
    query.language = u"pt"_s;
    query.modality = Modality::Video;
    query.city = u"LISBOA"_s;
    query.near = GeoPoint::fromE6(38'712'000, -9'139'000);
    query.withinKm = 5;
    auto hits = ProviderDirectory(m_patient->db()).search(query);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, m_doctorId);
    QVERIFY(hits->first().distanceKm && *hits->first().distanceKm < 1);
    screenshot(m_doctor, u"mypage-3-published"_s);
    screenshot(form, u"mypage-3-form-whole"_s); // below the fold too
}

// A second save changes the same page; "Undo my edits" brings back what was saved.
void TestMyPageUi::editingAgainUpdatesThePage()
{
    QVERIFY(m_page);
    ProviderPageForm *form = m_page->form();
    QCOMPARE(form->nameField()->text(), u"Dr Rui Costa"_s);
    QCOMPARE(form->yearsBox()->value(), 12);
    form->nameField()->setText(u"Someone else"_s);
    button(m_page, u"Undo my edits"_s)->click();
    QCOMPARE(form->nameField()->text(), u"Dr Rui Costa"_s);
    QVERIFY(!form->isModified());

    form->yearsBox()->setValue(13);
    form->videoBox()->setChecked(false);
    form->feeField()->setText(u"75"_s);
    tick(form->languageList(), { u"pt"_s });
    button(m_page, u"Save"_s)->click();
    QCOMPARE(message(), u"Saved."_s);
    QTRY_COMPARE_WITH_TIMEOUT(patientsView().value_or(ProviderPage {}).yearsExperience,
                              std::optional<int>(13), waitMs);
    const ProviderPage page = *patientsView();
    QCOMPARE(page.feeCents, std::optional<qint64>(7500));
    QCOMPARE(page.summary.modalities, QStringList { u"in_person"_s });
    QCOMPARE(page.summary.languages, QStringList { u"pt"_s });
    QCOMPARE(page.locationIds, QStringList { centro });
    ProviderQuery byVideo;
    byVideo.modality = Modality::Video;
    QVERIFY(ProviderDirectory(m_patient->db()).search(byVideo)->isEmpty());
}

// The server away: the save stays on this computer, says so, and goes when it is back.
void TestMyPageUi::savedOfflineWaitsToSync()
{
    QVERIFY(m_page);
    const quint16 port = m_server->port();
    m_server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->sync()->status().online, waitMs);
    m_page->form()->bioEdit()->setPlainText(u"Now also on Saturdays."_s);
    button(m_page, u"Save"_s)->click();
    QVERIFY2(message().startsWith(u"Saved on this computer"_s), qPrintable(message()));
    QVERIFY2(status().startsWith(u"Waiting to sync"_s), qPrintable(status()));
    QCOMPARE(queued(), 1);
    QVERIFY(m_page->preview()->text().contains(u"Now also on Saturdays."_s));
    screenshot(m_doctor, u"mypage-4-offline"_s);

    QVERIFY(m_server->start(port));
    QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Published"_s), 40000);
    QCOMPARE(queued(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(patientsView().value_or(ProviderPage {}).bio,
                              u"Now also on Saturdays."_s, 40000);
}

QTEST_MAIN(TestMyPageUi)
#include "tst_mypageui.moc"
