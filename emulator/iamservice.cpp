#include "iamservice.h"

#include "emulatorclock.h"
#include "emulatoroptions.h"
#include "seeddata.h"
#include "tokenservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wsemu {

IamService::IamService(const ServiceContext &context)
    : m_context(context)
{}

QString IamService::baseUrl(const ApiRequest &request)
{
    return QStringLiteral("http://") + QString::fromLatin1(request.header("Host"));
}

ApiResponse IamService::keystoneError(int status, const QString &title, const QString &message)
{
    // IAM answers in the Keystone shape; SDKs read code/message one level down (§4.1).
    return ApiResponse::json(status, QJsonObject{{QStringLiteral("error"),
                                                  QJsonObject{{QStringLiteral("code"), status},
                                                              {QStringLiteral("message"), message},
                                                              {QStringLiteral("title"), title}}}});
}

QJsonArray IamService::projects(const QString &baseUrl) const
{
    const EmulatorOptions &o = *m_context.options;
    QJsonArray list;
    const QStringList regions{o.region, QStringLiteral("cn-east-3"),
                              QStringLiteral("ap-southeast-1")};
    for (const QString &region : regions) {
        const QString id = region == o.region
                                   ? o.projectId
                                   : SeedData::stableHexId(QStringLiteral("project:") + region);
        list.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("name"), region},
                {QStringLiteral("domain_id"), QString::fromLatin1(SeedData::DomainId)},
                {QStringLiteral("parent_id"), QString::fromLatin1(SeedData::DomainId)},
                {QStringLiteral("enabled"), true},
                {QStringLiteral("is_domain"), false},
                {QStringLiteral("description"), QString()},
                {QStringLiteral("links"),
                 QJsonObject{{QStringLiteral("self"),
                              QString(baseUrl + QStringLiteral("/v3/projects/") + id)}}},
        });
    }
    return list;
}

