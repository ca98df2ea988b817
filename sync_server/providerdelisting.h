#pragma once

#include "domain/account.h"
#include "util/result.h"

#include <QSet>
#include <QString>

namespace clinic {

class SyncService;

// A doctor who can no longer be booked (disabled, or given another role) leaves the directory
// at once. The change is made through the sync service in the name of whoever made the
// account change, so every client's directory follows (change log, and pokes for the caller
// to send). Returns the buckets that changed; none when the doctor had no page.
Result<QSet<QString>> delistProvider(SyncService &sync, const Account &by,
                                     const QString &providerId);

} // namespace clinic
