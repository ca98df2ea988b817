#include "ratevisitdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace clinic::ui {

RateVisitDialog::RateVisitDialog(const QString &doctorName, int stars, const QString &comment,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Rate your visit"));
    auto *intro = new QLabel(tr("How was your visit with %1? Other patients see only the "
                                "average of the stars; your words go to the doctor.")
                                     .arg(doctorName),
                             this);
    intro->setWordWrap(true);
    m_stars = new QComboBox(this);
    m_stars->setAccessibleName(tr("Stars"));
    const QStringList words { tr("poor"), tr("fair"), tr("good"), tr("very good"),
                              tr("excellent") };
    for (int n = 5; n >= 1; --n)
        m_stars->addItem(QString(n, QChar(0x2605)) + u"  " + words[n - 1], n);
    m_stars->setCurrentIndex(qMax(0, m_stars->findData(stars > 0 ? stars : 5)));
    m_comment = new QPlainTextEdit(comment, this);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Optional"));
    m_comment->setFixedHeight(90);
    auto *form = new QFormLayout;
    form->addRow(tr("&Stars:"), m_stars);
    form->addRow(tr("&Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, 260);
}

int RateVisitDialog::stars() const
{
    return m_stars->currentData().toInt();
}

QString RateVisitDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace clinic::ui
