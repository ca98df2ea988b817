// A prescription end to end, as its users do it (issue 15's GUI flow), through the real server
// and three real desktops signed in through the sign-in window, offscreen:
// 1. Dr Okafor opens Maria's Prescriptions under My patients and prescribes ibuprofen; Maria is
//    on warfarin, so the check shows a major interaction with its advice, Issue refuses to go
//    without an override reason, and goes with one, signed with the doctor's key (made and
//    registered on this first use).
// 2. Kim, Riverside Pharmacy's pharmacist, has received two lots of ibuprofen 400 mg on the
//    Inventory page; the prescription arrives in the Prescriptions queue, signed by the doctor
//    and verified; Kim starts it, marks it ready and dispenses, and the server takes the 15 units
//    from the lot that expires first.
// 3. Maria's My prescriptions says it was picked up (a notification came too); she asks for a
//    refill, and the doctor's Prescriptions page lists the request.
// Each step checks what the user sees and the server's rows. Screens: /tmp/rxflow-*.png.

#include "clientshell.h"
#include "desktopclients.h"
#include "mainwindow.h"
#include "models/notificationlistmodel.h"
#include "models/patientlistmodel.h"
#include "pages/mypatientspage.h"
#include "pages/notificationspage.h"
#include "pharmacy/dispensingpage.h"
#include "pharmacy/inventorypage.h"
#include "pharmacy/pharmacymodels.h"
#include "pharmacy/stockdialogs.h"
#include "prescriptions/myprescriptionspage.h"
#include "prescriptions/patientprescriptionspanel.h"
#include "prescriptions/prescribedialog.h"
#include "prescriptions/prescriptionlistmodel.h"
#include "prescriptions/prescriptionspage.h"
#include "syncfixture.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;
const QString riverside = u"ph-riverside"_s;

// A modal dialog's exec() blocks the code that opened it, so the test acts from within its event
// loop: `drive` runs on the first dialog of type T that becomes the active modal widget. A
// dialog that never comes leaves `seen` false; any other modal one is rejected after waitMs,
// so a broken link fails the test instead of hanging it.
template<typename T>
void whenModal(QObject *context, bool *seen, std::function<void(T *)> drive)
{
    *seen = false;
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(timer, &QTimer::timeout, context,
                     [timer, started, seen, drive = std::move(drive)] {
                         QWidget *modal = QApplication::activeModalWidget();
                         if (auto *dialog = qobject_cast<T *>(modal)) {
                             timer->stop();
                             timer->deleteLater();
                             *seen = true;
                             const QPointer<T> open(dialog);
                             drive(dialog);
                             if (open && open->isVisible()) // a check failed on the way
                                 open->reject();
                         } else if (started->elapsed() > waitMs) {
                             timer->stop();
                             timer->deleteLater();
                             if (auto *other = qobject_cast<QDialog *>(modal))
                                 other->reject();
                         }
                     });
    timer->start();
}

// The row of the fill `fillId` in the pharmacist's queue as the table shows it (through its
// filter), or -1.
int queueRow(DispensingPage *page, const QString &fillId)
{
    const QAbstractItemModel *model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(int(FillQueueModel::DataRole::FillId)).toString() == fillId)
            return row;
    }
    return -1;
}

QString queueText(DispensingPage *page, const QString &fillId, int column)
{
    const int row = queueRow(page, fillId);
    return row < 0 ? QString() : page->table()->model()->index(row, column).data().toString();
}

void save(QWidget *widget, const QString &name)
{
    QTest::qWait(100); // the last reload painted
    widget->grab().save(u"/tmp/rxflow-"_s + name + u".png"_s);
    screenshot(widget, u"rxflow-"_s + name);
}

} // namespace

class TestPharmacyFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void prescribedDispensedAndRefillRequested();

private:
    QVariant serverValue(const QString &sql) const;
    // Units left in the server's lot `lotNumber` of Riverside's ibuprofen 400 mg tablets.
    qint64 serverUnits(const QString &lotNumber) const;
    void receive(InventoryPage *page, const QString &lotNumber, int daysToExpiry, int units);

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<DesktopClients> m_desktops;
    QHash<QString, QString> m_ids;
};

void TestPharmacyFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    for (const auto &[name, role] :
         { std::pair { u"maria"_s, Role::Patient }, std::pair { u"okafor"_s, Role::Doctor },
           std::pair { u"kim"_s, Role::Pharmacist }, std::pair { u"admin"_s, Role::Admin },
           std::pair { u"desk"_s, Role::FrontDesk } }) {
        m_ids[name] = m_server->addAccount(name, role);
        QVERIFY(!m_ids[name].isEmpty());
    }
    {
        // Names as the screens show them (the prescriber's is signed with the prescription).
        auto store = m_server->openDatabase();
        QVERIFY(store);
        QSqlQuery query(store.value()->database());
        for (const auto &[name, display] :
             { std::pair { u"okafor"_s, u"Ada Okafor"_s }, std::pair { u"kim"_s, u"Kim Lee"_s } }) {
            QVERIFY(query.prepare(u"UPDATE account SET display_name = ? WHERE id = ?"_s));
            query.addBindValue(display);
            query.addBindValue(m_ids[name]);
            QVERIFY(query.exec());
        }
    }
    QVERIFY(m_server->start());
    m_desktops = std::make_unique<DesktopClients>(*m_server);

    // The admin opens Riverside Pharmacy and puts Kim there.
    TestClient admin(*m_server, u"admin"_s, m_dir.filePath(u"setup-admin"_s));
    QVERIFY(admin.signIn() && admin.waitIdle());
    QVERIFY(admin.submit(u"pharmacy.put"_s,
                         { { u"id"_s, riverside },
                           { u"name"_s, u"Riverside Pharmacy"_s },
                           { u"city"_s, u"Lisbon"_s },
                           { u"hours"_s, u"Mon–Sat 08:00–20:00"_s } }));
    QVERIFY(admin.submit(u"pharmacy.member.set"_s,
                         { { u"staff_id"_s, m_ids[u"kim"_s] }, { u"pharmacy_id"_s, riverside } }));
    QVERIFY(admin.waitIdle());

    // Maria: her record says warfarin and a penicillin allergy; Riverside is her pharmacy.
    const QString maria = m_ids[u"maria"_s];
    TestClient patient(*m_server, u"maria"_s, m_dir.filePath(u"setup-maria"_s));
    QVERIFY(patient.signIn() && patient.waitIdle());
    QVERIFY(patient.submit(u"patient.update"_s,
                           { { u"id"_s, maria },
                             { u"given_name"_s, u"Maria"_s },
                             { u"family_name"_s, u"Santos"_s },
                             { u"birth_date"_s, u"1961-04-12"_s } }));
    QVERIFY(patient.submit(u"medication.put"_s,
                           { { u"id"_s, u"maria-warfarin"_s },
                             { u"patient_id"_s, maria },
                             { u"name"_s, u"warfarin"_s },
                             { u"dose"_s, u"5 mg"_s },
                             { u"frequency"_s, u"once a day"_s } }));
    QVERIFY(patient.submit(u"allergy.put"_s,
                           { { u"id"_s, u"maria-penicillin"_s },
                             { u"patient_id"_s, maria },
                             { u"substance"_s, u"penicillin"_s },
                             { u"reaction"_s, u"hives"_s },
                             { u"severity"_s, u"severe"_s } }));
    QVERIFY(patient.submit(u"patient.pharmacy.set"_s,
                           { { u"patient_id"_s, maria }, { u"pharmacy_id"_s, riverside } }));
    QVERIFY(patient.waitIdle());
    QCOMPARE(serverValue(u"SELECT COUNT(*) FROM patient_pharmacy WHERE pharmacy_id = '"_s
                         + riverside + u"'"_s)
                     .toInt(),
             1);

    // The front desk puts Dr Okafor on her care team.
    TestClient desk(*m_server, u"desk"_s, m_dir.filePath(u"setup-desk"_s));
    QVERIFY(desk.signIn() && desk.waitIdle());
    QTRY_COMPARE_WITH_TIMEOUT(desk.count(u"patient"_s), 1, waitMs);
    QVERIFY(desk.submit(u"care_team.assign"_s,
                        { { u"patient_id"_s, maria },
                          { u"staff_id"_s, m_ids[u"okafor"_s] },
                          { u"staff_name"_s, u"Ada Okafor"_s } }));
    QVERIFY(desk.waitIdle());
    QCOMPARE(serverValue(u"SELECT COUNT(*) FROM care_team WHERE NOT deleted"_s).toInt(), 1);
}

