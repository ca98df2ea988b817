#pragma once

#include <QLocale>

namespace clinic::ui {

// Installs Clinic's and Qt's own translations for the locale (English needs none).
// Returns false when Clinic has no translation for it.
bool installTranslations(const QLocale &locale);

} // namespace clinic::ui
