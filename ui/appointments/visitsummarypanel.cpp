#include "visitsummarypanel.h"

#include "visitsummarydialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

VisitSummaryPanel::VisitSummaryPanel(const ClientContext &context, QWidget *parent)
    : QGroupBox(tr("Visit summary"), parent), m_context(context)
{
    setObjectName(u"visitSummaryPanel"_s);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus); // screen readers and keyboards reach the text
    m_text->setAccessibleName(tr("Visit summary"));
    m_byline = new QLabel(this);
    m_byline->setEnabled(false); // the muted colour of secondary text
    m_write = new QPushButton(this);
    connect(m_write, &QPushButton::clicked, this, &VisitSummaryPanel::write);
    auto *row = new QHBoxLayout;
    row->addWidget(m_byline, 1);
    row->addWidget(m_write);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(row);
    setVisible(false);
}

// Only the visit's own doctor, and only for a visit that took place or is taking place (as
// visit.summarize checks).
bool VisitSummaryPanel::canWrite(const AppointmentView &visit) const
{
    return m_context.account.role == Role::Doctor && visit.providerId == m_context.account.accountId
            && (visit.status == u"confirmed" || visit.status == u"checked_in"
                || visit.status == u"completed");
}

void VisitSummaryPanel::showVisit(const AppointmentView *visit)
{
    m_visit = visit ? std::optional(*visit) : std::nullopt;
    m_summary.reset();
    if (visit) {
        auto found = AppointmentRepository::summaryOf(m_context.store->database(), visit->id);
        if (found)
            m_summary = *found;
    }
    const bool writable = m_visit && canWrite(*m_visit);
    setVisible(m_summary.has_value() || writable);
    if (m_summary) {
        m_text->setText(m_summary->text);
        m_byline->setText(tr("By %1, %2")
                                  .arg(m_summary->providerName,
                                       QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                                  m_summary->updatedAtMs)
                                                                  .toLocalTime(),
                                                          QLocale::ShortFormat)));
    } else {
        m_text->setText(tr("No summary yet. Write what you found and agreed; the patient "
                           "reads it here."));
        m_byline->clear();
    }
    m_write->setVisible(writable);
    m_write->setText(m_summary ? tr("Edit summary…") : tr("Write summary…"));
}

void VisitSummaryPanel::write()
{
    if (!m_visit || !canWrite(*m_visit))
        return;
    auto *dialog = new VisitSummaryDialog(m_visit->patientName,
                                          m_summary ? m_summary->text : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_visit->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto done = m_context.sync->submit(
                u"visit.summarize"_s,
                { { u"appointment_id"_s, id }, { u"summary"_s, dialog->text() } });
        emit written(done ? QString() : done.error().message);
    });
    dialog->open();
}

} // namespace clinic::ui
