#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace wsc {

/** One HTTP request for WorkspaceClient to run: where, what, and how it may be retried. */
struct RequestSpec
{
    enum class Service { Workspace, Iam };
    /** How a failed attempt may be repeated. */
    enum class Retry {
        Read,       ///< idempotent: 429, 5xx and transient network errors are retried
        NotApplied, ///< non-idempotent: only resent when surely not applied (429, refused)
        Never,
    };

    Service service = Service::Workspace;
    QByteArray method = "GET";
    QString path;                         ///< may contain "{project_id}"
    QList<QPair<QString, QString>> query; ///< repeated keys for arrays
    QByteArray body;                      ///< exact bytes; signed and sent as is
    Retry retry = Retry::Read;
    bool needsProject = true; ///< resolve {project_id} and send X-Project-Id
    bool authenticate = true; ///< false for the IAM token request itself
    /** Leave a 2xx body unparsed (HttpResult::json null): the caller parses it, off the GUI
     *  thread when it is large (DesktopListLoader's pages). */
    bool rawBody = false;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    /** "GET /v2/{project_id}/desktops/detail": for descriptions and logs (no query values). */
    QString describe() const { return QString::fromLatin1(method) + QLatin1Char(' ') + path; }
};

} // namespace wsc
