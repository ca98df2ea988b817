#include "providerdelisting.h"

#include "syncservice.h"

#include <QCborArray>
#include <QUuid>

namespace clinic {

using namespace Qt::StringLiterals;

Result<QSet<QString>> delistProvider(SyncService &sync, const Account &by,
                                     const QString &providerId)
{
    const QCborMap mutation { { u"n"_s, 1 },
                              { u"name"_s, u"provider.remove_profile"_s },
                              { u"args"_s, QCborMap { { u"id"_s, providerId } } } };
    // A client of its own for this one change: its numbering starts at 1.
    auto pushed = sync.push(by,
                            { { u"client"_s, QUuid::createUuid().toString(QUuid::Id128) },
                              { u"mutations"_s, QCborArray { mutation } } });
    if (!pushed)
        return pushed.error();
    return pushed->changedBuckets; // a doctor without a page: rejected as not found, no change
}

} // namespace clinic
