// The server fuzzer's corpus (tests/data/fuzz-corpus), replayed with GCC through the same
// per-input code the libFuzzer target runs (tests/fuzz/serverfuzzing.h): every file must pass
// without a crash or a broken invariant, and together they must reach every registered
// mutation (applied, not just refused), every shape of pull cursor and every request type of
// docs/protocol.md, so the fuzzer starts from inputs that go deep.
//
// The replay runs in a child process (fuzz_replay): a file that crashes it is named, and the
// others are replayed again without it, so one crash hides nothing else.

#include "mutations/mutation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

const QString corpusDir = QStringLiteral(CLINIC_TEST_DATA_DIR "/fuzz-corpus");
const QString sourceDir = QStringLiteral(CLINIC_SOURCE_DIR);

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFileReplaysCleanly();
    void everyMutationIsApplied();
    void everyCursorShapeIsPulled();
    void everyRequestTypeIsThere();

private:
    QStringList m_problems;
    QSet<QString> m_types, m_cursorShapes;
    QMap<QString, int> m_confirmed, m_rejected;
};

void TestFuzzCorpus::initTestCase()
{
    QStringList files;
    for (const QString &name : QDir(corpusDir).entryList(QDir::Files, QDir::Name)) {
        if (name != u"README.md")
            files << QDir(corpusDir).filePath(name);
    }
    QVERIFY2(files.size() > 50,
             qPrintable(u"only %1 files in %2"_s.arg(files.size()).arg(corpusDir)));

    // Rounds: a crash names its file, which the next round leaves out.
    QStringList left = files;
    for (int round = 0; round <= files.size(); ++round) {
        QProcess replay;
        replay.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        replay.start(QStringLiteral(CLINIC_FUZZ_REPLAY), left);
        QVERIFY2(replay.waitForFinished(240000), "fuzz_replay did not finish");
        const QStringList lines =
                QString::fromUtf8(replay.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (lines.value(lines.size() - 1) == u"done") {
            for (const QString &line : lines) {
                const QString rest = line.section(u' ', 1);
                if (line.startsWith(u"broken "))
                    m_problems << QDir(corpusDir).relativeFilePath(rest.section(u'\t', 0, 0))
                                    + u": " + rest.section(u'\t', 1);
                else if (line.startsWith(u"coverage-type "))
                    m_types << rest;
                else if (line.startsWith(u"coverage-cursor "))
                    m_cursorShapes << rest;
                else if (line.startsWith(u"coverage-confirmed "))
                    m_confirmed[rest.section(u' ', 0, 0)] += rest.section(u' ', 1).toInt();
                else if (line.startsWith(u"coverage-rejected "))
                    m_rejected[rest.section(u' ', 0, 0)] += rest.section(u' ', 1).toInt();
            }
            return;
        }
        // It died: on the last file it started.
        QString culprit;
        for (const QString &line : lines) {
            if (line.startsWith(u"replaying "))
                culprit = line.mid(10);
        }
        QVERIFY2(!culprit.isEmpty(), "fuzz_replay died before its first file");
        m_problems << QDir(corpusDir).relativeFilePath(culprit) + u": crashed the replay ("
                        + (replay.exitStatus() == QProcess::CrashExit
                                   ? u"signal %1"_s.arg(replay.exitCode())
                                   : u"exit code %1"_s.arg(replay.exitCode()))
                        + u')';
        left.removeAll(culprit);
    }
}

void TestFuzzCorpus::everyFileReplaysCleanly()
{
    QVERIFY2(m_problems.isEmpty(), qPrintable(u"\n"_s + m_problems.join(u'\n')));
}

// The names registered in core/mutations (read from the sources, each confirmed with
// Mutations::find): each one applied at least once, so the fuzzer starts inside every
// mutation's real work, not at its argument checks.
void TestFuzzCorpus::everyMutationIsApplied()
{
    static const QRegularExpression registered(
            uR"re(\{\s*"([a-z_]+(?:\.[a-z_]+)+)",\s*[\w:]+,\s*&)re"_s);
    QStringList names;
    const QDir mutations(sourceDir + u"/core/mutations"_s);
    for (const QString &file : mutations.entryList({ u"*.cpp"_s }, QDir::Files)) {
        auto matches = registered.globalMatch(readText(mutations.filePath(file)));
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            QVERIFY2(Mutations::find(name), qPrintable(name + u" is not in the registry"_s));
            names << name;
        }
    }
    QVERIFY2(names.size() >= 30, qPrintable(u"only %1 mutations found"_s.arg(names.size())));
    QStringList missing;
    for (const QString &name : std::as_const(names)) {
        if (m_confirmed.value(name) == 0)
            missing << u"%1 (refused %2 times)"_s.arg(name).arg(m_rejected.value(name));
    }
    qInfo("%lld mutations registered; the corpus applies %lld of them", qint64(names.size()),
          qint64(names.size() - missing.size()));
    QVERIFY2(missing.isEmpty(), qPrintable(u"never applied: "_s + missing.join(u", ")));
}

// As SyncService::pullBucket tells them apart, plus a cursor for a bucket taken away.
void TestFuzzCorpus::everyCursorShapeIsPulled()
{
    for (const QString &shape :
         { u"absent"_s, u"seq"_s, u"snapshot"_s, u"malformed"_s, u"revoked"_s })
        QVERIFY2(m_cursorShapes.contains(shape), qPrintable(shape));
}

// The request table of docs/protocol.md, read from the page itself.
void TestFuzzCorpus::everyRequestTypeIsThere()
{
    const QString protocol = readText(sourceDir + u"/docs/protocol.md"_s);
    const qsizetype from = protocol.indexOf(u"\n## Requests"_s);
    QVERIFY(from >= 0);
    const QString section = protocol.mid(from, protocol.indexOf(u"\n### "_s, from) - from);
    static const QRegularExpression row(uR"re(\n\| `([a-z_]+)` \|)re"_s);
    QStringList types;
    auto matches = row.globalMatch(section);
    while (matches.hasNext())
        types << matches.next().captured(1);
    QVERIFY2(types.size() >= 20, qPrintable(types.join(u", ")));
    QStringList missing;
    for (const QString &type : std::as_const(types)) {
        if (!m_types.contains(type))
            missing << type;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"no frame of type "_s + missing.join(u", ")));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
