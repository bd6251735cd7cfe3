#include "namerules.h"

#include <QRegularExpression>

namespace wsemu {

namespace NameRules {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

QString onlyLettersDigitsDashUnderscore(const QString &name)
{
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return QStringLiteral("may contain only letters, digits, '-' and '_' (found '%1')")
                    .arg(c);
    }
    return {};
}

QString userNameRule(const QString &name, const QString &domainType, int maxLength)
{
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    if (const QString problem = onlyLettersDigitsDashUnderscore(name); !problem.isEmpty())
        return problem;
    const bool localAd = domainType == QLatin1String("LOCAL_AD");
    if (localAd) {
        if (!isAsciiLetter(name.front()) && !isAsciiDigit(name.front()))
            return QStringLiteral("must start with a letter or a digit");
    } else if (!isAsciiLetter(name.front())) {
        return QStringLiteral("must start with a letter");
    }
    if (name.size() > maxLength)
        return QStringLiteral("must be 1 to %1 characters long for %2 (got %3)")
                .arg(maxLength)
                .arg(domainType)
                .arg(name.size());
    return {};
}

} // namespace

QStringList userGroups(const QString &osType)
{
    if (osType == QLatin1String("Linux"))
        return {QStringLiteral("sudo"), QStringLiteral("default")};
    return {QStringLiteral("administrators"), QStringLiteral("users")};
}

int weightedLength(const QString &text)
{
    int length = 0;
    for (const QChar c : text)
        length += isCjk(c) ? 2 : 1;
    return length;
}

QString createComputerName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && !isCjk(c) && c != QLatin1Char('-'))
            return QStringLiteral("may contain only letters, Chinese characters, digits and '-' "
                                  "(found '%1')")
                    .arg(c);
    }
    if (name.front() == QLatin1Char('-'))
        return QStringLiteral("must start with a letter or a digit");
    if (name.back() == QLatin1Char('-'))
        return QStringLiteral("must not end with '-'");
    const int length = weightedLength(name);
    if (length > 15)
        return QStringLiteral("must be 1 to 15 characters long, a Chinese character counting "
                              "as 2 (got %1)")
                .arg(length);
    return {};
}

QString attachComputerName(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    if (const QString problem = onlyLettersDigitsDashUnderscore(name); !problem.isEmpty())
        return problem;
    if (!isAsciiLetter(name.front()))
        return QStringLiteral("must start with a letter");
    if (name.back() == QLatin1Char('-'))
        return QStringLiteral("must not end with '-'");
    if (name.size() > 15)
        return QStringLiteral("must be 1 to 15 characters long (got %1)").arg(name.size());
    return {};
}

QString createUserName(const QString &name, const QString &domainType, const QString &osType)
{
    // Seed 000 Table 7: LITE_AD and LOCAL_AD both 1-20, whatever the OS (the seed page wins
    // over the SDK model's 32 for Linux).
    Q_UNUSED(osType)
    return userNameRule(name, domainType, 20);
}

QString attachUserName(const QString &name, const QString &domainType, const QString &osType)
{
    // Seed 004 表4: LOCAL_AD 1-32, Windows desktops 20, Linux 32; an unknown OS gets the
    // stricter 20.
    const bool localAd = domainType == QLatin1String("LOCAL_AD");
    const int max = localAd && osType == QLatin1String("Linux") ? 32 : 20;
    return userNameRule(name, domainType, max);
}

QString attachInfoUserName(const QString &name, const QString &domainType, const QString &osType)
{
    // Seed 004 表5 (attach_user_infos, type USER): LOCAL_AD 1-64, Windows 20, Linux 64.
    const bool localAd = domainType == QLatin1String("LOCAL_AD");
    const int max = localAd && osType == QLatin1String("Linux") ? 64 : 20;
    return userNameRule(name, domainType, max);
}

QString groupName(const QString &name)
{
    // Seed 004 表5 (type GROUP): "只能为中文、字母、数字及特殊符号-_".
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && !isCjk(c) && c != QLatin1Char('-')
            && c != QLatin1Char('_'))
            return QStringLiteral("may contain only Chinese characters, letters, digits, '-' and "
                                  "'_' (found '%1')")
                    .arg(c);
    }
    return {};
}

