#include "keyfile.h"

#include "crypto/aead.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr auto formatName = "clinic-store-key";
constexpr auto kdfName = "argon2id13";
constexpr auto cipherName = "xchacha20poly1305-ietf";
constexpr qint64 maxKeyFileBytes = 64 * 1024; // a real one is under 1 KB

struct Sealed
{
    int version = 0;
    KdfParams params;
    QByteArray salt;
    Aead::Sealed key;
};

QByteArray associatedData(int version, const KdfParams &params, const QByteArray &salt)
{
    return QByteArray(formatName) + ':' + QByteArray::number(version) + ':' + kdfName + ':'
            + QByteArray::number(params.opsLimit) + ':' + QByteArray::number(params.memLimitBytes)
            + ':' + salt;
}

QByteArray fromBase64(const QJsonValue &value, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    *ok = *ok && decoded && value.isString();
    return decoded.decoded;
}

Error damaged(const QString &path)
{
    return makeError(
            ErrorCode::KeyFileInvalid,
            KeyFile::tr("The key file %1 is damaged or is not a Clinic key file. Restore it "
                        "from a backup.")
                    .arg(QDir::toNativeSeparators(path)));
}

Result<Sealed> parse(const QString &path, const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(u"format").toString() != QLatin1StringView(formatName))
        return damaged(path);

    Sealed sealed;
    sealed.version = root.value(u"version").toInt(0);
    if (sealed.version > KeyFile::formatVersion)
        return makeError(
                ErrorCode::KeyFileTooNew,
                KeyFile::tr("The key file %1 was written by a newer version of Clinic. Update "
                            "Clinic to open this store.")
                        .arg(QDir::toNativeSeparators(path)),
                QStringLiteral("key file format %1").arg(sealed.version));
    const QJsonObject kdf = root.value(u"kdf").toObject();
    const QJsonObject cipher = root.value(u"cipher").toObject();
    bool ok = sealed.version >= 1
            && kdf.value(u"algorithm").toString() == QLatin1StringView(kdfName)
            && cipher.value(u"algorithm").toString() == QLatin1StringView(cipherName);
    sealed.params.opsLimit = quint64(kdf.value(u"opslimit").toInteger(-1));
    sealed.params.memLimitBytes = quint64(kdf.value(u"memlimit").toInteger(-1));
    sealed.salt = fromBase64(kdf.value(u"salt"), &ok);
    sealed.key.nonce = fromBase64(cipher.value(u"nonce"), &ok);
    sealed.key.ciphertext = fromBase64(cipher.value(u"wrapped_key"), &ok);
    if (!ok || !sealed.params.isAcceptable() || sealed.salt.size() != PasswordKdf::saltBytes)
        return damaged(path);
    return sealed;
}

} // namespace

namespace {

Result<QByteArray> sealedKeyFile(const SecureBytes &dataKey, const SecureBytes &password,
                                 const KdfParams &params)
{
    Q_ASSERT(dataKey.size() == KeyFile::dataKeyBytes);
    const QByteArray salt = PasswordKdf::newSalt();
    auto wrappingKey = PasswordKdf::derive(password, salt, params);
    if (!wrappingKey)
        return wrappingKey.error();
    const Aead::Sealed sealed = Aead::seal(wrappingKey.value(), dataKey.data(), dataKey.size(),
                                           associatedData(KeyFile::formatVersion, params, salt));
    const QJsonObject root {
        { u"format"_s, QLatin1StringView(formatName) },
        { u"version"_s, KeyFile::formatVersion },
        { u"kdf"_s,
          QJsonObject { { u"algorithm"_s, QLatin1StringView(kdfName) },
                        { u"opslimit"_s, qint64(params.opsLimit) },
                        { u"memlimit"_s, qint64(params.memLimitBytes) },
                        { u"salt"_s, QString::fromLatin1(salt.toBase64()) } } },
        { u"cipher"_s,
          QJsonObject { { u"algorithm"_s, QLatin1StringView(cipherName) },
                        { u"nonce"_s, QString::fromLatin1(sealed.nonce.toBase64()) },
                        { u"wrapped_key"_s, QString::fromLatin1(sealed.ciphertext.toBase64()) } } },
    };

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

Result<void> KeyFile::create(const QString &path, const SecureBytes &dataKey,
                             const SecureBytes &password, const KdfParams &params)
{
    auto contents = sealedKeyFile(dataKey, password, params);
    if (!contents)
        return contents.error();
    return create(path, contents.value());
}

Result<QByteArray> KeyFile::seal(const SecureBytes &dataKey, const SecureBytes &password,
                                 const KdfParams &params)
{
    return sealedKeyFile(dataKey, password, params);
}

Result<void> KeyFile::create(const QString &path, const QByteArray &sealed)
{
    return createFileExclusively(path, sealed, ownerOnly);
}

Result<void> KeyFile::replace(const QString &path, const SecureBytes &dataKey,
                              const SecureBytes &password, const KdfParams &params)
{
    auto contents = sealedKeyFile(dataKey, password, params);
    if (!contents)
        return contents.error();
    return writeFileAtomically(path, contents.value(), ownerOnly);
}

Result<SecureBytes> KeyFile::unlock(const QString &path, const SecureBytes &password)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::KeyFileMissing,
                         tr("The key file %1 is missing. Without it this store cannot be "
                            "opened; restore it from a backup.")
                                 .arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("The key file %1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(path),
                                      QFileInfo(path).isFile() ? file.errorString()
                                                               : tr("it is not a file")));
    if (file.size() > maxKeyFileBytes)
        return damaged(path);
    auto sealed = parse(path, file.readAll());
    if (!sealed)
        return sealed.error();

    auto wrappingKey = PasswordKdf::derive(password, sealed->salt, sealed->params);
    if (!wrappingKey)
        return wrappingKey.error();
    auto dataKey = Aead::open(wrappingKey.value(), sealed->key,
                              associatedData(sealed->version, sealed->params, sealed->salt));
    if (!dataKey)
        return makeError(ErrorCode::WrongPassword, tr("The password is not correct."));
    if (dataKey->size() != dataKeyBytes)
        return damaged(path);
    return std::move(dataKey).value();
}

} // namespace clinic
