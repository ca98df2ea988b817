// Video calls through the real server: the accounts' call keys, registered by each and shown
// to a visit's doctor and patient only. Raw clients, so every refusal is seen as the wire
// carries it; on the embedded store and on PostgreSQL (CLINIC_TEST_POSTGRES).

#include "crypto/callkeys.h"
#include "rawclient.h"
#include "syncfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace clinic;
using namespace Qt::StringLiterals;
using test::RawClient;

namespace {

constexpr qint64 minuteMs = 60 * 1000;

} // namespace

class TestCalls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void keysGoToTheVisitOnly();

private:
    struct Party
    {
        QString username;
        QString accountId;
        CallKeys::KeyPair keys;
    };
    std::unique_ptr<RawClient> signedIn(const QString &username);
    Message request(RawClient &client, const QString &type, const QCborMap &body);
    QString addAppointment(const QString &patientId, const QString &doctorId,
                           const QString &modality, const QString &status, qint64 startMs);

    test::ManualClock m_clock;
    std::unique_ptr<test::TestServer> m_server;
    Party m_doc, m_doc2, m_pat, m_pia;
    QString m_video, m_piaVideo;
    std::unique_ptr<RawClient> m_docClient, m_doc2Client, m_patA, m_piaClient;
    quint64 m_nextId = 100;
    int m_nextAppointment = 1;
};

void TestCalls::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_server->setClock(m_clock);
    m_doc = { u"doc"_s, m_server->addAccount(u"doc"_s, Role::Doctor), CallKeys::generateKeyPair() };
    m_doc2 = { u"doc2"_s, m_server->addAccount(u"doc2"_s, Role::Doctor),
               CallKeys::generateKeyPair() };
    m_pat = { u"pat"_s, m_server->addAccount(u"pat"_s, Role::Patient),
              CallKeys::generateKeyPair() };
    m_pia = { u"pia"_s, m_server->addAccount(u"pia"_s, Role::Patient),
              CallKeys::generateKeyPair() };
    QVERIFY(!m_doc.accountId.isEmpty() && !m_doc2.accountId.isEmpty());
    QVERIFY(!m_pat.accountId.isEmpty() && !m_pia.accountId.isEmpty());
    const qint64 soon = m_clock.nowMs() + 5 * minuteMs;
    m_video = addAppointment(m_pat.accountId, m_doc.accountId, u"video"_s, u"confirmed"_s, soon);
    m_piaVideo = addAppointment(m_pia.accountId, m_doc.accountId, u"video"_s, u"confirmed"_s, soon);
    QVERIFY(!m_video.isEmpty() && !m_piaVideo.isEmpty());
    QVERIFY(m_server->start());

    m_docClient = signedIn(u"doc"_s);
    m_doc2Client = signedIn(u"doc2"_s);
    m_patA = signedIn(u"pat"_s);
    m_piaClient = signedIn(u"pia"_s);
    QVERIFY(m_docClient && m_doc2Client && m_patA && m_piaClient);
    const QList<std::pair<RawClient *, const Party *>> registrations {
        { m_docClient.get(), &m_doc },
        { m_doc2Client.get(), &m_doc2 },
        { m_patA.get(), &m_pat },
        { m_piaClient.get(), &m_pia },
    };
    for (const auto &[client, party] : registrations) {
        const Message reply =
                request(*client, u"key_register"_s,
                        { { u"public_key"_s, CallKeys::encodePublicKey(party->keys.publicKey) } });
        QCOMPARE(reply.type, u"ok"_s);
    }
}

// Each test starts with empty inboxes.
void TestCalls::init()
{
    for (RawClient *client :
         { m_docClient.get(), m_doc2Client.get(), m_patA.get(), m_piaClient.get() }) {
        QVERIFY(client && !client->closed);
        client->received.clear();
    }
}

void TestCalls::cleanupTestCase()
{
    m_docClient.reset();
    m_doc2Client.reset();
    m_patA.reset();
    m_piaClient.reset();
    m_server.reset();
}

