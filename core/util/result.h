#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace clinic {

// What went wrong, in terms a caller can branch on. The message says it to a person.
enum class ErrorCode {
    Unknown,
    Io, // a file could not be read or written (disk full, permissions)
    InvalidArgument, // the caller passed something unusable
    WrongPassword, // the password does not unlock the key file
    DecryptionFailed, // authenticated decryption failed: wrong key or altered data
    KeyFileMissing, // the store's key file is not there
    KeyFileInvalid, // the key file is damaged or not a Clinic key file
    KeyFileTooNew, // written by a newer Clinic
    StoreExists, // refusing to create over an existing store
    StoreMissing, // no store at that path
    StoreCorrupt, // the database is damaged or does not match its key
    WrongSqlLibrary, // the SQLite library in use is not SQLCipher
    SchemaTooNew, // the store was written by a newer Clinic
    MigrationInvalid, // the shipped migration files are inconsistent
    MigrationFailed, // a migration failed and was rolled back
    Sql, // a statement failed
    // Accounts and sign-in (the sync server maps these to protocol errors)
    WrongCredentials, // user name, password or one-time code not right
    Throttled, // too many failures; detail holds the wait in milliseconds
    TotpRequired, // the password was right; the one-time code is needed too
    AccountPending,
    AccountRejected,
    AccountDisabled,
    SessionExpired,
    WeakPassword,
    UsernameTaken,
    NotFound,
    Forbidden,
    Conflict, // the change clashes with what is already there (taken, already exists)
    Busy, // the server is saving its strength; detail holds the wait in milliseconds
    ServerBehind, // the server's change log is behind what this client was sent (a restore)
    // Media (video visits)
    CodecFailed, // the video or audio codec could not be set up or refused to work
    CorruptMedia, // an encoded frame or packet is damaged, truncated or not what it claims
    KeyFrameNeeded, // the video decoder lost its reference; the sender must send a key frame
};

struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString message; // for the user: what happened and what to do; translated
    QString detail; // for support: technical detail (never secrets or patient data)

    QString fullText() const
    {
        return detail.isEmpty() ? message : message + u" (" + detail + u')';
    }
};

// A value or an error. Callers must look at it: errors are values, not exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error { code, std::move(message), std::move(detail) };
}

} // namespace clinic
