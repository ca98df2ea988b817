#include "passwordinput.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace clinic {

namespace {

// Reads one line from standard input into secure memory, without stdio's buffers.
Result<SecureBytes> readLine()
{
    SecureBytes buffer(PasswordInput::maxBytes + 1);
    qsizetype length = 0;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0)
            return makeError(ErrorCode::Io, PasswordInput::tr("The password could not be read."));
        if (got == 0 && length == 0)
            return makeError(ErrorCode::InvalidArgument,
                             PasswordInput::tr("No password was given."));
        if (got == 0 || c == '\n')
            break;
        if (length == PasswordInput::maxBytes)
            return makeError(ErrorCode::InvalidArgument,
                             PasswordInput::tr("The password is too long."));
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return SecureBytes(buffer.data(), length);
}

} // namespace

bool PasswordInput::fromTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

Result<SecureBytes> PasswordInput::read(const QString &prompt)
{
    if (!fromTerminal())
        return readLine();
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios saved {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    auto password = readLine();
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    return password;
}

Result<SecureBytes> PasswordInput::readNew(const QString &prompt, const QString &confirmPrompt)
{
    auto first = read(prompt);
    if (!first)
        return first;
    auto second = read(confirmPrompt);
    if (!second)
        return second;
    if (!first->equals(second.value()))
        return makeError(ErrorCode::InvalidArgument, tr("The two passwords are not the same."));
    return first;
}

} // namespace clinic
