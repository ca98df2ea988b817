#include "acknowledgealertdialog.h"

#include "formwidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

AcknowledgeAlertDialog::AcknowledgeAlertDialog(const VitalAlert &alert, const QString &patientName,
                                               VitalSubmit submit, QWidget *parent)
    : QDialog(parent), m_alertId(alert.id), m_submit(std::move(submit))
{
    setWindowTitle(tr("Acknowledge alert"));
    setAccessibleName(tr("Acknowledge alert"));
    const QString when = VitalFormat::when(alert.openedAtMs);
    auto *what = new QLabel(tr("%1: %2 %3 since %4 (%5).")
                                    .arg(patientName, VitalKinds::displayName(alert.kind),
                                         alert.direction == u"low" ? tr("low") : tr("high"), when,
                                         alert.summary.left(80)),
                            this);
    what->setWordWrap(true);
    auto *label = new QLabel(tr("What was done or decided (kept in the record):"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Acknowledgement note"));
    m_note->setTabChangesFocus(true);
    label->setBuddy(m_note);
    m_count = new QLabel(this);
    m_count->setObjectName(u"acknowledgeCount"_s);
    m_message = messageLabel(this, u"acknowledgeMessage"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Acknowledge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AcknowledgeAlertDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcknowledgeAlertDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AcknowledgeAlertDialog::onNoteChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(label);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, 300);
    onNoteChanged();
}

void AcknowledgeAlertDialog::onNoteChanged()
{
    const int length = int(m_note->toPlainText().trimmed().size());
    m_count->setText(tr("%1 of %2 characters").arg(length).arg(maxNoteLength));
    m_ok->setEnabled(length >= 1 && length <= maxNoteLength);
}

void AcknowledgeAlertDialog::accept()
{
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty() || note.size() > maxNoteLength)
        return showMessage(m_message, tr("Write a note of 1 to %1 characters.").arg(maxNoteLength));
    auto sent = m_submit(u"vital.alert.acknowledge"_s,
                         QCborMap { { u"id"_s, m_alertId }, { u"note"_s, note } });
    if (!sent)
        return showMessage(m_message, sent.error().message);
    QDialog::accept();
}

} // namespace clinic::ui
