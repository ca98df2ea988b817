// The `clinic` desktop client: command line, translations, then the sign-in window.

#include "clientshell.h"
#include "storage/userstores.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>
#include <QStyleFactory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clinic"));
    QApplication::setApplicationName(QStringLiteral("clinic"));
    QApplication::setApplicationDisplayName(QStringLiteral("Clinic"));
    QApplication::setApplicationVersion(QStringLiteral(CLINIC_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/clinic.svg")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Clinic desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
            QStringLiteral("data-dir"), QStringLiteral("Keep encrypted stores in <dir>."),
            QStringLiteral("dir"),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Use language <code> (en, es, ...)."),
                                      QStringLiteral("code"));
    const QCommandLineOption server(
            QStringLiteral("server"),
            QStringLiteral("Offer this clinic server at sign-in (wss://host:port)."),
            QStringLiteral("url"));
    const QCommandLineOption fingerprint(
            QStringLiteral("trust-fingerprint"),
            QStringLiteral("Trust the --server's certificate with this "
                           "SHA-256 fingerprint (64 hex digits)."),
            QStringLiteral("hex"));
    const QCommandLineOption syntheticMedia(
            QStringLiteral("synthetic-media"),
            QStringLiteral("In video visits, send a moving test pattern and a tone instead of "
                           "the camera and microphone (for demos and computers without them)."));
    const QCommandLineOption simulatedDevices(
            QStringLiteral("simulated-devices"),
            QStringLiteral("On the Devices page, offer six simulated Bluetooth health devices "
                           "(cuff, thermometer, glucose meter, oximeter, scale, heart rate "
                           "strap) instead of the Bluetooth adapter (for demos and computers "
                           "without Bluetooth)."));
    parser.addOptions({ dataDir, language, server, fingerprint, syntheticMedia, simulatedDevices });
    parser.process(app);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale();
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english && !clinic::ui::installTranslations(locale))
        std::fprintf(stderr, "clinic: no translation for %s, using English\n",
                     qPrintable(locale.name()));

    const QString dir = QDir(parser.value(dataDir)).absolutePath();
    const clinic::UserStores stores(dir);
    clinic::ui::ClientShell shell(stores, dir);
    shell.setSyntheticMedia(parser.isSet(syntheticMedia));
    shell.setSimulatedDevices(parser.isSet(simulatedDevices));
    if (parser.isSet(server))
        shell.setDefaultServer(parser.value(server));
    if (parser.isSet(fingerprint)) {
        if (!parser.isSet(server)) {
            std::fprintf(stderr, "clinic: --trust-fingerprint needs --server\n");
            return 2;
        }
        if (auto trusted = shell.trustServer(parser.value(server), parser.value(fingerprint));
            !trusted) {
            std::fprintf(stderr, "clinic: %s\n", qPrintable(trusted.error().fullText()));
            return 2;
        }
    }
    shell.start();
    return app.exec();
}
