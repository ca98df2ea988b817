#pragma once

// The driver is written against the plain SQLite C API and uses no SQLCipher-only symbol, so
// which library provides it is decided at link time. The product links SQLCipher (its
// pkg-config puts /usr/include/sqlcipher first, so this is <sqlcipher/sqlite3.h>); one test
// links plain SQLite on purpose to prove the "PRAGMA cipher_version" check at open refuses it.
#include <sqlite3.h>
