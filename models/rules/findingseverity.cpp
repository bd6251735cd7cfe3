#include "findingseverity.h"

#include <QStringList>

namespace wsc {

namespace FindingSeverity {

int worst(const Findings &findings)
{
    Severity level = Severity::None;
    for (const Finding &f : findings) {
        if (f.isError())
            return int(Severity::Error);
        level = Severity::Warning;
    }
    return int(level);
}

QString messages(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines.append(f.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList codes(const Findings &findings)
{
    QStringList out;
    out.reserve(findings.size());
    for (const Finding &f : findings)
        out.append(f.code);
    return out;
}

} // namespace FindingSeverity

} // namespace wsc
