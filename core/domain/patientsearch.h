#pragma once

#include "domain/patient.h"
#include "util/joinedthread.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace clinic {

class EncryptedStore;

// The register's name search (PatientRepository::searchByName) on a thread of its own, over a
// connection of its own (EncryptedStore::openSibling, made at the first search), so a window
// never waits for it: a first letter matches a fifth of a 100,000-patient register, which the
// search reads and sorts in tens of milliseconds, more on a cold page cache.
//
// The newest text wins. Results come only for the text last asked, and only one search runs at
// a time: a text asked while one runs waits, replacing any other waiting, so typing fast costs
// one search per pause, not one per key. An empty text (no word to search) answers at once.
// Lives on the thread that made it (a window's); its signals come on that thread.
class PatientSearch : public QObject
{
    Q_OBJECT
public:
    // `limit`: the most patients one answer lists. The store must stay open while this lives.
    PatientSearch(std::shared_ptr<const EncryptedStore> store, int limit,
                  QObject *parent = nullptr);
    // Finishes the search running, drops the one waiting, and closes the connection, on its
    // thread, before returning: once this is gone the store holds no connection of it.
    ~PatientSearch() override;

    void search(const QString &text);
    // The text last asked; it has been answered unless busy().
    QString text() const { return m_text; }
    bool busy() const { return m_running || m_waiting.has_value(); }

signals:
    // The answer for the text last asked: the patients found, in the register's order, and
    // which of them have a change here still waiting for the server.
    void found(const QString &text, const QList<Patient> &patients, const QSet<QString> &tentative);
    void failed(const QString &text, const QString &message);
    // On the search's thread, when its connection is made, before its first search: connect
    // with Qt::DirectConnection to watch that connection (a test's trace).
    void opened(const QSqlDatabase &db);

private:
    class Worker;
    struct Answer;

    void start(const QString &text);
    void onAnswered(quint64 generation, const Answer &answer);

    JoinedThread m_thread { QStringLiteral("patient search") };
    Worker *m_worker = nullptr;
    quint64 m_generation = 0; // of the text last asked
    bool m_running = false;
    std::optional<QString> m_waiting; // asked while one ran
    QString m_text;
};

} // namespace clinic
