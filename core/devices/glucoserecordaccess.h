#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clinic {

// The client side of a glucose meter's Record Access Control Point (0x2A52, GLS 1.0 section
// 3.7), one per connection, shared by the Bluetooth and the simulated source.
//
// A meter sends its stored records only when asked. Knowing the sequence number of the last
// record already received from it (PairedDevice::lastRecordSequence), only the records after it
// are asked for: Report Stored Records (0x01), operator "greater than or equal to" (0x03),
// filter Sequence Number (0x01), the next number as uint16: `01 03 01 LL HH`. Not knowing it:
// all records, `01 01`.
//
// A meter whose sequence restarted (reset, new battery, replaced) has no record from that number
// on and answers "no records found". Then its last record is asked for (`01 06`): numbered below
// the one remembered, the meter restarted, and all its records are asked for (those already
// recorded are skipped by their time, DeviceManager); otherwise nothing is new. The record sent
// for that check is not passed on (`passOn`): it is either known or sent again with all.
class GlucoseRecordAccess
{
    Q_DECLARE_TR_FUNCTIONS(clinic::GlucoseRecordAccess)
public:
    enum class Phase { After, LastCheck, All, Done };

    explicit GlucoseRecordAccess(std::optional<quint16> lastReceived);

    // The request to write once the RACP's indications are on.
    QByteArray start();
    // A Glucose Measurement notification: notes its sequence number; whether to pass it on.
    bool passOn(const QByteArray &measurement);
    struct Step
    {
        QByteArray write; // the next request, or empty
        QString problem; // for the user, when the meter refused
    };
    // A RACP indication (the meter's Response Code).
    Step response(const QByteArray &indication);

    Phase phase() const { return m_phase; }
    // The highest sequence number passed on in this connection.
    std::optional<quint16> highestPassedOn() const { return m_highest; }

    // `01 01`, or `01 03 01 LL HH` for the records numbered `from` and later.
    static QByteArray reportAll();
    static QByteArray reportFrom(quint16 from);
    static QByteArray reportLast();
    // The sequence number of a Glucose Measurement (octets 1-2), or nullopt if too short.
    static std::optional<quint16> sequenceOf(const QByteArray &measurement);

private:
    std::optional<quint16> m_last;
    std::optional<quint16> m_highest;
    std::optional<quint16> m_lastCheckSeen;
    Phase m_phase = Phase::Done;
};

} // namespace clinic
