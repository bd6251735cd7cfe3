#include "apirouter.h"

namespace wsemu {

void ApiRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.handler = std::move(handler);
    m_routes.append(route);
}

void ApiRouter::reserve(const QByteArray &method, const QString &pattern)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_reserved.append(route);
}

ApiRouter::Match ApiRouter::match(const QByteArray &method, const QStringList &segments) const
{
    Match result;
    for (const Route &reserved : m_reserved) {
        if (reserved.method != method || reserved.segments.size() != segments.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString &expected = reserved.segments.at(i);
            same = expected.startsWith(QLatin1Char('{')) ? !segments.at(i).isEmpty()
                                                         : expected == segments.at(i);
        }
        if (same)
            return result;
    }
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        QStringList args;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString &expected = route.segments.at(i);
            if (expected.startsWith(QLatin1Char('{'))) {
                if (segments.at(i).isEmpty())
                    same = false;
                else
                    args.append(segments.at(i));
            } else if (expected != segments.at(i)) {
                same = false;
            }
        }
        if (same) {
            result.found = true;
            result.routeKey = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
            result.args = args;
            result.handler = route.handler;
            return result;
        }
    }
    return result;
}

} // namespace wsemu
