#pragma once

#include "documents/documentformat.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace clinic {

// How large documents may be: per file, and all of one patient's documents together
// (docs/documents.md, Limits). Sizes are plaintext bytes; a megabyte is 1,000,000 bytes, as
// file managers show it. The same checks run where a file is picked (to explain), on the client
// before encrypting and on the server (to refuse).
struct DocumentLimits
{
    Q_DECLARE_TR_FUNCTIONS(clinic::DocumentLimits)
public:
    static constexpr qint64 defaultFileBytes = 25'000'000;
    static constexpr qint64 defaultPatientBytes = 1'000'000'000;

    qint64 maxFileBytes = defaultFileBytes;
    qint64 maxPatientBytes = defaultPatientBytes;

    // A file of `fileBytes`: refused when empty, larger than maxFileBytes or than the format
    // carries (DocumentFormat::maxPlaintextBytes, whatever maxFileBytes says).
    [[nodiscard]] Result<void> checkFile(qint64 fileBytes) const;
    // A file of `fileBytes` added to a patient whose documents already take `patientBytes`.
    [[nodiscard]] Result<void> checkAddition(qint64 patientBytes, qint64 fileBytes) const;

    // "31.2 MB", "25 MB", "640 kB", "12 bytes": rounded up to one decimal, dropped when zero.
    static QString formatSize(qint64 bytes);
};

} // namespace clinic
