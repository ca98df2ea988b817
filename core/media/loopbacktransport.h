#pragma once

#include "calltransport.h"

#include <QPointer>
#include <QRandomGenerator>

#include <memory>
#include <utility>

namespace clinic::media {

// What a LoopbackTransport does to the frames one end sends, to test and measure a call over
// a bad link. Each share is a probability per frame, 0..1; the same seed gives the same fate.
struct LinkImpairment
{
    double loss = 0; // never arrives
    double reorder = 0; // arrives reorderDelayMs later than it would, behind newer frames
    double tamper = 0; // one byte flipped, somewhere in the frame
    int delayMs = 0; // every frame, one way
    int reorderDelayMs = 40;
    quint32 seed = 1;
};

// Two ends of an in-process link, for tests and the benchmark until the server relay carries
// calls: what one end sends, the other receives, through its event loop (never re-entrantly),
// after the impairment. Both ends live on the thread that made them.
class LoopbackTransport final : public CallTransport
{
    Q_OBJECT
public:
    static std::pair<std::unique_ptr<LoopbackTransport>, std::unique_ptr<LoopbackTransport>>
    createPair();

    // Applies to the frames this end sends from now on.
    void setImpairment(const LinkImpairment &impairment);

    void send(const QByteArray &sealedFrame) override;
    // Hands bytes to the other end as they are, bypassing the impairment: a hostile relay's
    // frame (replayed, truncated, forged) in a test.
    void inject(const QByteArray &frame);

    quint64 sentCount() const { return m_sent; }
    quint64 lostCount() const { return m_lost; }
    quint64 tamperedCount() const { return m_tampered; }

signals:
    // Every frame this end was asked to send, as a relay would see it.
    void frameSent(const QByteArray &sealedFrame);

private:
    LoopbackTransport() = default;
    void deliver(const QByteArray &frame, int delayMs);

    QPointer<LoopbackTransport> m_peer;
    LinkImpairment m_impairment;
    QRandomGenerator m_random { 1 };
    quint64 m_sent = 0;
    quint64 m_lost = 0;
    quint64 m_tampered = 0;
};

} // namespace clinic::media
