#include "rulesupport.h"

#include "apilimits.h"

#include "models/i18n/glossary.h"
#include "models/i18n/modelstr.h"

#include <algorithm>
#include <limits>

namespace wsc {

namespace RuleSupport {

QString join(const QString &path, QLatin1String field)
{
    if (path.isEmpty())
        return QString(field);
    return path + QLatin1Char('.') + field;
}

void appendUnderDesktop(Findings &out, int row, const Findings &local)
{
    for (Finding f : local) {
        f.placeUnderDesktop(row);
        out.append(std::move(f));
    }
}

void error(Findings &out, const LazyPath &path, const QString &code, const QString &message)
{
    out.append(Finding{path.toString(), code, Severity::Error, message});
}

void warning(Findings &out, const LazyPath &path, const QString &code, const QString &message)
{
    out.append(Finding{path.toString(), code, Severity::Warning, message});
}

int codePointCount(const QString &value)
{
    int n = 0;
    const int size = value.size();
    for (int i = 0; i < size; ++i) {
        if (value.at(i).isHighSurrogate() && i + 1 < size && value.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString charAt(const QString &value, int index)
{
    if (value.at(index).isHighSurrogate() && index + 1 < value.size())
        return value.mid(index, 2);
    return QString(value.at(index));
}

void checkUserName(const QString &value, const LazyPath &path, const ValidationContext &context,
                   int localAdMax, int linuxMax, Findings &out)
{
    if (value.isEmpty()) {
        error(out, path, QStringLiteral("user_name.required"),
              ModelsTr::tr("User name is required."));
        return;
    }
    const int size = value.size();
    for (int i = 0; i < size; ++i) {
        const QChar c = value.at(i);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_') {
            error(out, path, QStringLiteral("user_name.chars"),
                  ModelsTr::tr("User name may contain only letters, digits, “-” and “_” (found "
                               "“%1”).")
                          .arg(charAt(value, i)));
            break;
        }
    }
    // Only a legal character in the wrong place is a "start" problem; an illegal one is
    // already reported above.
    const QChar first = value.at(0);
    const bool lite = context.domainType == DomainType::LiteAs;
    if (first == u'-' || first == u'_' || (lite && isAsciiDigit(first))) {
        if (lite) {
            error(out, path, QStringLiteral("user_name.start"),
                  ModelsTr::tr("In a %1 the user name must start with a letter.")
                          .arg(Glossary::directoryType(
                                  ValidationContext::domainTypeName(context.domainType))));
        } else {
            error(out, path, QStringLiteral("user_name.start"),
                  ModelsTr::tr("User name must start with a letter or a digit."));
        }
    }

    const int domainMax = lite ? 20 : localAdMax;
    int osMax = std::numeric_limits<int>::max();
    if (context.os == OsType::Windows)
        osMax = 20;
    else if (context.os == OsType::Linux)
        osMax = linuxMax;
    const int limit = std::min(domainMax, osMax);
    if (size > limit) {
        if (osMax <= domainMax) {
            error(out, path, QStringLiteral("user_name.length"),
                  ModelsTr::tr("User name must be at most %1 characters for %2 desktops (it has "
                               "%3).")
                          .arg(limit)
                          .arg(ValidationContext::osName(context.os))
                          .arg(size));
        } else {
            error(out, path, QStringLiteral("user_name.length"),
                  ModelsTr::tr("User name must be at most %1 characters in a %2 (it has %3).")
                          .arg(limit)
                          .arg(Glossary::directoryType(
                                  ValidationContext::domainTypeName(context.domainType)))
                          .arg(size));
        }
    }
}

void checkUserGroup(const QString &value, const LazyPath &path, OsType os, Findings &out)
{
    if (value.isEmpty())
        return;
    const bool linuxGroup = value == QLatin1String("sudo") || value == QLatin1String("default");
    const bool windowsGroup
            = value == QLatin1String("administrators") || value == QLatin1String("users");
    switch (os) {
    case OsType::Windows:
        if (!windowsGroup) {
            error(out, path, QStringLiteral("user_group.enum"),
                  ModelsTr::tr("User group must be “administrators” or “users” for Windows "
                               "desktops (found “%1”).")
                          .arg(value));
        }
        break;
    case OsType::Linux:
        if (!linuxGroup) {
            error(out, path, QStringLiteral("user_group.enum"),
                  ModelsTr::tr("User group must be “sudo” or “default” for Linux desktops (found "
                               "“%1”).")
                          .arg(value));
        }
        break;
    case OsType::Unknown:
        if (!linuxGroup && !windowsGroup) {
            error(out, path, QStringLiteral("user_group.enum"),
                  ModelsTr::tr("User group must be one of sudo, default (Linux), administrators, "
                               "users (Windows) (found “%1”).")
                          .arg(value));
        }
        break;
    }
}

bool isEmailAddress(const QString &value)
{
    // The one e-mail definition of docs/RULES.md ("E-mail addresses"), written the same way in
    // emulator/namerules.cpp: RFC 5322 §3.4.1 addr-spec in dot-atom form (RFC 6531 adds
    // non-ASCII letters), local part at most 64 (RFC 5321 §4.5.3.1.1), a domain of at least two
    // LDH labels of at most 63, the last one at least two characters and not all digits.
    const int size = value.size();
    const int at = value.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != value.lastIndexOf(QLatin1Char('@')) || at > ApiLimits::EmailLocalPartMax
        || at == size - 1)
        return false;
    for (int i = 0; i < at; ++i) {
        const QChar c = value.at(i);
        if (c == u'.') {
            if (i == 0 || i == at - 1 || value.at(i - 1) == u'.')
                return false;
            continue;
        }
        const bool atext = isAsciiLetter(c) || isAsciiDigit(c)
                           || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c)
                           || (c.unicode() > 0x7F && c.isLetterOrNumber());
        if (!atext)
            return false;
    }
    int labelStart = at + 1;
    int labels = 0;
    for (int i = at + 1; i <= size; ++i) {
        if (i == size || value.at(i) == u'.') {
            const int length = i - labelStart;
            if (length == 0 || length > 63 || value.at(labelStart) == u'-'
                || value.at(i - 1) == u'-')
                return false;
            ++labels;
            if (i == size) {
                if (length < 2)
                    return false;
                bool allDigits = true;
                for (int k = labelStart; k < size && allDigits; ++k)
                    allDigits = isAsciiDigit(value.at(k));
                if (allDigits)
                    return false;
            }
            labelStart = i + 1;
            continue;
        }
        const QChar c = value.at(i);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-'
            && !(c.unicode() > 0x7F && c.isLetterOrNumber()))
            return false;
    }
    return labels >= 2;
}

void checkDesktopNamePolicyId(const QString &value, Findings &out)
{
    if (value.size() > ApiLimits::PolicyIdMax) {
        error(out, QStringLiteral("desktop_name_policy_id"),
              QStringLiteral("desktop_name_policy_id.length"),
              ModelsTr::tr("Desktop name policy ID must be at most %1 characters (it has %2).")
                      .arg(ApiLimits::PolicyIdMax)
                      .arg(value.size()));
    }
}

} // namespace RuleSupport

} // namespace wsc
