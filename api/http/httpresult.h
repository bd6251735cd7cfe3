#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace wsc {

/** A successful HTTP exchange as WorkspaceClient read it. */
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonDocument json; ///< null when the body was empty
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace wsc
