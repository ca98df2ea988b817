// `cpack -G DEB` turns the build into installable Debian packages: "clinic" (the desktop
// client, its entry and icon) and "clinic-sync-server" (server, CLI, systemd unit, no GUI),
// with the library dependencies dpkg-shlibdeps found.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dependsOnTheRuntimeLibraries();
    void containsClientAndDesktopIntegration();
    void serverPackageHasNoGui();

private:
    static QString run(const QString &program, const QStringList &arguments,
                       int *exitCode = nullptr);

    QTemporaryDir m_dir;
    QString m_package;
    QString m_serverPackage;
};

QString TestDebPackage::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(240000))
        qWarning() << program << "did not finish";
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAll());
}

void TestDebPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    int exitCode = 0;
    const QString output = run(QStringLiteral(CLINIC_CPACK_COMMAND),
                               { u"-G"_s, u"DEB"_s, u"-B"_s, m_dir.path(), u"--config"_s,
                                 QStringLiteral(CLINIC_BINARY_DIR "/CPackConfig.cmake") },
                               &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
    const QStringList debs = QDir(m_dir.path()).entryList({ u"clinic_*.deb"_s }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_package = m_dir.filePath(debs.first());
    const QStringList servers =
            QDir(m_dir.path()).entryList({ u"clinic-sync-server_*.deb"_s }, QDir::Files);
    QCOMPARE(servers.size(), 1);
    m_serverPackage = m_dir.filePath(servers.first());
}

void TestDebPackage::dependsOnTheRuntimeLibraries()
{
    const QString depends = run(u"dpkg-deb"_s, { u"--field"_s, m_package, u"Depends"_s });
    for (const auto &library : { u"libsqlcipher0"_s, u"libsodium23"_s, u"libqt6widgets6"_s,
                                 u"libqt6sql6"_s, u"libqt6svg6"_s })
        QVERIFY2(depends.contains(library), qPrintable(depends));
    QVERIFY2(!depends.contains(u"libsqlite3"), qPrintable(depends)); // never plain SQLite
    QCOMPARE(run(u"dpkg-deb"_s, { u"--field"_s, m_package, u"Package"_s }).trimmed(), u"clinic"_s);
}

void TestDebPackage::containsClientAndDesktopIntegration()
{
    const QString contents = run(u"dpkg-deb"_s, { u"--contents"_s, m_package });
    QVERIFY2(contents.contains(u"./usr/bin/clinic\n"), qPrintable(contents));
    QVERIFY(contents.contains(u"./usr/share/applications/clinic.desktop"));
    QVERIFY(contents.contains(u"./usr/share/icons/hicolor/scalable/apps/clinic.svg"));
    QVERIFY(!contents.contains(u"tst_")); // tests and tools stay out
    QVERIFY(!contents.contains(u"store_bench"));
}

void TestDebPackage::serverPackageHasNoGui()
{
    const QString depends = run(u"dpkg-deb"_s, { u"--field"_s, m_serverPackage, u"Depends"_s });
    for (const auto &library :
         { u"libsqlcipher0"_s, u"libsodium23"_s, u"libqt6websockets6"_s, u"adduser"_s })
        QVERIFY2(depends.contains(library), qPrintable(depends));
    for (const auto &gui : { u"libqt6gui6"_s, u"libqt6widgets6"_s })
        QVERIFY2(!depends.contains(gui), qPrintable(depends));
    const QString contents = run(u"dpkg-deb"_s, { u"--contents"_s, m_serverPackage });
    QVERIFY(contents.contains(u"./usr/bin/clinic-sync-server\n"));
    QVERIFY(contents.contains(u"./usr/bin/clinic-cli\n"));
    QVERIFY(contents.contains(u"./usr/lib/systemd/system/clinic-sync-server.service"));
    QVERIFY(!contents.contains(u"./usr/bin/clinic\n"));
    const QString scripts = run(u"dpkg-deb"_s, { u"--info"_s, m_serverPackage });
    QVERIFY(scripts.contains(u"postinst"));
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
