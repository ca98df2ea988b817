#pragma once

#include <QAbstractListModel>
#include <QList>

namespace clinic::ui {

// The messages of a call's chat, in the order they were sent or received. Kept for the call
// only: nothing is written to the store. Displayed as "14:05  Dr. Ana Ruiz: text".
class CallChatModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Role { Text = Qt::UserRole, Sender, TimeMs, FromMe };

    // peerName: how the other person's messages are signed.
    explicit CallChatModel(const QString &peerName, QObject *parent = nullptr);

    // timeMs: when it was sent (ours) or arrived (theirs), Unix ms from the window's clock.
    void addMessage(const QString &text, bool fromMe, qint64 timeMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The time of day a message shows, in this computer's time zone and locale.
    static QString timeText(qint64 timeMs);

private:
    struct Message
    {
        QString text;
        bool fromMe = false;
        qint64 timeMs = 0;
    };
    QString senderOf(const Message &message) const;

    QString m_peerName;
    QList<Message> m_messages;
};

} // namespace clinic::ui
