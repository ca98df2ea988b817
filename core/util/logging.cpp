#include "logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "clinic.crypto")
Q_LOGGING_CATEGORY(lcStorage, "clinic.storage")
