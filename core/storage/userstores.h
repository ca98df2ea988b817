#pragma once

#include "encryptedstore.h"

#include <QString>

namespace clinic {

// Where each user's encrypted store lives on this device:
//   <dataDir>/stores/<server>/<user>.db  (and its .key beside it)
// One file per server and user, so two people sharing a computer never share a store.
class UserStores
{
public:
    explicit UserStores(QString dataDirectory, StoreOptions options = {});

    QString pathFor(const QString &server, const QString &username) const;
    const StoreOptions &options() const { return m_options; }
    bool exists(const QString &server, const QString &username) const;
    Result<std::unique_ptr<EncryptedStore>> open(const QString &server, const QString &username,
                                                 const SecureBytes &password) const;
    Result<std::unique_ptr<EncryptedStore>> create(const QString &server, const QString &username,
                                                   const SecureBytes &password) const;

    // A file-name-safe form of a server address or user name: lower case, and any byte
    // outside [a-z0-9._-] percent-encoded, so distinct names never share a file.
    static QString fileNameFor(const QString &name);

private:
    QString m_dataDirectory;
    StoreOptions m_options;
};

} // namespace clinic
