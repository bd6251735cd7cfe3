#include "finding.h"

namespace wsc {

void Finding::placeUnderDesktop(int desktop)
{
    field = path;
    moveToDesktop(desktop);
}

void Finding::moveToDesktop(int desktop)
{
    row = desktop;
    path = QStringLiteral("desktops[") + QString::number(desktop) + QLatin1Char(']');
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
}

bool hasErrors(const Findings &findings)
{
    for (const Finding &f : findings) {
        if (f.isError())
            return true;
    }
    return false;
}

Findings findingsUnder(const Findings &findings, const QString &path)
{
    if (path.isEmpty())
        return findings;
    Findings out;
    for (const Finding &f : findings) {
        if (!f.path.startsWith(path))
            continue;
        // "desktops[3]" covers "desktops[3].x" and "desktops[3][0]" but not "desktops[30]".
        if (f.path.size() == path.size() || f.path.at(path.size()) == QLatin1Char('.')
            || f.path.at(path.size()) == QLatin1Char('[')) {
            out.append(f);
        }
    }
    return out;
}

} // namespace wsc
