#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clinic {

// One of the user's Bluetooth health devices on this computer (table paired_device; never
// synced: a pairing belongs to this computer's adapter).
struct PairedDevice
{
    QString address;
    QString name;
    QList<quint16> services; // health services, 16-bit UUIDs
    qint64 pairedAtMs = 0;
    std::optional<qint64> lastSeenAtMs;
    std::optional<int> batteryPercent; // 0..100
    std::optional<qint64> lastReadingAtMs;
    QString lastReadingText; // "128/82 mmHg, pulse 71"
    // A glucose meter's last stored record received: the next connection asks for later ones.
    std::optional<quint16> lastRecordSequence;
};

// The paired_device rows of the user's store. Every field is checked before it is written: an
// address "AA:BB:CC:DD:EE:FF", a name of at most 248 octets (the GAP limit), a battery level
// 0..100.
class PairedDevices
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PairedDevices)
public:
    explicit PairedDevices(QSqlDatabase db) : m_db(std::move(db)) { }

    static bool isValidAddress(const QString &address);
    static constexpr int maxNameOctets = 248;

    Result<QList<PairedDevice>> list() const; // by name
    Result<std::optional<PairedDevice>> find(const QString &address) const;
    // Adds the device, or renames it and updates its services when already paired.
    Result<void> add(const PairedDevice &device);
    Result<void> remove(const QString &address);
    Result<void> setName(const QString &address, const QString &name);
    Result<void> setLastSeen(const QString &address, qint64 atMs);
    Result<void> setBattery(const QString &address, int percent);
    Result<void> setLastReading(const QString &address, qint64 atMs, const QString &text);
    Result<void> setLastRecordSequence(const QString &address, quint16 sequence);

private:
    Result<void> update(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace clinic
