#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "desktopdetailwriter.h"
#include "servicecontext.h"

#include <QSet>
#include <QString>

namespace wsemu {

struct CreatePlan;

/** The desktop routes: create, light and detail lists, show, delete, attach and detach. */
class DesktopService
{
public:
    explicit DesktopService(const ServiceContext &context);

    ApiResponse create(const ApiRequest &request) const;
    ApiResponse list(const ApiRequest &request) const;
    ApiResponse listDetail(const ApiRequest &request) const;
    ApiResponse show(const ApiRequest &request, const QString &desktopId) const;
    ApiResponse remove(const ApiRequest &request, const QString &desktopId) const;
    ApiResponse attach(const ApiRequest &request) const;
    ApiResponse detach(const ApiRequest &request) const;

private:
    QString generateComputerName(const QString &prefix, const QSet<QString> &taken) const;
    void ensureUser(const QString &userName, const QString &email) const;

    ServiceContext m_context;
    mutable DesktopDetailWriter m_details; ///< writes the detail list's pages
};

} // namespace wsemu
