#pragma once

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace clinic::ui {

// The few building blocks every Clinic form uses, so they look and behave the same.
QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.4);
// A hidden label for errors (dark red, read by screen readers as "Message").
QLabel *messageLabel(QWidget *parent, const QString &objectName = {});
void showMessage(QLabel *label, const QString &text, bool error = true);
QLineEdit *passwordField(const QString &accessibleName, QWidget *parent);
// Moves a typed password out of its field (and clears it); the caller wipes it after use.
QString takeText(QLineEdit *field);

} // namespace clinic::ui
