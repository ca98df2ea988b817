#include "loopbacktransport.h"

#include <QTimer>

namespace clinic::media {

std::pair<std::unique_ptr<LoopbackTransport>, std::unique_ptr<LoopbackTransport>>
LoopbackTransport::createPair()
{
    std::unique_ptr<LoopbackTransport> a(new LoopbackTransport);
    std::unique_ptr<LoopbackTransport> b(new LoopbackTransport);
    a->m_peer = b.get();
    b->m_peer = a.get();
    return { std::move(a), std::move(b) };
}

void LoopbackTransport::setImpairment(const LinkImpairment &impairment)
{
    m_impairment = impairment;
    m_random.seed(impairment.seed);
}

void LoopbackTransport::send(const QByteArray &sealedFrame)
{
    ++m_sent;
    emit frameSent(sealedFrame);
    // Every draw is made for every frame, so one setting does not change another's fate.
    const bool lose = m_random.generateDouble() < m_impairment.loss;
    const bool reorder = m_random.generateDouble() < m_impairment.reorder;
    const bool tamper = m_random.generateDouble() < m_impairment.tamper;
    const quint32 where = m_random.generate();
    if (lose) {
        ++m_lost;
        return;
    }
    QByteArray frame = sealedFrame;
    if (tamper && !frame.isEmpty()) {
        ++m_tampered;
        frame[qsizetype(where % quint32(frame.size()))] ^= char(0x20);
    }
    deliver(frame, m_impairment.delayMs + (reorder ? m_impairment.reorderDelayMs : 0));
}

void LoopbackTransport::inject(const QByteArray &frame)
{
    deliver(frame, 0);
}

void LoopbackTransport::deliver(const QByteArray &frame, int delayMs)
{
    if (!m_peer)
        return;
    QTimer::singleShot(delayMs, Qt::PreciseTimer, m_peer.data(),
                       [peer = m_peer.data(), frame] { emit peer->frameReceived(frame); });
}

} // namespace clinic::media
