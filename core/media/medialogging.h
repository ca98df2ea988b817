#pragma once

#include <QLoggingCategory>

// The media library's category. Never log media content or anything about the patient.
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
