#pragma once

#include "serverlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace clinic {

// Who holds the server's connections: how many come from each address, how many of those are
// not signed in, and how many are signed in to each account. One host, or one account, may
// not take the connections everyone else needs (ServerLimits). Socket-thread only.
class ConnectionCensus
{
public:
    explicit ConnectionCensus(const ServerLimits &limits) : m_limits(limits) { }

    // What limits count as one address: an IPv4 address, or an IPv6 /64 (one customer's
    // network: a host that owns a /64 must not get 2^64 allowances).
    static QString addressKey(const QHostAddress &address);

    // A new socket from this address, not signed in: false (and nothing counted) when the
    // address has all it may have.
    bool admit(const QString &addressKey);
    void signedIn(const QString &addressKey, const QString &accountId);
    void signedOut(const QString &addressKey, const QString &accountId);
    // A socket closed; `accountId` empty when it was not signed in.
    void left(const QString &addressKey, const QString &accountId);

    void clear();

    int connectionsOf(const QString &accountId) const { return m_perAccount.value(accountId); }
    int connectionsFrom(const QString &addressKey) const { return m_perAddress.value(addressKey); }

private:
    static void decrement(QHash<QString, int> &counts, const QString &key);

    const ServerLimits &m_limits;
    QHash<QString, int> m_perAddress;
    QHash<QString, int> m_unauthenticated; // per address
    QHash<QString, int> m_perAccount;
};

} // namespace clinic