QString directoryUserName(const QString &name)
{
    static const QRegularExpression pattern(
            QStringLiteral("^(?:[a-zA-Z0-9]{1,32}|[a-zA-Z0-9][a-zA-Z0-9._-]{0,30}[a-zA-Z0-9-])$"));
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    if (name.size() > 32)
        return QStringLiteral("must be 1 to 32 characters long (got %1)").arg(name.size());
    if (!pattern.match(name).hasMatch())
        return QStringLiteral("may contain letters, digits, '.', '_' and '-', must start with a "
                              "letter or digit and must not end with '.' or '_'");
    return {};
}

QString email(const QString &address)
{
    // The e-mail definition of docs/RULES.md, written here on its own: RFC 5322 §3.4.1
    // addr-spec in dot-atom form (RFC 6531: non-ASCII letters too), local part at most 64
    // (RFC 5321 §4.5.3.1.1), a domain of at least two LDH labels of at most 63 characters, the
    // last at least two characters and not all digits; at most 255 in all (workspace-api.md).
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    const QString invalid = QStringLiteral("is not a valid email address");
    if (address.size() > 255)
        return invalid;
    const int at = address.indexOf(QLatin1Char('@'));
    if (at < 1 || at > 64 || at != address.lastIndexOf(QLatin1Char('@')))
        return invalid;
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return invalid;
    for (const QChar c : local) {
        const bool ok = isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('.')
                        || specials.contains(c) || (c.unicode() > 0x7F && c.isLetterOrNumber());
        if (!ok)
            return invalid;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return invalid;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.front() == QLatin1Char('-')
            || label.back() == QLatin1Char('-'))
            return invalid;
        for (const QChar c : label) {
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-')
                && !(c.unicode() > 0x7F && c.isLetterOrNumber()))
                return invalid;
        }
    }
    const QString &last = labels.last();
    bool allDigits = true;
    for (const QChar c : last)
        allDigits = allDigits && isAsciiDigit(c);
    if (last.size() < 2 || allDigits)
        return invalid;
    return {};
}

int unicodeLength(const QString &text)
{
    // Seed 000 Table 8 counts "Unicode characters": a surrogate pair is one.
    return int(text.toUcs4().size());
}

QString tagText(const QString &text)
{
    // Seed 000 Table 8 allows letters, digits, '-' and '_' and forbids =*<>,|/; the SDK model
    // allows letters of any language, digits, space and _.:=+-@. Allowed: what either allows,
    // minus what the seed forbids. Anything neither allows ('#', '!', '~', '\') is refused.
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        return QStringLiteral("must not start or end with a space");
    static const QString punctuation = QStringLiteral(" _.:+-@");
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && !c.isMark() && !c.isSurrogate() && !punctuation.contains(c))
            return QStringLiteral("may contain only letters, digits, spaces and _ . : + - @ "
                                  "(found '%1')")
                    .arg(c);
    }
    return {};
}

QString tagKey(const QString &key)
{
    const int length = unicodeLength(key);
    if (length < 1 || length > 128)
        return QStringLiteral("must be 1 to 128 characters long");
    // The model: "不能以_sys_开头", the prefix as written.
    if (key.startsWith(QLatin1String("_sys_")))
        return QStringLiteral("must not start with _sys_");
    return tagText(key);
}

QString tagValue(const QString &value)
{
    if (unicodeLength(value) > 43)
        return QStringLiteral("must be at most 43 characters long");
    return tagText(value);
}

QString desktopName(const QString &name, int maxLength, bool isPrefix)
{
    // desktop_name (seed 000: 1-15, a prefix of 1-13 with size > 1) and desktop_name_prefix name
    // the desktop's computer name, so they take its rule: letters, Chinese characters, digits,
    // '-', starting with a letter or digit, a Chinese character counting 2 (SDK model).
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && !isCjk(c) && c != QLatin1Char('-'))
            return QStringLiteral("may contain only letters, Chinese characters, digits and '-'");
    }
    if (name.front() == QLatin1Char('-'))
        return QStringLiteral("must start with a letter or a digit");
    if (!isPrefix && name.back() == QLatin1Char('-'))
        return QStringLiteral("must not end with '-'");
    const int length = weightedLength(name);
    if (length > maxLength)
        return QStringLiteral("must be 1 to %1 characters long, a Chinese character counting as "
                              "2 (got %2)")
                .arg(maxLength)
                .arg(length);
    return {};
}

} // namespace NameRules

} // namespace wsemu