void TestPharmacyFlow::cleanupTestCase()
{
    m_desktops.reset();
    m_server.reset();
}

QVariant TestPharmacyFlow::serverValue(const QString &sql) const
{
    auto store = m_server->openDatabase();
    if (!store)
        return {};
    QSqlQuery query(store.value()->database());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

qint64 TestPharmacyFlow::serverUnits(const QString &lotNumber) const
{
    const QVariant units = serverValue(
            u"SELECT quantity FROM stock_lot WHERE NOT deleted AND item_id = '"_s + riverside
            + u"|ibuprofen|400 mg|tablet' AND lot_number = '"_s + lotNumber + u"'"_s);
    return units.isValid() ? units.toLongLong() : -1;
}

// Kim receives a delivery through the Inventory page's Receive stock… dialog.
void TestPharmacyFlow::receive(InventoryPage *page, const QString &lotNumber, int daysToExpiry,
                               int units)
{
    QPushButton *open = button(page, u"Receive stock…"_s);
    QVERIFY(open);
    QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), waitMs); // once Kim's pharmacy has synced
    open->click();
    ReceiveStockDialog *dialog = page->receiveDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->selectDrug(u"ibuprofen"_s));
    dialog->form()->setCurrentText(u"tablet"_s);
    dialog->strength()->setCurrentText(u"400 mg"_s);
    QCOMPARE(dialog->strength()->currentText(), u"400 mg"_s);
    QTest::keyClicks(dialog->lotNumber(), lotNumber);
    dialog->expiry()->setDate(Clock::system().today().addDays(daysToExpiry));
    dialog->quantity()->setValue(units);
    dialog->reorderLevel()->setValue(20);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), u"Receive"_s);
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->receiveDialog(), waitMs); // accepted: it closes
}