ApiResponse IamService::createToken(const ApiRequest &request) const
{
    const EmulatorOptions &o = *m_context.options;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return keystoneError(400, QStringLiteral("Bad Request"),
                             QStringLiteral("The request body is not valid JSON."));
    const QJsonObject auth = document.object().value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    if (!methods.contains(QStringLiteral("password")))
        return keystoneError(400, QStringLiteral("Bad Request"),
                             QStringLiteral("auth.identity.methods must contain \"password\"."));
    const QJsonObject user = identity.value(QStringLiteral("password"))
                                     .toObject()
                                     .value(QStringLiteral("user"))
                                     .toObject();
    const QString name = user.value(QStringLiteral("name")).toString();
    const QString password = user.value(QStringLiteral("password")).toString();
    const QJsonObject domain = user.value(QStringLiteral("domain")).toObject();
    if (name.isEmpty() || password.isEmpty() || domain.isEmpty())
        return keystoneError(400, QStringLiteral("Bad Request"),
                             QStringLiteral("auth.identity.password.user needs name, password "
                                            "and domain."));
    const bool domainMatches
            = domain.value(QStringLiteral("name")).toString() == o.domainName
              || domain.value(QStringLiteral("id")).toString() == QLatin1String(SeedData::DomainId);
    if (!domainMatches || name != o.userName || password != o.password)
        return keystoneError(401, QStringLiteral("Unauthorized"),
                             QStringLiteral("The username or password is wrong."));

    const QString base = baseUrl(request);
    TokenClaims claims;
    claims.userName = o.userName;
    claims.userId = QString::fromLatin1(SeedData::IamUserId);
    claims.domainName = o.domainName;
    claims.domainId = QString::fromLatin1(SeedData::DomainId);
    const QJsonObject scope = auth.value(QStringLiteral("scope")).toObject();
    const QJsonObject projectScope = scope.value(QStringLiteral("project")).toObject();
    if (!projectScope.isEmpty()) {
        const QString byName = projectScope.value(QStringLiteral("name")).toString();
        const QString byId = projectScope.value(QStringLiteral("id")).toString();
        for (const QJsonValue &v : projects(base)) {
            const QJsonObject p = v.toObject();
            if ((!byName.isEmpty() && p.value(QStringLiteral("name")).toString() == byName)
                || (!byId.isEmpty() && p.value(QStringLiteral("id")).toString() == byId)) {
                claims.scope = QStringLiteral("project");
                claims.projectId = p.value(QStringLiteral("id")).toString();
                claims.projectName = p.value(QStringLiteral("name")).toString();
            }
        }
        if (claims.scope.isEmpty())
            return keystoneError(400, QStringLiteral("Bad Request"),
                                 QStringLiteral("Project '%1' does not exist in domain %2.")
                                         .arg(byName.isEmpty() ? byId : byName, o.domainName));
    } else {
        // Domain scope, or no scope at all: a token for the account itself.
        const QJsonObject domainScope = scope.value(QStringLiteral("domain")).toObject();
        if (!domainScope.isEmpty()
            && domainScope.value(QStringLiteral("name")).toString() != o.domainName
            && domainScope.value(QStringLiteral("id")).toString()
                       != QLatin1String(SeedData::DomainId))
            return keystoneError(
                    400, QStringLiteral("Bad Request"),
                    QStringLiteral("The domain in scope does not match the user's domain."));
        claims.scope = QStringLiteral("domain");
    }
    const qint64 now = m_context.clock->nowMs();
    claims.issuedAtMs = now;
    claims.expiresAtMs = now + static_cast<qint64>(o.tokenLifetimeSeconds) * 1000;
    const QByteArray token = m_context.tokens->issue(claims);

    const QJsonObject domainObject{{QStringLiteral("id"), claims.domainId},
                                   {QStringLiteral("name"), claims.domainName}};
    QJsonObject body{
            {QStringLiteral("expires_at"), EmulatorClock::iamTime(claims.expiresAtMs)},
            {QStringLiteral("issued_at"), EmulatorClock::iamTime(claims.issuedAtMs)},
            {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("roles"),
             QJsonArray{QJsonObject{{QStringLiteral("id"),
                                     SeedData::stableHexId(QStringLiteral("role:te_admin"))},
                                    {QStringLiteral("name"), QStringLiteral("te_admin")}},
                        QJsonObject{{QStringLiteral("id"),
                                     SeedData::stableHexId(QStringLiteral("role:workspace_adm"))},
                                    {QStringLiteral("name"), QStringLiteral("workspace_adm")}}}},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("domain"), domainObject},
                         {QStringLiteral("id"), claims.userId},
                         {QStringLiteral("name"), claims.userName},
                         {QStringLiteral("password_expires_at"), QString()}}},
    };
    if (claims.scope == QLatin1String("project")) {
        body.insert(QStringLiteral("project"),
                    QJsonObject{{QStringLiteral("domain"), domainObject},
                                {QStringLiteral("id"), claims.projectId},
                                {QStringLiteral("name"), claims.projectName}});
    } else {
        body.insert(QStringLiteral("domain"), domainObject);
    }
    // Any non-empty nocatalog value hides the catalog (§2).
    if (request.queryValue(QStringLiteral("nocatalog")).isEmpty()) {
        auto service = [&](const QString &type, const QString &name, const QString &url) {
            return QJsonObject{
                    {QStringLiteral("type"), type},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("id"),
                     SeedData::stableHexId(QString(QStringLiteral("service:") + name))},
                    {QStringLiteral("endpoints"),
                     QJsonArray{QJsonObject{
                             {QStringLiteral("id"),
                              SeedData::stableHexId(QString(QStringLiteral("endpoint:") + name))},
                             {QStringLiteral("interface"), QStringLiteral("public")},
                             {QStringLiteral("region"), o.region},
                             {QStringLiteral("region_id"), o.region},
                             {QStringLiteral("url"), url}}}},
            };
        };
        body.insert(QStringLiteral("catalog"),
                    QJsonArray{service(QStringLiteral("workspace"), QStringLiteral("workspace"),
                                       QString(base + QStringLiteral("/v2/") + o.projectId)),
                               service(QStringLiteral("identity"), QStringLiteral("iam"),
                                       QString(base + QStringLiteral("/v3")))});
    }
    ApiResponse response = ApiResponse::json(201, QJsonObject{{QStringLiteral("token"), body}});
    response.headers.append({QByteArrayLiteral("X-Subject-Token"), token});
    return response;
}

ApiResponse IamService::listProjects(const ApiRequest &request) const
{
    const QString base = baseUrl(request);
    const QString name = request.queryValue(QStringLiteral("name"));
    const QString domainId = request.queryValue(QStringLiteral("domain_id"));
    QJsonArray selected;
    for (const QJsonValue &v : projects(base)) {
        const QJsonObject p = v.toObject();
        if (request.hasQuery(QStringLiteral("name"))
            && p.value(QStringLiteral("name")).toString() != name)
            continue;
        if (request.hasQuery(QStringLiteral("domain_id"))
            && p.value(QStringLiteral("domain_id")).toString() != domainId)
            continue;
        selected.append(p);
    }
    QString self = base + QStringLiteral("/v3/projects");
    if (!request.rawQuery.isEmpty())
        self += QLatin1Char('?') + QString::fromLatin1(request.rawQuery);
    return ApiResponse::json(200,
                             QJsonObject{
                                     {QStringLiteral("projects"), selected},
                                     {QStringLiteral("links"),
                                      QJsonObject{{QStringLiteral("self"), self},
                                                  {QStringLiteral("previous"), QJsonValue::Null},
                                                  {QStringLiteral("next"), QJsonValue::Null}}},
                             });
}

} // namespace wsemu
