// The `clinic` desktop client: command line, translations, then the sign-in window.

#include "clientshell.h"
#include "storage/userstores.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    parser.addOptions({ dataDir, language });
    parser.process(app);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale();
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english && !clinic::ui::installTranslations(locale))
        std::fprintf(stderr, "clinic: no translation for %s, using English\n",
                     qPrintable(locale.name()));

    const clinic::UserStores stores(QDir(parser.value(dataDir)).absolutePath());
    clinic::ui::ClientShell shell(stores);
    shell.start();
    return app.exec();
}
