#include "callchatmodel.h"

#include <QDateTime>
#include <QLocale>

namespace clinic::ui {

using namespace Qt::StringLiterals;

CallChatModel::CallChatModel(const QString &peerName, QObject *parent)
    : QAbstractListModel(parent), m_peerName(peerName)
{ }

void CallChatModel::addMessage(const QString &text, bool fromMe, qint64 timeMs)
{
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages << Message { text, fromMe, timeMs };
    endInsertRows();
}

int CallChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QString CallChatModel::senderOf(const Message &message) const
{
    return message.fromMe ? tr("You") : m_peerName;
}

QString CallChatModel::timeText(qint64 timeMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(timeMs).time(), QLocale::ShortFormat);
}

QVariant CallChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2: %3").arg(timeText(message.timeMs), senderOf(message), message.text);
    case Qt::AccessibleTextRole:
        return tr("%1 at %2: %3").arg(senderOf(message), timeText(message.timeMs), message.text);
    case int(Role::Text):
        return message.text;
    case int(Role::Sender):
        return senderOf(message);
    case int(Role::TimeMs):
        return message.timeMs;
    case int(Role::FromMe):
        return message.fromMe;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallChatModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(int(Role::Text), "text"_ba);
    names.insert(int(Role::Sender), "sender"_ba);
    names.insert(int(Role::TimeMs), "timeMs"_ba);
    names.insert(int(Role::FromMe), "fromMe"_ba);
    return names;
}

} // namespace clinic::ui
