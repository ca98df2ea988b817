#include "syncengine.h"

#include <QCborArray>
#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace clinic {

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRetryDelayMs = 30000;

// What pullBody() reads of a page: its buckets' cursors and the buckets it revoked. The rows
// stay with the applier alone, so they are freed on its thread, not the window's.
QCborMap cursorsOf(const QCborMap &page)
{
    QCborArray buckets;
    for (const QCborValue &bucket : page.value(u"buckets"_s).toArray()) {
        buckets.append(QCborMap { { u"name"_s, bucket.toMap().value(u"name"_s) },
                                  { u"cursor"_s, bucket.toMap().value(u"cursor"_s) } });
    }
    return { { u"buckets"_s, buckets }, { u"revoked"_s, page.value(u"revoked"_s) } };
}
} // namespace

SyncEngine::SyncEngine(LocalReplica &replica, ReplicaApplier &applier, ServerConnection &connection,
                       QObject *parent)
    : QObject(parent), m_replica(replica), m_connection(connection), m_applier(applier)
{
    connect(&m_applier, &ReplicaApplier::applied, this, &SyncEngine::onApplied);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::step);
    connect(&m_connection, &ServerConnection::signedIn, this, [this] {
        m_received.clear(); // pages of a pull the old connection did not finish
        m_receivedRows = 0;
        m_pullWanted = true;
        m_retryDelayMs = 1000;
        m_retry.stop(); // a back-off begun as the old connection dropped must not hold this one
        step();
        emit statusChanged();
    });
    connect(&m_connection, &ServerConnection::poked, this, [this] {
        m_pullWanted = true;
        step();
    });
    connect(&m_connection, &ServerConnection::stateChanged, this, [this] { emit statusChanged(); });
    if (online()) {
        m_pullWanted = true;
        QMetaObject::invokeMethod(this, &SyncEngine::step, Qt::QueuedConnection);
    }
}

bool SyncEngine::online() const
{
    return m_connection.state() == ServerConnection::State::SignedIn;
}

Result<qint64> SyncEngine::submit(const QString &name, const QCborMap &args)
{
    auto number = m_replica.submit(name, args);
    if (!number)
        return number;
    emit dataChanged(SyncedTables::names());
    emit statusChanged();
    step();
    return number;
}

void SyncEngine::syncNow()
{
    m_pullWanted = true;
    m_retryDelayMs = 1000;
    step();
}

SyncEngine::Status SyncEngine::status() const
{
    Status status;
    status.online = online();
    status.syncing = m_busy || !m_batchesOut.isEmpty();
    auto pending = m_replica.unansweredCount();
    status.pending = pending ? *pending : 0;
    auto rejections = m_replica.unseenRejections();
    status.unseenRejections = rejections ? *rejections : 0;
    auto last = m_replica.lastSyncAt();
    status.lastSyncAt = last ? *last : 0;
    status.lastError = m_lastError;
    status.needsAttention = m_needsAttention;
    return status;
}

Result<void> SyncEngine::startOver()
{
    if (m_busy || !m_batchesOut.isEmpty())
        return makeError(ErrorCode::Conflict, tr("Sync is under way; try again in a moment."));
    m_received.clear();
    m_receivedRows = 0;
    auto changed = m_replica.startOver();
    if (!changed)
        return changed.error();
    m_needsAttention.clear();
    m_lastError.clear();
    m_pullWanted = true;
    m_retryDelayMs = 1000;
    emit dataChanged(*changed);
    emit statusChanged();
    step();
    return {};
}

void SyncEngine::step()
{
    if (m_busy || !m_batchesOut.isEmpty() || !online() || m_retry.isActive()
        || !m_needsAttention.isEmpty())
        return;
    auto pending = m_replica.unansweredCount();
    if (!pending)
        return failed(pending.error().fullText());
    if (*pending > 0)
        return push();
    if (m_pullWanted)
        return pull();
}

