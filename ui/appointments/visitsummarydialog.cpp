#include "visitsummarydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

VisitSummaryDialog::VisitSummaryDialog(const QString &patientName, const QString &text,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Visit summary"));
    auto *intro = new QLabel(tr("What you found and what you agreed with %1. They will read "
                                "it in their appointments.")
                                     .arg(patientName.isEmpty() ? tr("the patient") : patientName),
                             this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(text, this);
    m_editor->setAccessibleName(tr("Visit summary"));
    m_editor->setTabChangesFocus(true);
    m_count = new QLabel(this);
    m_count->setAlignment(Qt::AlignRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &VisitSummaryDialog::updateCount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    updateCount();
    resize(560, 380);
}

QString VisitSummaryDialog::text() const
{
    return m_editor->toPlainText().trimmed();
}

// Save is offered only for what the server takes: some text, within the limit.
void VisitSummaryDialog::updateCount()
{
    const qsizetype used = text().size();
    m_count->setText(tr("%1 of %2 characters").arg(used).arg(maxCharacters));
    m_save->setEnabled(used > 0 && used <= maxCharacters);
}

} // namespace clinic::ui
