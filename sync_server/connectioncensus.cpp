#include "connectioncensus.h"

namespace clinic {

QString ConnectionCensus::addressKey(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped); // also ::ffff:a.b.c.d
    if (mapped)
        return QHostAddress(ipv4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + u"/64";
}

bool ConnectionCensus::admit(const QString &addressKey)
{
    if (m_perAddress.value(addressKey) >= m_limits.connectionsPerAddress
        || m_unauthenticated.value(addressKey) >= m_limits.unauthenticatedPerAddress)
        return false;
    ++m_perAddress[addressKey];
    ++m_unauthenticated[addressKey];
    return true;
}

void ConnectionCensus::signedIn(const QString &addressKey, const QString &accountId)
{
    decrement(m_unauthenticated, addressKey);
    ++m_perAccount[accountId];
}

void ConnectionCensus::signedOut(const QString &addressKey, const QString &accountId)
{
    decrement(m_perAccount, accountId);
    ++m_unauthenticated[addressKey];
}

void ConnectionCensus::left(const QString &addressKey, const QString &accountId)
{
    decrement(m_perAddress, addressKey);
    if (accountId.isEmpty())
        decrement(m_unauthenticated, addressKey);
    else
        decrement(m_perAccount, accountId);
}

void ConnectionCensus::clear()
{
    m_perAddress.clear();
    m_unauthenticated.clear();
    m_perAccount.clear();
}

// Counts that reach zero are dropped, so the tables hold only who is connected now.
void ConnectionCensus::decrement(QHash<QString, int> &counts, const QString &key)
{
    auto it = counts.find(key);
    if (it == counts.end())
        return;
    if (--*it <= 0)
        counts.erase(it);
}

} // namespace clinic