void SyncEngine::push()
{
    auto body = m_replica.pushBody(maxMutationsPerPush, maxPushBytes);
    if (!body)
        return failed(body.error().fullText());
    m_busy = true;
    emit statusChanged();
    // The connection may outlive this engine (a sign-out while a request is out): a reply
    // then finds no engine and is dropped.
    m_connection.request(u"push"_s, *body, [this, self = QPointer(this)](const ServerReply &reply) {
        if (!self)
            return;
        m_busy = false;
        if (!reply.ok())
            return failed(reply.errorText);
        auto outcomes = m_replica.recordOutcomes(reply.message.body.value(u"outcomes"_s).toArray());
        if (!outcomes)
            return failed(outcomes.error().fullText());
        for (const SyncOutcome &outcome : *outcomes)
            emit outcomeReceived(outcome);
        emit statusChanged();
        // A pull after every push, even with more changes waiting: a burst of changes made
        // faster than a push's round trip would otherwise keep the server's rows away.
        pull();
    });
}

void SyncEngine::pull()
{
    auto body = m_replica.pullBody();
    if (!body)
        return failed(body.error().fullText());
    sendPull(*body);
}

void SyncEngine::sendPull(const QCborMap &body)
{
    m_busy = true;
    m_pullWanted = false;
    const quint64 generation = ++m_pullGeneration;
    emit statusChanged();
    m_connection.request(
            u"pull"_s, body, [this, self = QPointer(this), generation](const ServerReply &reply) {
                if (self && generation == m_pullGeneration) // else: gone, or superseded
                    onPulled(reply);
            });
}

void SyncEngine::onPulled(const ServerReply &reply)
{
    m_busy = false;
    if (reply.error == ProtocolError::ServerBehind) {
        // Retrying cannot help, and guessing could lose rows: stop and ask the user.
        qCWarning(lcSync) << "the server is behind this client:" << reply.errorText;
        m_received.clear();
        m_needsAttention = reply.errorText;
        emit statusChanged();
        return;
    }
    if (!reply.ok()) {
        m_received.clear(); // nothing of them was applied: the cursors in the store still hold
        m_pullWanted = true;
        return failed(reply.errorText);
    }
    const QCborMap &body = reply.message.body;
    m_received.append(body);
    m_receivedRows += rowCount(body);
    const bool more = body.value(u"more"_s).toBool();
    // Pages are gathered up to a batch and applied in one transaction; the next page is asked
    // for before a batch is applied, so the server prepares it while this client writes.
    bool asked = false;
    if (more) {
        if (auto next = m_replica.pullBody(m_pagesOut + m_received)) {
            sendPull(*next);
            asked = true;
        }
        if (asked && m_receivedRows < m_rowsPerApply)
            return;
    }
    applyReceived();
}

void SyncEngine::applyReceived()
{
    QList<QCborMap> batch = std::exchange(m_received, {});
    m_receivedRows = 0;
    m_batchesOut.append(batch.size());
    for (const QCborMap &page : std::as_const(batch))
        m_pagesOut.append(cursorsOf(page));
    m_applier.apply(m_applyRun, std::move(batch));
    emit statusChanged();
}

void SyncEngine::onApplied(quint64 run, const QSet<QString> &tables, const QString &error)
{
    if (run != m_applyRun || m_batchesOut.isEmpty())
        return; // a batch of a run that failed: skipped there
    m_pagesOut.remove(0, m_batchesOut.takeFirst());
    if (!error.isEmpty()) {
        m_applyRun = run + 1;
        m_batchesOut.clear();
        m_pagesOut.clear();
        m_received.clear();
        ++m_pullGeneration; // the page asked for next must not land on a store without these
        m_busy = false;
        m_pullWanted = true;
        return failed(error);
    }
    m_lastError.clear();
    m_retryDelayMs = 1000;
    if (!tables.isEmpty())
        emit dataChanged(tables);
    emit statusChanged();
    if (m_busy || !m_batchesOut.isEmpty())
        return; // the next page is on its way, or the next batch being written
    step();
    if (!m_busy && !m_pullWanted)
        emit idle();
}

int SyncEngine::rowCount(const QCborMap &reply)
{
    int rows = 0;
    for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray())
        rows += int(bucket.toMap().value(u"rows"_s).toArray().size());
    return rows;
}

// A lost connection is retried by ServerConnection, which signs in again and so restarts
// sync; anything else (the server failed, the local store failed) is retried here.
void SyncEngine::failed(const QString &why)
{
    m_lastError = why;
    qCWarning(lcSync) << "sync failed:" << why;
    if (online()) {
        m_retry.start(m_retryDelayMs);
        m_retryDelayMs = qMin(m_retryDelayMs * 2, maxRetryDelayMs);
    }
    emit statusChanged();
}

} // namespace clinic
