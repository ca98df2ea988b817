#include "patientsearch.h"

#include "domain/patientrepository.h"
#include "storage/encryptedstore.h"
#include "sync/localreplica.h"

namespace clinic {

using namespace Qt::StringLiterals;

struct PatientSearch::Answer
{
    QString text;
    QList<Patient> patients;
    QSet<QString> tentative;
    QString error; // empty: found
};

// Lives on the search's thread, with the connection made there.
class PatientSearch::Worker : public QObject
{
public:
    Worker(PatientSearch &owner, std::shared_ptr<const EncryptedStore> store, int limit)
        : m_owner(owner), m_store(std::move(store)), m_limit(limit)
    { }

    void search(quint64 generation, const QString &text)
    {
        const Answer answer = run(text);
        QMetaObject::invokeMethod(
                &m_owner,
                [owner = &m_owner, generation, answer] { owner->onAnswered(generation, answer); },
                Qt::QueuedConnection);
    }

    // Off its thread's event loop, before the thread ends.
    void close()
    {
        m_patients.reset();
        m_connection.reset();
    }

private:
    Answer run(const QString &text)
    {
        Answer answer { text, {}, {}, {} };
        if (!m_patients) {
            auto opened = m_store->openSibling();
            if (!opened) {
                answer.error = opened.error().message;
                return answer;
            }
            m_connection = std::move(opened).value();
            emit m_owner.opened(m_connection->database());
            m_patients = std::make_unique<PatientRepository>(m_connection->database());
        }
        auto found = m_patients->searchByName(text, m_limit);
        if (!found) {
            answer.error = found.error().message;
            return answer;
        }
        if (!found->isEmpty()) {
            // One read of the few changes waiting, rather than one per patient listed.
            auto waiting = LocalReplica::tentativeRows(m_connection->database(), u"patient"_s);
            if (!waiting) {
                answer.error = waiting.error().message;
                return answer;
            }
            for (const Patient &patient : *found) {
                if (waiting->contains(patient.id))
                    answer.tentative.insert(patient.id);
            }
        }
        answer.patients = std::move(found).value();
        return answer;
    }

    PatientSearch &m_owner;
    std::shared_ptr<const EncryptedStore> m_store;
    const int m_limit;
    std::unique_ptr<EncryptedStore> m_connection;
    std::unique_ptr<PatientRepository> m_patients;
};

PatientSearch::PatientSearch(std::shared_ptr<const EncryptedStore> store, int limit,
                             QObject *parent)
    : QObject(parent), m_worker(new Worker(*this, std::move(store), limit))
{
    m_worker->moveToThread(m_thread.thread());
}

PatientSearch::~PatientSearch()
{
    m_waiting.reset();
    // Queued after the search running, if any: it finishes, then the connection closes.
    m_thread.stop(m_worker, [worker = m_worker] { worker->close(); });
    delete m_worker; // and with it this search's share of the store
}

void PatientSearch::search(const QString &text)
{
    ++m_generation; // an answer on its way for an earlier text is dropped
    m_text = text;
    if (PatientRepository::searchExpression(text).isEmpty()) {
        m_waiting.reset();
        emit found(text, {}, {}); // nothing to search: no query
        return;
    }
    if (m_running)
        m_waiting = text;
    else
        start(text);
}

void PatientSearch::start(const QString &text)
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation = m_generation, text] {
        worker->search(generation, text);
    });
}

void PatientSearch::onAnswered(quint64 generation, const Answer &answer)
{
    m_running = false;
    if (m_waiting) {
        start(*std::exchange(m_waiting, std::nullopt));
        return; // this answer is for an earlier text
    }
    if (generation != m_generation)
        return; // asked for since, and answered at once (an empty text)
    if (!answer.error.isEmpty())
        emit failed(answer.text, answer.error);
    else
        emit found(answer.text, answer.patients, answer.tentative);
}

} // namespace clinic
