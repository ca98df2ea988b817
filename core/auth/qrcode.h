#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <utility>

namespace clinic {

// A QR code as a square of modules, made by libqrencode at error correction level M. Drawing
// it is the UI's job, so the core stays free of Qt Gui.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(clinic::QrCode)
public:
    // Byte mode, so any bytes go in unchanged (UTF-8 text, URIs). Fails when the input is empty
    // or longer than the largest QR code holds (2331 bytes at level M).
    static Result<QrCode> encode(const QByteArray &text);

    int size() const { return m_size; } // modules per side
    bool isDark(int x, int y) const; // false outside the matrix

    // For a terminal: two module rows per line drawn with Unicode half blocks, dark modules as
    // ink, inside a 2-module quiet zone. Every line ends with a newline. It reads best on a light
    // background; a dark terminal shows it inverted.
    QString toTerminalText() const;

private:
    QrCode(int size, QByteArray modules) : m_size(size), m_modules(std::move(modules)) { }

    int m_size = 0;
    QByteArray m_modules; // row by row, 1 for dark
};

} // namespace clinic
