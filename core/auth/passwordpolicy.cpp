#include "passwordpolicy.h"

#include "crypto/securebytes.h"

#include <QRegularExpression>

#include <memory>
#include <utility>
#include <vector>
#include <zxcvbn.h>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

struct InfoDeleter
{
    void operator()(ZxcMatch_t *info) const { ZxcvbnFreeInfo(info); }
};

// Code points: a surrogate pair is one character.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

// zxcvbn matches each user word as a whole, so "John Doe" alone would not catch "doe" or
// "johndoe"; the words and the words run together go in too. zxcvbn ignores ASCII case itself.
QList<QByteArray> userWords(const QStringList &inputs)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList candidates;
    for (const QString &input : inputs) {
        const QStringList parts = input.split(separators, Qt::SkipEmptyParts);
        candidates << input.trimmed() << parts << parts.join(QString());
    }
    QList<QByteArray> words;
    for (const QString &candidate : std::as_const(candidates)) {
        // One- and two-letter fragments such as initials occur in almost any password; matching
        // them would blame the name for an unrelated weakness.
        if (characterCount(candidate) < 3)
            continue;
        QByteArray word = candidate.toUtf8();
        if (!words.contains(word))
            words << std::move(word);
    }
    return words;
}

bool matchesUserWord(const ZxcMatch_t *info)
{
    for (const ZxcMatch_t *match = info; match; match = match->Next) {
        const int type = match->Type & ~MULTIPLE_MATCH;
        if (type == USER_MATCH || type == USER_LEET_MATCH)
            return true;
    }
    return false;
}

} // namespace

PasswordVerdict PasswordPolicy::check(const QString &password, const QStringList &userInputs)
{
    const QList<QByteArray> words = userWords(userInputs);
    std::vector<const char *> dictionary; // zxcvbn wants it NULL-terminated, like argv
    dictionary.reserve(size_t(words.size()) + 1);
    for (const QByteArray &word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    PasswordVerdict verdict;
    QByteArray utf8 = password.toUtf8();
    ZxcMatch_t *info = nullptr;
    verdict.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    const std::unique_ptr<ZxcMatch_t, InfoDeleter> infoOwner(info);
    secureWipe(utf8);

    if (characterCount(password) < minimumLength) {
        verdict.reason = tr("Use at least %1 characters.").arg(minimumLength);
    } else if (verdict.entropyBits < minimumEntropyBits) {
        verdict.reason = matchesUserWord(info)
                ? tr("This password is too close to your name or user name. Try a few "
                     "unrelated words.")
                : tr("This password is too common or easy to guess. Try a few unrelated words.");
    } else {
        verdict.acceptable = true;
    }
    return verdict;
}

} // namespace clinic