void TestPharmacyFlow::prescribedDispensedAndRefillRequested()
{
    const QString maria = m_ids[u"maria"_s];

    // All three at their desks from the start: the patient hears of each step as it comes.
    auto doctorShell = m_desktops->open(m_dir.filePath(u"doctor"_s));
    QVERIFY(doctorShell);
    MainWindow *doctorWindow = DesktopClients::signIn(*doctorShell, u"okafor"_s);
    QVERIFY(doctorWindow);
    auto pharmacistShell = m_desktops->open(m_dir.filePath(u"pharmacist"_s));
    QVERIFY(pharmacistShell);
    MainWindow *pharmacistWindow = DesktopClients::signIn(*pharmacistShell, u"kim"_s);
    QVERIFY(pharmacistWindow);
    auto patientShell = m_desktops->open(m_dir.filePath(u"patient"_s));
    QVERIFY(patientShell);
    MainWindow *patientWindow = DesktopClients::signIn(*patientShell, u"maria"_s);
    QVERIFY(patientWindow);

    // Kim stocks ibuprofen 400 mg: a lot expiring in 400 days, then one expiring in 60.
    auto *inventory = qobject_cast<InventoryPage *>(openPage(pharmacistWindow, u"Inventory"_s));
    QVERIFY(inventory);
    receive(inventory, u"LATE-400"_s, 400, 100);
    receive(inventory, u"SOON-060"_s, 60, 40);
    QTRY_COMPARE_WITH_TIMEOUT(serverUnits(u"SOON-060"_s), 40, waitMs);
    QCOMPARE(serverUnits(u"LATE-400"_s), 100);
    QTRY_COMPARE_WITH_TIMEOUT(inventory->items()->rowCount(), 1, waitMs);
    QCOMPARE(inventory->items()->index(0, StockItemModel::OnHand).data().toString(), u"140"_s);

    // 1. The doctor: My patients → Maria → Prescriptions → Prescribe…
    auto *myPatients = qobject_cast<MyPatientsPage *>(openPage(doctorWindow, u"My patients"_s));
    QVERIFY(myPatients);
    QTRY_COMPARE_WITH_TIMEOUT(myPatients->model()->rowCount(), 1, waitMs);
    myPatients->list()->setCurrentIndex(myPatients->list()->model()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(myPatients->selectedId(), maria, waitMs);
    auto *tabs = myPatients->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(myPatients->prescriptions());
    PatientPrescriptionsPanel *panel = myPatients->prescriptions();
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(panel->prescribeButton()->isVisible() && panel->prescribeButton()->isEnabled());

    bool prescribed = false;
    QString findingsShown, severityShown, refusal, reasonField;
    bool overrideAsked = false, stillRefused = true;
    whenModal<PrescribeDialog>(this, &prescribed, [&](PrescribeDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), u"Prescribe for Maria Santos"_s);
        QVERIFY(dialog->pharmacy()->currentText().startsWith(u"Riverside Pharmacy"_s));
        QTest::keyClicks(dialog->search(), u"Advil"_s); // the brand finds it
        QListWidgetItem *ibuprofen = nullptr;
        for (int row = 0; row < dialog->drugList()->count(); ++row) {
            if (dialog->drugList()->item(row)->data(Qt::UserRole).toString() == u"ibuprofen")
                ibuprofen = dialog->drugList()->item(row);
        }
        QVERIFY(ibuprofen);
        dialog->drugList()->setCurrentItem(ibuprofen);
        QComboBox *strength = nullptr;
        for (auto *combo : dialog->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == u"Strength")
                strength = combo;
        }
        QVERIFY(strength);
        strength->setCurrentText(u"400 mg"_s);
        QTest::keyClicks(dialog->dose(), u"1 tablet"_s);
        QTest::keyClicks(dialog->directions(), u"three times a day with food, for 5 days"_s);
        dialog->quantity()->setValue(15);
        dialog->refills()->setValue(2);
        findingsShown = dialog->findings()->text();
        severityShown = dialog->findings()->accessibleDescription();
        overrideAsked = dialog->overrideReason()->isVisible();
        auto *issue = dialog->findChild<QPushButton *>(u"rxIssue"_s);
        QVERIFY(issue);
        issue->click(); // no reason yet: it stays open and says why
        refusal = dialog->message()->text();
        QVERIFY(dialog->isVisible());
        save(dialog, u"1-prescribe-refused"_s);
        dialog->overrideReason()->setFocus();
        QTest::keyClicks(dialog->overrideReason(), u"Short course; INR checked on day 3."_s);
        reasonField = dialog->overrideReason()->toPlainText();
        stillRefused = dialog->message()->isVisible();
        save(dialog, u"1-prescribe"_s);
        issue->click();
        if (dialog->isVisible()) { // refused: say why, and let the test go on
            refusal = dialog->message()->text();
            dialog->reject();
        }
    });
    panel->prescribeButton()->click(); // exec(): returns when the dialog closes
    QVERIFY2(prescribed, "the prescribing dialog did not open");
    QVERIFY2(overrideAsked, "a major finding must ask for an override reason");
    QVERIFY2(findingsShown.contains(u"Major"_s) && findingsShown.contains(u"warfarin"_s)
                     && findingsShown.contains(u"paracetamol"_s), // the advice
             qPrintable(findingsShown));
    QVERIFY2(severityShown.contains(u"Major"_s), qPrintable(severityShown));
    QVERIFY2(refusal.contains(u"say why"_s), qPrintable(refusal));
    QCOMPARE(reasonField, u"Short course; INR checked on day 3."_s);
    QVERIFY2(!stillRefused, "the refusal stays shown after the reason is given");

    // It shows under Maria at once (optimistic), then the server has it, signed.
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, waitMs);
    const QString rxId = panel->model()->prescription(0)->id;
    const QString fillId = rxId + u"#1"_s;
    QCOMPARE(panel->model()->index(0, PrescriptionListModel::Medicine).data().toString(),
             u"ibuprofen 400 mg tablet"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
            serverValue(u"SELECT status FROM prescription_fill WHERE id = '"_s + fillId + u"'"_s)
                    .toString(),
            u"new"_s, waitMs);
    QCOMPARE(serverValue(u"SELECT override_reason FROM prescription WHERE id = '"_s + rxId + u"'"_s)
                     .toString(),
             u"Short course; INR checked on day 3."_s);
    QCOMPARE(serverValue(u"SELECT COUNT(*) FROM prescriber_key WHERE id = '"_s + m_ids[u"okafor"_s]
                         + u"'"_s)
                     .toInt(),
             1);
    QCOMPARE(serverValue(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rx.prescribe.override'"_s)
                     .toInt(),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()
                                     ->index(0, PrescriptionListModel::Status)
                                     .data()
                                     .toString()
                                     .contains(u"Sent to the pharmacy"_s),
                             waitMs);

    // 2. The pharmacist: the queue shows it once it syncs, signed by the doctor and verified.
    auto *dispensing =
            qobject_cast<DispensingPage *>(openPage(pharmacistWindow, u"Prescriptions"_s));
    QVERIFY(dispensing);
    QTRY_VERIFY_WITH_TIMEOUT(queueRow(dispensing, fillId) >= 0, waitMs);
    QCOMPARE(queueText(dispensing, fillId, FillQueueModel::Patient), u"Maria Santos"_s);
    QCOMPARE(queueText(dispensing, fillId, FillQueueModel::Drug), u"ibuprofen 400 mg tablet"_s);
    QCOMPARE(queueText(dispensing, fillId, FillQueueModel::Status), u"New"_s);
    // Kim clicks the row.
    dispensing->table()->setCurrentIndex(
            dispensing->table()->model()->index(queueRow(dispensing, fillId), 0));
    QTRY_VERIFY_WITH_TIMEOUT(
            dispensing->signature()->text().contains(u"Signed by Dr Ada Okafor, verified"_s),
            waitMs);
    const QString details = dispensing->details()->text();
    for (const QString &shown :
         { u"Maria Santos"_s, u"penicillin (hives)"_s, u"ibuprofen"_s, u"400 mg"_s, u"1 of 3"_s,
           u"Major"_s, u"warfarin"_s, u"Short course; INR checked on day 3."_s })
        QVERIFY2(details.contains(shown), qPrintable(shown + u" not in: "_s + details));
    save(pharmacistWindow, u"2-dispensing-new"_s);

    QTRY_VERIFY_WITH_TIMEOUT(dispensing->startButton()->isEnabled(), waitMs);
    QVERIFY(!dispensing->readyButton()->isEnabled());
    dispensing->startButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(queueText(dispensing, fillId, FillQueueModel::Status),
                              u"In progress"_s, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dispensing->readyButton()->isEnabled(), waitMs);
    dispensing->readyButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(queueText(dispensing, fillId, FillQueueModel::Status),
                              u"Ready for pick-up"_s, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dispensing->dispenseButton()->isEnabled()
                                     && dispensing->selectedFill() == fillId,
                             waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
            serverValue(u"SELECT status FROM prescription_fill WHERE id = '"_s + fillId + u"'"_s)
                    .toString(),
            u"ready"_s, waitMs);
    dispensing->dispenseButton()->click();
    QVERIFY2(dispensing->message()->text().contains(u"Dispensed"_s),
             qPrintable(dispensing->message()->text()));
    // The server's truth: 15 units from the lot expiring first, the other untouched.
    QTRY_COMPARE_WITH_TIMEOUT(
            serverValue(u"SELECT status FROM prescription_fill WHERE id = '"_s + fillId + u"'"_s)
                    .toString(),
            u"dispensed"_s, waitMs);
    QCOMPARE(serverUnits(u"SOON-060"_s), 25);
    QCOMPARE(serverUnits(u"LATE-400"_s), 100);
    const QString lots = serverValue(u"SELECT dispensed_lots FROM prescription_fill WHERE id = '"_s
                                     + fillId + u"'"_s)
                                 .toString();
    QVERIFY2(lots.endsWith(u":15"_s) && !lots.contains(u','), qPrintable(lots));
    QCOMPARE(serverValue(u"SELECT COUNT(*) FROM audit_log WHERE action = 'pharmacy.dispense'"_s)
                     .toInt(),
             1);
    // Kim looks it up among the dispensed fills (a queue that lists only the open ones has let
    // it go): dispensed, and nothing more to do with it.
    const int dispensedFilter = dispensing->statusFilter()->findData(u"dispensed"_s);
    QVERIFY(dispensedFilter >= 0);
    dispensing->statusFilter()->setCurrentIndex(dispensedFilter);
    QTRY_COMPARE_WITH_TIMEOUT(queueText(dispensing, fillId, FillQueueModel::Status), u"Dispensed"_s,
                              waitMs);
    dispensing->table()->setCurrentIndex(
            dispensing->table()->model()->index(queueRow(dispensing, fillId), 0));
    QTRY_COMPARE_WITH_TIMEOUT(dispensing->selectedFill(), fillId, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dispensing->signature()->text().contains(u"verified"_s), waitMs);
    QVERIFY(!dispensing->startButton()->isEnabled());
    QVERIFY(!dispensing->readyButton()->isEnabled());
    QVERIFY(!dispensing->dispenseButton()->isEnabled());
    save(pharmacistWindow, u"2-dispensing-done"_s);
    // Kim's inventory follows: 125 usable.
    openPage(pharmacistWindow, u"Inventory"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
            inventory->items()->index(0, StockItemModel::OnHand).data().toString(), u"125"_s,
            waitMs);
    // Its lots, expiring first first: the 60-day lot gave the 15 units.
    inventory->itemTable()->setCurrentIndex(inventory->items()->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(inventory->lots()->rowCount(), 2, waitMs);
    QCOMPARE(inventory->lots()->index(0, StockLotModel::LotNumber).data().toString(),
             u"SOON-060"_s);
    QCOMPARE(inventory->lots()->index(0, StockLotModel::Units).data().toString(), u"25"_s);
    QCOMPARE(inventory->lots()->index(1, StockLotModel::LotNumber).data().toString(),
             u"LATE-400"_s);
    QCOMPARE(inventory->lots()->index(1, StockLotModel::Units).data().toString(), u"100"_s);
    save(pharmacistWindow, u"2-inventory-after"_s);

    // 3. The patient: My prescriptions says picked up; a notification came.
    auto *mine =
            qobject_cast<MyPrescriptionsPage *>(openPage(patientWindow, u"My prescriptions"_s));
    QVERIFY(mine);
    QTRY_COMPARE_WITH_TIMEOUT(mine->model()->rowCount(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
            mine->model()->index(0, PrescriptionListModel::Status).data().toString(),
            u"Picked up"_s, waitMs);
    QCOMPARE(mine->model()->index(0, PrescriptionListModel::RefillsLeft).data().toInt(), 2);
    // Her pharmacy with where it is (it has a city and no street address).
    const QString pharmacy = mine->pharmacyLabel()->text();
    QVERIFY2(pharmacy.contains(u"Riverside Pharmacy<br>Lisbon<br>"_s), qPrintable(pharmacy));
    QCOMPARE(mine->model()->index(0, PrescriptionListModel::Who).data().toString(),
             u"Ada Okafor"_s);
    auto *notifications = patientWindow->findChild<NotificationsPage *>();
    QVERIFY(notifications);
    const auto notified = [notifications] {
        for (int row = 0; row < notifications->model()->rowCount(); ++row) {
            if (notifications->model()->index(row).data().toString().contains(
                        u"ibuprofen 400 mg tablet was handed out by the pharmacy"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(notified(), waitMs);

    mine->table()->setCurrentIndex(mine->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(mine->refillButton()->isEnabled(), waitMs);
    save(patientWindow, u"3-my-prescriptions"_s);
    bool asked = false;
    whenModal<QInputDialog>(this, &asked, [](QInputDialog *dialog) {
        dialog->setTextValue(u"Running low: back pain again"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    mine->refillButton()->click();
    QVERIFY2(asked, "Request refill… asked nothing");
    QTRY_VERIFY_WITH_TIMEOUT(mine->details()->text().contains(u"Refill requested"_s), waitMs);
    QVERIFY(!mine->refillButton()->isEnabled()); // one open request at a time
    QTRY_COMPARE_WITH_TIMEOUT(
            serverValue(u"SELECT COUNT(*) FROM refill_request WHERE status = 'requested' AND "
                        u"note = 'Running low: back pain again' AND prescription_id = '"_s
                        + rxId + u"'"_s)
                    .toInt(),
            1, waitMs);

    // The doctor's Prescriptions page lists the request, and its title counts it.
    auto *requests = qobject_cast<PrescriptionsPage *>(openPage(doctorWindow, u"Prescriptions"_s));
    QVERIFY(requests);
    QTRY_COMPARE_WITH_TIMEOUT(requests->pendingRequests(), 1, waitMs);
    QPushButton *approve = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((approve = requests->findChild<QPushButton *>(u"approveRefill"_s))
                                     && approve->isVisible(),
                             waitMs);
    QCOMPARE(approve->accessibleName(),
             u"Approve a refill of ibuprofen 400 mg tablet for Maria Santos"_s);
    bool listed = false;
    for (QLabel *label : requests->findChildren<QLabel *>()) {
        listed = listed
                || (label->isVisible() && label->text().contains(u"Maria Santos"_s)
                    && label->text().contains(u"Running low: back pain again"_s));
    }
    QVERIFY(listed);
    QTRY_VERIFY_WITH_TIMEOUT(
            doctorWindow->navigation()->currentItem()->text() == u"Prescriptions (1)"_s, waitMs);
    save(doctorWindow, u"4-doctor-requests"_s);

    // The loop closes: the doctor approves; refill 1 (fill 2 of 3) waits at Riverside, and
    // Maria's page says where it is.
    // (The rows are rebuilt at each sync: the button found before may be gone.)
    QTRY_VERIFY_WITH_TIMEOUT((approve = requests->findChild<QPushButton *>(u"approveRefill"_s))
                                     && approve->isVisible(),
                             waitMs);
    approve->click();
    QTRY_COMPARE_WITH_TIMEOUT(requests->pendingRequests(), 0, waitMs);
    const QString refillId = rxId + u"#2"_s;
    QTRY_COMPARE_WITH_TIMEOUT(
            serverValue(u"SELECT status FROM prescription_fill WHERE id = '"_s + refillId + u"'"_s)
                    .toString(),
            u"new"_s, waitMs);
    QCOMPARE(serverValue(u"SELECT status FROM refill_request WHERE prescription_id = '"_s + rxId
                         + u"'"_s)
                     .toString(),
             u"approved"_s);
    QCOMPARE(openPage(pharmacistWindow, u"Prescriptions"_s), dispensing); // Kim looks again
    dispensing->statusFilter()->setCurrentIndex(
            qMax(0, dispensing->statusFilter()->findData(u"new"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(queueText(dispensing, refillId, FillQueueModel::Fill), u"2 of 3"_s,
                              waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
            mine->model()->index(0, PrescriptionListModel::Status).data().toString(),
            u"Refill 1: Sent to the pharmacy"_s, waitMs);
    QCOMPARE(mine->model()->index(0, PrescriptionListModel::RefillsLeft).data().toInt(), 1);
}

QTEST_MAIN(TestPharmacyFlow)
#include "tst_pharmacyflow.moc"
