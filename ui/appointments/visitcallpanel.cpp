#include "visitcallpanel.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace clinic::ui {

using namespace Qt::StringLiterals;

namespace {

QString timeOf(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(),
                              QLocale::ShortFormat);
}

} // namespace

VisitCallPanel::VisitCallPanel(const ClientContext &context, QWidget *parent)
    : QGroupBox(tr("Video call"), parent), m_context(context)
{
    setObjectName(u"visitCallPanel"_s);
    m_calls = new QLabel(this);
    m_calls->setObjectName(u"visitCalls"_s);
    m_calls->setWordWrap(true);
    m_calls->setTextFormat(Qt::PlainText);
    m_calls->setFocusPolicy(Qt::StrongFocus); // screen readers and keyboards reach the text
    m_calls->setAccessibleName(tr("Calls of this visit"));
    m_chat = new QListWidget(this);
    m_chat->setObjectName(u"visitChat"_s);
    m_chat->setAccessibleName(tr("Chat during the call"));
    m_chat->setWordWrap(true);
    m_chat->setMaximumHeight(110);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calls);
    layout->addWidget(m_chat);
    setVisible(false);
}

QString VisitCallPanel::describe(const AppointmentRepository::CallRecord &call)
{
    if (!call.answered()) {
        const QString why = call.endReason == u"declined"  ? tr("declined")
                : call.endReason == u"no_answer"           ? tr("not answered")
                : call.endReason == u"busy"                ? tr("the patient was in another call")
                : call.endReason.isEmpty()                 ? tr("ringing")
                                                           : tr("cancelled");
        return tr("Call at %1: %2").arg(timeOf(call.invitedAtMs), why);
    }
    if (call.endedAtMs == 0)
        return tr("Call from %1, still going").arg(timeOf(call.startedAtMs));
    const qint64 minutes = (call.durationMs + 30'000) / 60'000;
    return minutes < 1 ? tr("Call from %1 to %2, under a minute")
                                 .arg(timeOf(call.startedAtMs), timeOf(call.endedAtMs))
                       : tr("Call from %1 to %2, %n minute(s)", nullptr, int(minutes))
                                 .arg(timeOf(call.startedAtMs), timeOf(call.endedAtMs));
}

void VisitCallPanel::showVisit(const AppointmentView *visit)
{
    m_chat->clear();
    if (!visit || visit->modality != u"video") {
        setVisible(false);
        return;
    }
    const QSqlDatabase db = m_context.store->database();
    auto calls = AppointmentRepository::callsOf(db, visit->id);
    auto chat = AppointmentRepository::chatOf(db, visit->id);
    QStringList lines;
    for (const auto &call : calls ? calls.value() : QList<AppointmentRepository::CallRecord>())
        lines << describe(call);
    if (!calls)
        lines << calls.error().message;
    m_calls->setText(lines.join(u'\n'));
    for (const auto &message : chat ? chat.value() : QList<AppointmentRepository::ChatMessage>()) {
        const QString who = message.authorId == m_context.account.accountId ? tr("You")
                                                                             : message.authorName;
        m_chat->addItem(u"%1  %2: %3"_s.arg(timeOf(message.sentAtMs), who, message.body));
    }
    m_chat->setVisible(m_chat->count() > 0);
    setVisible(!lines.isEmpty() || m_chat->count() > 0);
}

} // namespace clinic::ui
