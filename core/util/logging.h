#pragma once

#include <QLoggingCategory>

// One category per module of core. Never log passwords, keys, tokens or patient data.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
