#pragma once

#include <QString>

class QLineEdit;
class QPushButton;
class QWidget;

namespace clinic::test {

// Finding and driving a window's widgets the way a user sees them: by the accessible name of
// a field, the text of a button, the object name of a label.
QLineEdit *field(QWidget *window, const QString &accessibleName);
QPushButton *button(QWidget *window, const QString &text); // '&' mnemonics ignored
QString shown(QWidget *window, const QString &objectName); // a visible label's text, or empty
// Replaces a field's text by typing; false when there is no such field.
bool type(QWidget *window, const QString &accessibleName, const QString &text);
// Saves the window as <name>.png in $CLINIC_SCREENSHOT_DIR, when that is set.
void screenshot(QWidget *window, const QString &name);

} // namespace clinic::test
