#pragma once

#include "finding.h"
#include "lazypath.h"
#include "validationcontext.h"

#include <QChar>
#include <QString>

namespace wsc {

/**
 * Building blocks shared by CreateRules and AttachRules: hand-written character classes (no
 * regex on the hot path) and the checks whose limits differ only by number between the APIs.
 */
namespace RuleSupport {

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}
inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
/** CJK ideographs of the BMP (Extension A, Unified, Compatibility): what "Chinese" means here. */
inline bool isChinese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)
           || (u >= 0xF900 && u <= 0xFAFF);
}

/** "path.field", or "field" for an empty path. Only called when a finding is reported. */
QString join(const QString &path, QLatin1String field);

/** Appends the findings of one desktop, checked at an empty path, under desktops[@p row]. */
void appendUnderDesktop(Findings &out, int row, const Findings &local);

void error(Findings &out, const LazyPath &path, const QString &code, const QString &message);
void warning(Findings &out, const LazyPath &path, const QString &code, const QString &message);

/** Characters as people count them: a surrogate pair is one. */
int codePointCount(const QString &value);
/** The first character of @p value (a whole surrogate pair) as text, for messages. */
QString charAt(const QString &value, int index);

/**
 * user_name: letters, digits, '-', '_'; LITE_AS starts with a letter and has at most 20;
 * LOCAL_AD starts with a letter or digit and has at most @p localAdMax; Windows desktops at
 * most 20 and Linux at most @p linuxMax. Empty is reported as required.
 */
void checkUserName(const QString &value, const LazyPath &path, const ValidationContext &context,
                   int localAdMax, int linuxMax, Findings &out);
/** user_group by OS: sudo|default (Linux), administrators|users (Windows), any when unknown. */
void checkUserGroup(const QString &value, const LazyPath &path, OsType os, Findings &out);
/** desktop_name_policy_id, the same in both APIs: at most ApiLimits::PolicyIdMax characters. */
void checkDesktopNamePolicyId(const QString &value, Findings &out);
/** The e-mail definition of docs/RULES.md (dot-atom addr-spec, local part ≤ 64, LDH domain). */
bool isEmailAddress(const QString &value);

} // namespace RuleSupport

} // namespace wsc
