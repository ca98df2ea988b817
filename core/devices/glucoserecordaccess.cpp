#include "glucoserecordaccess.h"

#include <initializer_list>

namespace clinic {

namespace {
constexpr quint8 reportStoredRecords = 0x01;
constexpr quint8 responseCode = 0x06;
constexpr quint8 allRecords = 0x01;
constexpr quint8 greaterOrEqual = 0x03;
constexpr quint8 lastRecord = 0x06;
constexpr quint8 sequenceNumberFilter = 0x01;
constexpr quint8 success = 0x01;
constexpr quint8 noRecordsFound = 0x06;

QByteArray octets(std::initializer_list<quint8> values)
{
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (quint8 v : values)
        out.append(char(v));
    return out;
}
} // namespace

GlucoseRecordAccess::GlucoseRecordAccess(std::optional<quint16> lastReceived)
    : m_last(lastReceived)
{
}

QByteArray GlucoseRecordAccess::reportAll()
{
    return octets({ reportStoredRecords, allRecords });
}

QByteArray GlucoseRecordAccess::reportFrom(quint16 from)
{
    return octets({ reportStoredRecords, greaterOrEqual, sequenceNumberFilter, quint8(from & 0xFF),
                    quint8(from >> 8) });
}

QByteArray GlucoseRecordAccess::reportLast()
{
    return octets({ reportStoredRecords, lastRecord });
}

std::optional<quint16> GlucoseRecordAccess::sequenceOf(const QByteArray &measurement)
{
    if (measurement.size() < 3)
        return std::nullopt;
    return quint16(quint8(measurement.at(1)) | (quint8(measurement.at(2)) << 8));
}

QByteArray GlucoseRecordAccess::start()
{
    // After 0xFFFF nothing is "greater or equal" to the next number: all records then.
    if (m_last && *m_last < 0xFFFF) {
        m_phase = Phase::After;
        return reportFrom(quint16(*m_last + 1));
    }
    m_phase = Phase::All;
    return reportAll();
}

bool GlucoseRecordAccess::passOn(const QByteArray &measurement)
{
    const auto sequence = sequenceOf(measurement);
    if (m_phase == Phase::LastCheck) {
        if (sequence)
            m_lastCheckSeen = sequence;
        return false;
    }
    if (sequence && (!m_highest || *sequence > *m_highest))
        m_highest = sequence;
    return true;
}

GlucoseRecordAccess::Step GlucoseRecordAccess::response(const QByteArray &indication)
{
    // Response Code: 06 00 <request op code> <response value>.
    if (indication.size() != 4 || quint8(indication.at(0)) != responseCode
        || quint8(indication.at(2)) != reportStoredRecords || m_phase == Phase::Done) {
        return {};
    }
    const quint8 value = quint8(indication.at(3));
    if (value != success && value != noRecordsFound) {
        m_phase = Phase::Done;
        return { {}, tr("The glucose meter did not send its stored readings (response %1).")
                             .arg(value) };
    }
    switch (m_phase) {
    case Phase::After:
        if (value == noRecordsFound) {
            m_phase = Phase::LastCheck; // nothing new, or a meter that started again
            return { reportLast(), {} };
        }
        break;
    case Phase::LastCheck:
        if (value == success && m_lastCheckSeen && m_last && *m_lastCheckSeen < *m_last) {
            m_phase = Phase::All; // its numbers started again: every record, deduplicated
            return { reportAll(), {} };
        }
        break;
    case Phase::All:
    case Phase::Done:
        break;
    }
    m_phase = Phase::Done;
    return {};
}

} // namespace clinic