std::unique_ptr<RawClient> TestCalls::signedIn(const QString &username)
{
    auto client =
            std::make_unique<RawClient>(QUrl(m_server->url()), m_server->identity().fingerprint());
    if (!client->waitConnected() || !client->greet())
        return nullptr;
    const Message reply =
            request(*client, u"sign_in"_s,
                    { { u"username"_s, username }, { u"password"_s, test::syncPassword } });
    if (reply.type != u"signed_in")
        return nullptr;
    client->received.removeIf([](const Message &message) { return message.id != 0; });
    return client;
}

Message TestCalls::request(RawClient &client, const QString &type, const QCborMap &body)
{
    const quint64 id = m_nextId++;
    client.send(Message { type, id, body });
    std::optional<Message> found;
    (void)QTest::qWaitFor(
            [&] {
                for (const Message &message : std::as_const(client.received)) {
                    if (message.id == id)
                        found = message;
                }
                return found.has_value() || client.closed;
            },
            RawClient::waitMs);
    return found.value_or(Message { u"timeout"_s, 0, {} });
}

QString TestCalls::addAppointment(const QString &patientId, const QString &doctorId,
                                  const QString &modality, const QString &status, qint64 startMs)
{
    auto store = m_server->openDatabase();
    if (!store)
        return {};
    const QString id = u"appt-%1"_s.arg(m_nextAppointment++);
    QSqlQuery query(store.value()->database());
    query.prepare(u"INSERT INTO appointment (id, rev, deleted, updated_at, updated_by, patient_id, "
                  u"patient_name, provider_id, location_id, modality, start_at, end_at, status, "
                  u"created_at, created_by) VALUES (?, 1, ?, ?, '', ?, '', ?, 'loc', ?, ?, ?, ?, "
                  u"?, '')"_s);
    for (const QVariant &value :
         QVariantList { id, false, m_clock.nowMs(), patientId, doctorId, modality, startMs,
                        startMs + 30 * minuteMs, status, m_clock.nowMs() })
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << "appointment:" << query.lastError().text();
        return {};
    }
    return id;
}

void TestCalls::keysGoToTheVisitOnly()
{
    const Message keys = request(*m_patA, u"call_keys"_s, { { u"appointment_id"_s, m_video } });
    QCOMPARE(keys.type, u"call_keys"_s);
    const QCborMap doctor = keys.body.value(u"doctor"_s).toMap();
    QCOMPARE(doctor.value(u"account_id"_s).toString(), m_doc.accountId);
    QCOMPARE(*CallKeys::decodePublicKey(doctor.value(u"public_key"_s).toString()),
             m_doc.keys.publicKey);
    QCOMPARE(*CallKeys::decodePublicKey(
                     keys.body.value(u"patient"_s).toMap().value(u"public_key"_s).toString()),
             m_pat.keys.publicKey);
    QCOMPARE(request(*m_docClient, u"call_keys"_s, { { u"appointment_id"_s, m_video } }).type,
             u"call_keys"_s);

    QCOMPARE(request(*m_piaClient, u"call_keys"_s, { { u"appointment_id"_s, m_video } })
                     .body.value(u"code"_s)
                     .toString(),
             u"forbidden"_s);
    QCOMPARE(request(*m_doc2Client, u"call_keys"_s, { { u"appointment_id"_s, m_video } })
                     .body.value(u"code"_s)
                     .toString(),
             u"forbidden"_s);
    QCOMPARE(request(*m_patA, u"call_keys"_s, { { u"appointment_id"_s, u"nope"_s } })
                     .body.value(u"code"_s)
                     .toString(),
             u"not_found"_s);
    // Keys are 32 bytes of base64url; anything else is refused and changes nothing.
    for (const QCborValue &bad : { QCborValue(u"short"_s), QCborValue(QByteArray(32, 'x')),
                                   QCborValue(QString(43, u'!')), QCborValue(42) }) {
        const Message refused =
                request(*m_piaClient, u"key_register"_s, { { u"public_key"_s, bad } });
        QCOMPARE(refused.body.value(u"code"_s).toString(), u"invalid"_s);
    }
    QCOMPARE(request(*m_piaClient, u"call_keys"_s, { { u"appointment_id"_s, m_piaVideo } })
                     .body.value(u"patient"_s)
                     .toMap()
                     .value(u"public_key"_s)
                     .toString(),
             CallKeys::encodePublicKey(m_pia.keys.publicKey));
}

QTEST_GUILESS_MAIN(TestCalls)
#include "tst_calls.moc"
