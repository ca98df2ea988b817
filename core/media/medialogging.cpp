#include "medialogging.h"

Q_LOGGING_CATEGORY(lcMedia, "clinic.media")
