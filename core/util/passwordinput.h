#pragma once

#include "crypto/securebytes.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace clinic {

// Passwords for command-line programs: typed at the terminal with echo off, or one per line
// on standard input when it is not a terminal (scripts). Never from an argument, where other
// users could read it in the process list.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PasswordInput)
public:
    static constexpr qsizetype maxBytes = 1024;

    static bool fromTerminal();
    // One password; the prompt goes to the terminal (stderr) only when reading from it.
    static Result<SecureBytes> read(const QString &prompt);
    // A new password, entered twice; an error when the two differ.
    static Result<SecureBytes> readNew(const QString &prompt, const QString &confirmPrompt);
};

} // namespace clinic
