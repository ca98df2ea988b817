// The hand-entry dialog for a vital sign (ui/vitals/vitalentrydialog): impossible values are
// explained and block Save, unusual ones ask "Save anyway?", and a saved reading is converted
// to the canonical unit and recorded through the patient's real client and server.
#include "syncfixture.h"
#include "vitals/vitalentrydialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUuid>

using namespace clinic;
using namespace clinic::test;
using namespace clinic::ui;
using namespace Qt::StringLiterals;

class TestVitalEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void anImpossibleValueIsExplainedAndCannotBeSaved();
    void anUnusualValueAsksBeforeSaving();
    void aBloodPressureIsRecordedInMmHg();

private:
    ClientContext context() const
    {
        ClientContext context;
        context.sync = m_maria->engine.get();
        context.clock = &m_clock;
        return context;
    }
    void render(QDialog &dialog, const QString &name)
    {
        dialog.adjustSize();
        dialog.show();
        QVERIFY(dialog.grab().save(u"/tmp/vitalentry-%1.png"_s.arg(name)));
    }

    QTemporaryDir m_stores;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_maria;
    QString m_mariaId;
    ManualClock m_clock { Clock::system().nowMs() };
};

void TestVitalEntry::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_mariaId = m_server->addAccount(u"maria"_s, Role::Patient);
    QVERIFY(!m_mariaId.isEmpty());
    QVERIFY(m_server->start());
    m_maria = std::make_unique<TestClient>(*m_server, u"maria"_s,
                                           m_stores.path() + u"/maria"_s);
    QVERIFY(m_maria->signIn());
    QVERIFY(m_maria->waitIdle());
}

void TestVitalEntry::cleanupTestCase()
{
    m_maria.reset();
    m_server.reset();
}

void TestVitalEntry::anImpossibleValueIsExplainedAndCannotBeSaved()
{
    VitalEntryDialog dialog(context(), m_mariaId);
    dialog.setKind(VitalKind::BloodPressure);
    QVERIFY(dialog.diastolicField()->isVisibleTo(&dialog));
    QVERIFY(!dialog.heightField()->isVisibleTo(&dialog));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTest::keyClicks(dialog.valueField(), u"900"_s);
    QTest::keyClicks(dialog.diastolicField(), u"80"_s);
    QCOMPARE(dialog.problem(), u"900 mmHg is not a possible systolic pressure; check the reading."_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    render(dialog, u"refused"_s);
    dialog.accept();
    QVERIFY(dialog.recordedId().isEmpty());

    dialog.setKind(VitalKind::Temperature);
    QVERIFY(!dialog.diastolicField()->isVisibleTo(&dialog));
    dialog.valueField()->setText(u"4"_s);
    QVERIFY(dialog.problem().contains(u"4 °C"_s));
    QVERIFY(!dialog.saveButton()->isEnabled());
    dialog.valueField()->setText(u"abc"_s);
    QVERIFY(dialog.problem().contains(u"not a number"_s));
    QVERIFY(!dialog.saveButton()->isEnabled());
}

void TestVitalEntry::anUnusualValueAsksBeforeSaving()
{
    VitalEntryDialog dialog(context(), m_mariaId);
    dialog.setKind(VitalKind::Temperature);
    dialog.unitField()->setCurrentText(u"°F"_s);
    dialog.valueField()->setText(u"103.1"_s); // 39.5 °C
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.verdict().warnings.isEmpty());
    render(dialog, u"warning"_s);
    QStringList asked;
    bool answer = false;
    dialog.setConfirmWarnings([&](const QStringList &warnings) {
        asked = warnings;
        return answer;
    });
    dialog.accept();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(u"103.1 °F"_s));
    QVERIFY(dialog.recordedId().isEmpty());
    answer = true;
    dialog.accept();
    QVERIFY(!dialog.recordedId().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString id = dialog.recordedId();
    QVERIFY(qAbs(m_maria->value(u"vital_reading"_s, id, u"value"_s).toDouble() - 39.5) < 0.01);
    QCOMPARE(m_maria->value(u"vital_reading"_s, id, u"entered_unit"_s), u"°F"_s);
    QCOMPARE(m_maria->value(u"vital_reading"_s, id, u"source"_s), u"manual"_s);
    QVERIFY(m_maria->waitIdle());
}

void TestVitalEntry::aBloodPressureIsRecordedInMmHg()
{
    VitalEntryDialog dialog(context(), m_mariaId);
    dialog.setKind(VitalKind::BloodPressure);
    dialog.unitField()->setCurrentText(u"kPa"_s);
    dialog.valueField()->setText(u"17.3"_s);
    dialog.diastolicField()->setText(u"10.7"_s);
    dialog.pulseField()->setText(u"72"_s);
    dialog.noteField()->setText(u"After the morning walk"_s);
    dialog.takenAtField()->setDateTime(
            QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() - 3'600'000));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.verdict().warnings.isEmpty());
    render(dialog, u"bloodpressure"_s);
    dialog.accept();
    const QString id = dialog.recordedId();
    QVERIFY(!id.isEmpty());
    QVERIFY(qAbs(m_maria->value(u"vital_reading"_s, id, u"value"_s).toDouble() - 129.8) < 0.1);
    QVERIFY(qAbs(m_maria->value(u"vital_reading"_s, id, u"diastolic"_s).toDouble() - 80.3) < 0.1);
    QCOMPARE(m_maria->value(u"vital_reading"_s, id, u"pulse"_s).toDouble(), 72.0);
    QVERIFY(m_maria->waitIdle());
    // Confirmed by the server: no rejection came back, the row stays.
    QCOMPARE(m_maria->count(u"vital_reading"_s), 2);

    // A weight with a height: the BMI is worked out.
    VitalEntryDialog weight(context(), m_mariaId);
    weight.setKind(VitalKind::Weight);
    QVERIFY(weight.heightField()->isVisibleTo(&weight));
    QVERIFY(!weight.pulseField()->isVisibleTo(&weight));
    weight.valueField()->setText(u"68"_s);
    weight.heightField()->setText(u"1.62"_s);
    render(weight, u"weight"_s);
    weight.accept();
    QVERIFY(!weight.recordedId().isEmpty());
    QVERIFY(qAbs(m_maria->value(u"vital_reading"_s, weight.recordedId(), u"bmi"_s).toDouble()
                 - 25.9) < 0.1);
}

QTEST_MAIN(TestVitalEntry)
#include "tst_vitalentry.moc"
