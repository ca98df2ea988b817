#include "formwidgets.h"

#include <QLabel>
#include <QLineEdit>

namespace clinic::ui {

QLabel *heading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(QLabel::tr("Message"));
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text, bool error)
{
    // Dark red on the light Fusion palette is above 7:1 contrast; information stays in the
    // palette's own colours so high-contrast themes apply.
    label->setStyleSheet(error ? QStringLiteral("color: #9b0019;") : QString());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit *passwordField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    field->setMaxLength(1024);
    return field;
}

QString takeText(QLineEdit *field)
{
    QString text = field->text();
    field->clear();
    return text;
}

} // namespace clinic::ui
