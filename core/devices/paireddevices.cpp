#include "paireddevices.h"

#include "devices/healthdevicesource.h"
#include "storage/sqlexec.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

PairedDevice fromRow(const QSqlQuery &q)
{
    PairedDevice d;
    d.address = q.value(0).toString();
    d.name = q.value(1).toString();
    d.services = HealthServices::fromText(q.value(2).toString());
    d.pairedAtMs = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        d.lastSeenAtMs = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        d.batteryPercent = q.value(5).toInt();
    if (!q.value(6).isNull())
        d.lastReadingAtMs = q.value(6).toLongLong();
    d.lastReadingText = q.value(7).toString();
    if (const QVariant sequence = q.value(8); !sequence.isNull()) {
        bool ok = false;
        const int n = sequence.toInt(&ok);
        if (ok && n >= 0 && n <= 0xFFFF)
            d.lastRecordSequence = quint16(n);
    }
    return d;
}

const QString columns = u"address, name, services, paired_at, last_seen_at, battery_percent, "
                        u"last_reading_at, last_reading_text, last_record_sequence"_s;

} // namespace

bool PairedDevices::isValidAddress(const QString &address)
{
    static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(u"[0-9A-F]{2}(:[0-9A-F]{2}){5}"_s));
    return pattern.match(address).hasMatch();
}

Result<QList<PairedDevice>> PairedDevices::list() const
{
    auto q = execSql(m_db, u"SELECT "_s + columns + u" FROM paired_device ORDER BY name, address"_s,
                     {}, tr("Your devices cannot be read."));
    if (!q)
        return q.error();
    QList<PairedDevice> devices;
    while (q->next())
        devices.append(fromRow(*q));
    return devices;
}

Result<std::optional<PairedDevice>> PairedDevices::find(const QString &address) const
{
    auto q = execSql(m_db, u"SELECT "_s + columns + u" FROM paired_device WHERE address = ?"_s,
                     { address }, tr("Your devices cannot be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PairedDevice>();
    return std::optional<PairedDevice>(fromRow(*q));
}

Result<void> PairedDevices::add(const PairedDevice &device)
{
    if (!isValidAddress(device.address))
        return makeError(ErrorCode::InvalidArgument, tr("This is not a Bluetooth device address."),
                         device.address.left(40));
    if (device.name.toUtf8().size() > maxNameOctets)
        return makeError(ErrorCode::InvalidArgument, tr("The device's name is too long."));
    // Two statements: this store refuses the upsert form (near "ON": syntax error).
    auto inserted = update(u"INSERT OR IGNORE INTO paired_device (address, name, services, "
                           u"paired_at) VALUES (?, ?, ?, ?)"_s,
                           { device.address, device.name, HealthServices::toText(device.services),
                             device.pairedAtMs });
    if (!inserted)
        return inserted;
    return update(u"UPDATE paired_device SET name = ?, services = ? WHERE address = ?"_s,
                  { device.name, HealthServices::toText(device.services), device.address });
}

Result<void> PairedDevices::remove(const QString &address)
{
    return update(u"DELETE FROM paired_device WHERE address = ?"_s, { address });
}

Result<void> PairedDevices::setName(const QString &address, const QString &name)
{
    if (name.toUtf8().size() > maxNameOctets)
        return makeError(ErrorCode::InvalidArgument, tr("The device's name is too long."));
    return update(u"UPDATE paired_device SET name = ? WHERE address = ?"_s, { name, address });
}

Result<void> PairedDevices::setLastSeen(const QString &address, qint64 atMs)
{
    return update(u"UPDATE paired_device SET last_seen_at = ? WHERE address = ?"_s,
                  { atMs, address });
}

Result<void> PairedDevices::setBattery(const QString &address, int percent)
{
    if (percent < 0 || percent > 100)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The device reported a battery level that cannot be right."),
                         u"battery %1"_s.arg(percent));
    return update(u"UPDATE paired_device SET battery_percent = ? WHERE address = ?"_s,
                  { percent, address });
}

Result<void> PairedDevices::setLastReading(const QString &address, qint64 atMs, const QString &text)
{
    return update(u"UPDATE paired_device SET last_reading_at = ?, last_reading_text = ? "
                  u"WHERE address = ?"_s,
                  { atMs, text.left(200), address });
}

Result<void> PairedDevices::setLastRecordSequence(const QString &address, quint16 sequence)
{
    return update(u"UPDATE paired_device SET last_record_sequence = ? WHERE address = ?"_s,
                  { int(sequence), address });
}

Result<void> PairedDevices::update(const QString &sql, const QVariantList &values)
{
    auto q = execSql(m_db, sql, values, tr("Your devices cannot be saved."));
    if (!q)
        return q.error();
    return {};
}

} // namespace clinic
