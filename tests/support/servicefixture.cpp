#include "servicefixture.h"

#include "accountrepository.h"
#include "serverdatabase.h"

#include <QCborArray>
#include <QDebug>

namespace clinic::test {

using namespace Qt::StringLiterals;

ServiceFixture::ServiceFixture()
{
    auto opened = m_server.openDatabase();
    if (!opened) {
        qWarning() << "server store:" << opened.error().fullText();
        return;
    }
    m_db = std::move(opened).value();
    m_sync = std::make_unique<SyncService>(m_db->database(), clock);
}

ServiceFixture::~ServiceFixture()
{
    m_sync.reset(); // its prepared queries go before the database they were made on
    m_db.reset();
}

QString ServiceFixture::addAccount(const QString &username, Role role)
{
    return m_server.addAccount(username, role);
}

Account ServiceFixture::account(const QString &id) const
{
    AccountRepository accounts(m_db->database());
    auto found = accounts.findById(id);
    if (!found || !found->has_value()) {
        qWarning() << "no account" << id;
        return {};
    }
    return **found;
}

QString ServiceFixture::deviceOf(const QString &accountId) const
{
    return u"device-"_s + accountId;
}

Result<PushResult> ServiceFixture::push(const QString &accountId,
                                        const QList<std::pair<QString, QCborMap>> &mutations)
{
    QCborArray list;
    qint64 &number = m_lastNumber[accountId];
    for (const auto &[name, args] : mutations)
        list.append(QCborMap {
                { u"n"_s, number + list.size() + 1 }, { u"name"_s, name }, { u"args"_s, args } });
    auto pushed = m_sync->push(account(accountId),
                               { { u"client"_s, deviceOf(accountId) }, { u"mutations"_s, list } });
    if (pushed)
        number = pushed->reply.value(u"last_mutation"_s).toInteger();
    return pushed;
}

QCborMap ServiceFixture::apply(const QString &accountId, const QString &name, const QCborMap &args)
{
    auto pushed = push(accountId, { { name, args } });
    if (!pushed) {
        qWarning() << "push failed:" << pushed.error().fullText();
        return {};
    }
    return pushed->reply.value(u"outcomes"_s).toArray().last().toMap();
}

Result<PullResult> ServiceFixture::pull(const QString &accountId, const QCborMap &cursors)
{
    return m_sync->pull(account(accountId),
                        { { u"client"_s, deviceOf(accountId) }, { u"cursors"_s, cursors } });
}

QSqlDatabase ServiceFixture::database() const
{
    return m_db->database();
}

} // namespace clinic::test
