#pragma once

// Helpers of the rules and request tests (tst_createrules, tst_attachrules, tst_createrequest,
// tst_attachrequest): test JSON, findings as readable text, contexts from table columns.

#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdlib>

namespace wsc {

/** What the rules and request tests build their cases from. */
namespace RulesTest {

/** The object of test JSON; a typo in the test data stops the test at once. */
inline QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s: %s", qPrintable(error.errorString()),
               json.constData());
    return doc.object();
}
inline QJsonObject parse(const QString &json)
{
    return parse(json.toUtf8());
}
inline QJsonObject parse(const char *json)
{
    return parse(QByteArray(json));
}

/** One line per finding ("path code: message"), for the message of a failed check. */
inline QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.path + QLatin1Char(' ') + f.code + QLatin1String(": ") + f.message;
    return lines.join(QLatin1Char('\n'));
}

/** @p n times @p c: values at and beyond a length limit. */
inline QString repeat(QChar c, int n)
{
    return QString(n, c);
}

/**
 * What is wrong with @p out for a row expecting @p code at @p path ("" = no finding at all):
 * the finding is missing, has the wrong severity, or the errors do not match @p isError.
 * Empty when the findings are as expected.
 */
inline QString findingProblem(const Findings &out, const QString &code, const QString &path,
                              bool isError)
{
    if (code.isEmpty())
        return out.isEmpty() ? QString() : describe(out);
    bool found = false;
    for (const Finding &f : out) {
        if (f.code == code && f.path == path) {
            found = true;
            if (f.isError() != isError)
                return QStringLiteral("%1 at %2 is %3an error:\n%4")
                        .arg(code, path, f.isError() ? QString() : QStringLiteral("not "),
                             describe(out));
        }
    }
    if (!found)
        return QStringLiteral("expected %1 at %2, got:\n%3").arg(code, path, describe(out));
    if (hasErrors(out) != isError)
        return QStringLiteral("errors are %1expected:\n%2")
                .arg(isError ? QString() : QStringLiteral("not "), describe(out));
    return QString();
}

/** The context of a table row's "domain" and "os" columns (os may be empty). */
inline ValidationContext makeContext(const QString &domain, const QString &os)
{
    ValidationContext c;
    if (!ValidationContext::parseDomainType(domain, &c.domainType))
        qFatal("bad domain in test data");
    if (!os.isEmpty() && !ValidationContext::parseOs(os, &c.os))
        qFatal("bad os in test data");
    return c;
}

} // namespace RulesTest

} // namespace wsc
