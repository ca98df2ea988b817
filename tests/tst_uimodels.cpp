// The desktop's item models under QAbstractItemModelTester, with the data they show.

#include "models/accountlistmodel.h"
#include "models/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace clinic;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void accountList();
    void sessionList();
};

void TestUiModels::accountList()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Account doctor;
    doctor.id = u"a1"_s;
    doctor.username = u"dr-lee"_s;
    doctor.displayName = u"Dr Min Lee"_s;
    doctor.role = Role::Doctor;
    doctor.status = AccountStatus::Pending;
    doctor.licenceNumber = u"GMC-7781234"_s;
    doctor.specialty = u"Dermatology"_s;
    Account nurse;
    nurse.id = u"a2"_s;
    nurse.username = u"nina"_s;
    nurse.displayName = u"Nina Okoye"_s;
    nurse.role = Role::Nurse;
    nurse.status = AccountStatus::Disabled;
    nurse.statusReason = u"left the clinic"_s;
    nurse.totpEnabled = true;
    model.setAccounts({ doctor, nurse });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AccountListModel::ColumnCount));
    QCOMPARE(model.index(0, AccountListModel::Name).data().toString(), u"Dr Min Lee"_s);
    QCOMPARE(model.index(0, AccountListModel::Role).data().toString(), u"Doctor"_s);
    QCOMPARE(model.index(0, AccountListModel::Status).data().toString(),
             u"Waiting for verification"_s);
    QCOMPARE(model.index(0, AccountListModel::Credentials).data().toString(),
             u"GMC-7781234, Dermatology"_s);
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, 0).data(int(AccountListModel::DataRole::IsPending)).toBool());
    QCOMPARE(model.index(1, AccountListModel::Status).data().toString(),
             u"Disabled — left the clinic"_s);
    QCOMPARE(model.index(1, AccountListModel::TwoFactor).data().toString(), u"On"_s);
    QCOMPARE(model.index(1, 0).data(int(AccountListModel::DataRole::AccountId)).toString(),
             u"a2"_s);
    QCOMPARE(model.headerData(AccountListModel::Username, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"User name"_s);

    QSortFilterProxyModel pending;
    pending.setSourceModel(&model);
    pending.setFilterRole(int(AccountListModel::DataRole::Status));
    pending.setFilterRegularExpression(u"^pending$"_s);
    QCOMPARE(pending.rowCount(), 1);
    model.setAccounts({});
    QCOMPARE(pending.rowCount(), 0);
}

void TestUiModels::sessionList()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSessions({ { u"s1"_s, 1795339800000, 1795340000000, 1795944600000, u"10.0.0.4"_s,
                          u"clinic 0.1.0"_s, true },
                        { u"s2"_s, 1795000000000, 1795000000000, 1795604800000, u"10.0.0.9"_s,
                          u"clinic-cli 0.1.0"_s, false } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SessionListModel::Program).data().toString(),
             u"clinic 0.1.0 (this one)"_s);
    QCOMPARE(model.index(1, SessionListModel::Address).data().toString(), u"10.0.0.9"_s);
    QVERIFY(model.index(0, 0).data(int(SessionListModel::DataRole::IsCurrent)).toBool());
    QCOMPARE(model.index(1, 0).data(int(SessionListModel::DataRole::SessionId)).toString(),
             u"s2"_s);
    QVERIFY(!model.index(0, SessionListModel::SignedIn).data().toString().isEmpty());
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
