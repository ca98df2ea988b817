#include "serveraddress.h"

#include <QHostAddress>

namespace clinic {

using namespace Qt::StringLiterals;

std::optional<ServerAddress> ServerAddress::parse(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(u"://"))
        trimmed.prepend(u"wss://"_s);
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"wss" && url.scheme() != u"ws")
        || !url.path().isEmpty() || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty())
        return std::nullopt;
    // Plain WebSockets carry passwords in clear: only to this machine.
    if (url.scheme() == u"ws") {
        const QHostAddress host(url.host());
        if (url.host() != u"localhost" && !host.isLoopback())
            return std::nullopt;
    }
    if (url.port() < 0)
        url.setPort(defaultPort);
    ServerAddress address;
    address.m_url = url;
    return address;
}

QString ServerAddress::key() const
{
    return m_url.host().toLower() + u':' + QString::number(m_url.port());
}

} // namespace clinic
