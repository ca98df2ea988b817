#include "widgettestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace clinic::test {

QLineEdit *field(QWidget *window, const QString &accessibleName)
{
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName && edit->isVisible())
            return edit;
    }
    return nullptr;
}

QPushButton *button(QWidget *window, const QString &text)
{
    for (QPushButton *push : window->findChildren<QPushButton *>()) {
        if (push->text().remove(u'&') == text && push->isVisible())
            return push;
    }
    return nullptr;
}

QString shown(QWidget *window, const QString &objectName)
{
    auto *label = window->findChild<QLabel *>(objectName);
    return label && label->isVisible() ? label->text() : QString();
}

bool type(QWidget *window, const QString &accessibleName, const QString &text)
{
    QLineEdit *edit = field(window, accessibleName);
    if (!edit)
        return false;
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    return true;
}

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLINIC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + name + u".png");
}

} // namespace clinic::test
