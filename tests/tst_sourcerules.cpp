// House rules a compiler does not check, checked over the sources themselves.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The reads of the time that bypass the injected clock (core/util/clock.h).
const QRegularExpression directTimeRead(
        uR"(\bQDateTime::currentDateTime(Utc)?\b|\bQDateTime::currentMSecsSinceEpoch\b|)"
        uR"(\bQDateTime::currentSecsSinceEpoch\b|\bQDate::currentDate\b|\bQTime::currentTime\b|)"
        uR"(\bstd::chrono::system_clock\b|\btime\(nullptr\)|\bgettimeofday\b)"_s);

// Every line of the C++ sources under `folder` (relative to the project) matching `pattern`,
// as "path:line: text", leaving out the files in `allowed`.
QStringList linesMatching(const QString &folder, const QRegularExpression &pattern,
                          const QStringList &allowed)
{
    const QString root = QStringLiteral(CLINIC_SOURCE_DIR) + u'/';
    QStringList found;
    QDirIterator files(root + folder, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = path.mid(root.size());
        if (allowed.contains(relative))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found << relative + u": cannot be read"_s;
            continue;
        }
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (pattern.match(line).hasMatch())
                found << u"%1:%2: %3"_s.arg(relative).arg(number).arg(line.trimmed());
        }
    }
    return found;
}

} // namespace

class TestSourceRules : public QObject
{
    Q_OBJECT

private slots:
    void patternFindsEachDirectRead_data();
    void patternFindsEachDirectRead();
    void timeComesFromTheInjectedClock_data();
    void timeComesFromTheInjectedClock();
};

void TestSourceRules::patternFindsEachDirectRead_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("direct");
    QTest::newRow("date time") << u"auto t = QDateTime::currentDateTime();"_s << true;
    QTest::newRow("utc") << u"auto t = QDateTime::currentDateTimeUtc();"_s << true;
    QTest::newRow("ms") << u"now = QDateTime::currentMSecsSinceEpoch();"_s << true;
    QTest::newRow("date") << u"QDateEdit(QDate::currentDate())"_s << true;
    QTest::newRow("time") << u"QTime::currentTime().hour()"_s << true;
    QTest::newRow("chrono") << u"std::chrono::system_clock::now()"_s << true;
    QTest::newRow("clock") << u"m_context.clock->nowMs()"_s << false;
    QTest::newRow("today") << u"clock.today()"_s << false;
}

void TestSourceRules::patternFindsEachDirectRead()
{
    QFETCH(QString, line);
    QFETCH(bool, direct);
    QCOMPARE(directTimeRead.match(line).hasMatch(), direct);
}

void TestSourceRules::timeComesFromTheInjectedClock_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("core") << u"core"_s;
    QTest::newRow("ui") << u"ui"_s;
}

// Every time-dependent screen and rule is testable only if the time comes from the clock the
// window or service was given; the system's clock is read in one place.
void TestSourceRules::timeComesFromTheInjectedClock()
{
    QFETCH(QString, folder);
    const QStringList found = linesMatching(folder, directTimeRead, { u"core/util/clock.cpp"_s });
    if (!found.isEmpty())
        QFAIL(qPrintable(u"Read the time from the injected Clock instead:\n"_s
                         + found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSourceRules)
#include "tst_sourcerules.moc"
