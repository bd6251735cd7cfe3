#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

#include <QJsonArray>

namespace wsemu {

/** The IAM routes: password tokens (POST /v3/auth/tokens) and GET /v3/projects. */
class IamService
{
public:
    explicit IamService(const ServiceContext &context);

    ApiResponse createToken(const ApiRequest &request) const;
    ApiResponse listProjects(const ApiRequest &request) const;

    /** The projects of the Sandbox account: the Workspace one plus two other regions. */
    QJsonArray projects(const QString &baseUrl) const;
    static QString baseUrl(const ApiRequest &request);

private:
    static ApiResponse keystoneError(int status, const QString &title, const QString &message);

    ServiceContext m_context;
};

} // namespace wsemu
