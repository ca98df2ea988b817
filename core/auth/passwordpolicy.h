#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clinic {

struct PasswordVerdict
{
    bool acceptable = false;
    QString reason; // for the user, translated; empty when acceptable
    double entropyBits = 0; // zxcvbn's estimate, also when refused, e.g. for a strength meter
};

// What an account password must be. Strength is judged by zxcvbn, which knows common passwords,
// dictionary words, keyboard walks, dates and repeats, rather than by character-class rules that
// "Password123!" satisfies.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(clinic::PasswordPolicy)
public:
    // Characters as people count them: a character outside the Basic Multilingual Plane (most
    // emoji) counts once, although it is two UTF-16 units.
    static constexpr int minimumLength = 12;

    // The password unlocks the key file of the user's encrypted store, so the threat that
    // matters is an offline guessing attack on a stolen copy. 2^40 guesses at the store's
    // Argon2id cost (about 0.25 s and 128 MiB each) is out of reach. The reference zxcvbn's top
    // score begins at 10^10 guesses (33.2 bits); 40 leaves a margin above the common passwords
    // that zxcvbn underrates, which measure up to 26 bits. zxcvbn-c 2.5 estimates, in bits:
    //   refused:  password1234 3.0, Password1234 4.0, abcdefghijkl 4.6, aaaaaaaaaaaa 5.6,
    //             123456789012 7.8, Password123! 8.3, iloveyou1234 9.4, qwertyuiop123 14.1,
    //             1qaz2wsx3edc 20.3, Summer2024!! 20.0, Clinic2024!! 24.7, 1q2w3e4r5t6y 24.0,
    //             bluecarpetsunshine 26.0
    //   accepted: mangoes under the bridge 56.6, r7Tq2zWb9LmE 64.4, correct horse battery
    //             staple 70.3, Tide-Lamp-Orbit-77 71.0
    // zxcvbn-c counts UTF-8 bytes, not characters, and rates bytes outside ASCII as brute force
    // over a large alphabet: twelve different accented letters score about 159 bits.
    static constexpr double minimumEntropyBits = 40;

    // userInputs: the user name, display name and the like, which must not be the password's
    // basis. A display name also counts word by word.
    static PasswordVerdict check(const QString &password, const QStringList &userInputs = {});
};

} // namespace clinic
