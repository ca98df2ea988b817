#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace clinic {

// Where a sync server is: "clinic.example.org:7443", "wss://10.0.0.5:7443", or
// "ws://127.0.0.1:7443" (plain, loopback only, for tests). Without a scheme it is wss, and
// without a port 7443.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ServerAddress)
public:
    static constexpr int defaultPort = 7443;

    static std::optional<ServerAddress> parse(const QString &text);

    QUrl url() const { return m_url; }
    bool isSecure() const { return m_url.scheme() == u"wss"; }
    // "host:port", lower case: the key for pinned certificates and local stores.
    QString key() const;
    QString toString() const { return m_url.toString(); }

private:
    QUrl m_url;
};

} // namespace clinic
