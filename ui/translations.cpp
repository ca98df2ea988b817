#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace clinic::ui {

bool installTranslations(const QLocale &locale)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *clinic = new QTranslator(QCoreApplication::instance());
    // qt_add_translations embeds the .qm files under :/i18n.
    if (!clinic->load(locale, QStringLiteral("clinic"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(clinic);
}

} // namespace clinic::ui
