#include "qrcode.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>

namespace clinic {

namespace {

constexpr int quietZone = 2; // modules of light border drawn around the code

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

Result<QrCode> QrCode::encode(const QByteArray &text)
{
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("There is nothing to put in a QR code."));
    const auto tooLong = [&text] {
        return makeError(ErrorCode::InvalidArgument, tr("The text is too long for a QR code."),
                         QStringLiteral("%1 bytes").arg(text.size()));
    };
    if (text.size() > std::numeric_limits<int>::max())
        return tooLong();

    // Version 0 lets libqrencode pick the smallest symbol that holds the data.
    errno = 0;
    const std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
            int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0,
            QR_ECLEVEL_M));
    if (!code) {
        if (errno == ERANGE)
            return tooLong();
        return makeError(ErrorCode::Unknown, tr("The QR code could not be created."),
                         QString::fromLocal8Bit(std::strerror(errno)));
    }

    // libqrencode keeps other details (which modules are finder patterns, timing, format
    // information) in the upper bits of each byte; only bit 0, dark or light, is kept here.
    const int size = code->width;
    QByteArray modules(qsizetype(size) * size, Qt::Uninitialized);
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = char(code->data[i] & 1);
    return QrCode(size, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QString QrCode::toTerminalText() const
{
    const int first = -quietZone;
    const int end = m_size + quietZone;
    QString text;
    text.reserve(qsizetype(end - first + 1) * ((end - first + 1) / 2));
    // isDark is false outside the matrix, which draws the quiet zone and, when the bordered
    // height is odd, a light lower half on the last line.
    for (int y = first; y < end; y += 2) {
        for (int x = first; x < end; ++x) {
            const bool upper = isDark(x, y);
            const bool lower = isDark(x, y + 1);
            if (upper && lower)
                text += u'\u2588'; // █
            else if (upper)
                text += u'\u2580'; // ▀
            else if (lower)
                text += u'\u2584'; // ▄
            else
                text += u' ';
        }
        text += u'\n';
    }
    return text;
}

} // namespace clinic
