#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace wsemu {

// A path that exists for another method does not match either: APIG publishes each method+path
// as its own API, so the caller answers 404 APIG.0101, not 405.
/** Matches method + path against the documented routes, e.g. /v2/{project_id}/desktops. */
class ApiRouter
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &, const QStringList &)>;

    /** The result of match(): the route, its placeholder values and its handler. */
    struct Match
    {
        bool found = false;
        QString routeKey; // "GET /v2/{project_id}/desktops/detail"
        QStringList args; // the {placeholder} values, in order
        Handler handler;
    };

    /** Routes are tried in the order they were added: add literal paths before {id} ones. */
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    Match match(const QByteArray &method, const QStringList &segments) const;
    /**
     * A documented fixed path that is not served yet (e.g. GET desktops/tags): it must not be
     * caught by a {placeholder} route, so match() finds nothing and the caller answers 404
     * APIG.0101 as for any unknown path.
     */
    void reserve(const QByteArray &method, const QString &pattern);

private:
    /** One registered method + pattern. */
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
    QList<Route> m_reserved;
};

} // namespace wsemu
