#include "namerules.h"

#include <QRegularExpression>

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

QString userNameRule(const QString &name, const QString &domainType, int maxLength)
{
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return QStringLiteral("may contain only letters, digits, '-' and '_' (found '%1')")
                    .arg(c);
    }
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
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return QStringLiteral("may contain only letters, digits, '-' and '_' (found '%1')")
                    .arg(c);
    }
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
    // LITE_AS: 1-20 from a letter. LOCAL_AD: from a letter or digit, Windows 20, Linux 32.
    const bool localAd = domainType == QLatin1String("LOCAL_AD");
    const int max = localAd && osType == QLatin1String("Linux") ? 32 : 20;
    return userNameRule(name, domainType, max);
}

QString attachUserName(const QString &name, const QString &domainType, const QString &osType)
{
    const bool localAd = domainType == QLatin1String("LOCAL_AD");
    const int max = localAd && osType == QLatin1String("Linux") ? 32 : 20;
    return userNameRule(name, domainType, max);
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
    static const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
    if (!pattern.match(address).hasMatch())
        return QStringLiteral("is not a valid email address");
    return {};
}

QString tagKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 128)
        return QStringLiteral("must be 1 to 128 characters long");
    if (key.startsWith(QLatin1String("_sys_")))
        return QStringLiteral("must not start with _sys_");
    if (key.front().isSpace() || key.back().isSpace())
        return QStringLiteral("must not start or end with a space");
    static const QString forbidden = QStringLiteral("=*<>\\,|/");
    for (const QChar c : key) {
        if (forbidden.contains(c))
            return QStringLiteral("must not contain any of = * < > \\ , | /");
    }
    return {};
}

QString tagValue(const QString &value)
{
    if (value.size() > 43)
        return QStringLiteral("must be at most 43 characters long");
    static const QString forbidden = QStringLiteral("=*<>\\,|/");
    for (const QChar c : value) {
        if (forbidden.contains(c))
            return QStringLiteral("must not contain any of = * < > \\ , | /");
    }
    return {};
}

QString desktopName(const QString &name, int maxLength)
{
    if (name.isEmpty())
        return QStringLiteral("must not be empty");
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && !isCjk(c) && c != QLatin1Char('-'))
            return QStringLiteral("may contain only letters, Chinese characters, digits and '-'");
    }
    if (name.front() == QLatin1Char('-'))
        return QStringLiteral("must start with a letter or a digit");
    const int length = weightedLength(name);
    if (length > maxLength)
        return QStringLiteral("must be 1 to %1 characters long (got %2)")
                .arg(maxLength)
                .arg(length);
    return {};
}

} // namespace NameRules
