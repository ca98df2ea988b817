#include "documentlimits.h"

#include <QLocale>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// bytes / unit, rounded UP to one decimal with integers (no floating-point surprises), the
// decimal dropped when zero: a file a byte over a 25 MB limit reads "25.1 MB", never "25 MB".
QString tenthsOf(qint64 bytes, qint64 unit)
{
    const qint64 step = unit / 10;
    const qint64 tenths = (bytes + step - 1) / step;
    const QLocale locale;
    if (tenths % 10 == 0)
        return locale.toString(tenths / 10);
    return locale.toString(tenths / 10) + locale.decimalPoint() + locale.toString(tenths % 10);
}

} // namespace

QString DocumentLimits::formatSize(qint64 bytes)
{
    if (bytes == 1)
        return tr("1 byte");
    if (bytes < 1000)
        return tr("%1 bytes").arg(QLocale().toString(qMax<qint64>(bytes, 0)));
    if (bytes <= 999'900) // above, it would round up to "1000 kB"
        return tr("%1 kB").arg(tenthsOf(bytes, 1000));
    if (bytes <= 999'900'000)
        return tr("%1 MB").arg(tenthsOf(bytes, 1'000'000));
    return tr("%1 GB").arg(tenthsOf(bytes, 1'000'000'000));
}

Result<void> DocumentLimits::checkFile(qint64 fileBytes) const
{
    if (fileBytes <= 0)
        return makeError(ErrorCode::InvalidArgument, tr("The file is empty."));
    const qint64 limit = qMin(maxFileBytes, DocumentFormat::maxPlaintextBytes);
    if (fileBytes > limit)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The file is %1; the limit is %2.")
                                 .arg(formatSize(fileBytes), formatSize(limit)),
                         u"%1 > %2 bytes"_s.arg(fileBytes).arg(limit));
    return {};
}

Result<void> DocumentLimits::checkAddition(qint64 patientBytes, qint64 fileBytes) const
{
    if (auto file = checkFile(fileBytes); !file)
        return file;
    const qint64 used = qMax<qint64>(patientBytes, 0);
    if (used > maxPatientBytes || fileBytes > maxPatientBytes - used)
        return makeError(
                ErrorCode::InvalidArgument,
                tr("The file is %1, but this patient's documents already take %2 of "
                   "the %3 allowed. Remove documents that are no longer needed first.")
                        .arg(formatSize(fileBytes), formatSize(used), formatSize(maxPatientBytes)),
                u"%1 + %2 > %3 bytes"_s.arg(used).arg(fileBytes).arg(maxPatientBytes));
    return {};
}

} // namespace clinic
