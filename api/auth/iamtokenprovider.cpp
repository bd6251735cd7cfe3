#include "iamtokenprovider.h"

#include "api/http/answerlater.h"
#include "api/http/apipaths.h"
#include "api/http/apitransport.h"
#include "api/http/requestrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

IamTokenProvider::IamTokenProvider(ApiTransport *transport)
    : QObject(transport)
    , m_transport(transport)
{}

qint64 IamTokenProvider::renewalMarginMs(qint64 lifetimeMs)
{
    return qMin<qint64>(5 * 60 * 1000, lifetimeMs / 5);
}

bool IamTokenProvider::hasFreshToken() const
{
    if (m_token.isEmpty() || !m_expiresAt.isValid() || !m_transport)
        return false;
    const qint64 left = m_transport->clock().msecsTo(m_expiresAt);
    return left > renewalMarginMs(m_lifetimeMs);
}

void IamTokenProvider::ensureToken(QObject *context, Callback done)
{
    if (hasFreshToken()) {
        AnswerLater::ok(this, context, std::move(done));
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (!m_runner)
        fetch();
}

void IamTokenProvider::invalidate()
{
    m_token.clear();
    m_expiresAt = QDateTime();
}

void IamTokenProvider::fetch()
{
    if (!m_transport)
        return;
    const ConnectionConfig &config = m_transport->config();
    const QJsonObject user{
            {QStringLiteral("name"), config.iamUser},
            {QStringLiteral("password"), config.iamPassword},
            {QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), config.iamDomain}}}};
    const QJsonObject identity{
            {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    QJsonObject project{{QStringLiteral("name"), config.region}};
    if (!config.projectId.isEmpty())
        project = QJsonObject{{QStringLiteral("id"), config.projectId}};
    const QJsonObject body{{QStringLiteral("auth"),
                            QJsonObject{{QStringLiteral("identity"), identity},
                                        {QStringLiteral("scope"),
                                         QJsonObject{{QStringLiteral("project"), project}}}}}};

    RequestSpec spec;
    spec.service = RequestSpec::Service::Iam;
    spec.method = "POST";
    spec.path = ApiPaths::iamTokens();
    spec.query = {{QStringLiteral("nocatalog"), QStringLiteral("true")}};
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.retry = RequestSpec::Retry::Read; // asking for a token twice is harmless
    spec.needsProject = false;
    spec.authenticate = false;

    const QDateTime sentAt = m_transport->clock();
    m_runner = new RequestRunner(
            m_transport, spec,
            [this, sentAt](const ApiError &error, const HttpResult &result) {
                if (m_runner)
                    m_runner->deleteLater();
                m_runner = nullptr;
                if (error.isError()) {
                    finishWaiters(error);
                    return;
                }
                const QByteArray token = result.header("X-Subject-Token");
                const QJsonObject tokenObject
                        = result.json.object().value(QStringLiteral("token")).toObject();
                const QDateTime expires = QDateTime::fromString(
                        tokenObject.value(QStringLiteral("expires_at")).toString(),
                        Qt::ISODateWithMs);
                const QDateTime issued = QDateTime::fromString(
                        tokenObject.value(QStringLiteral("issued_at")).toString(),
                        Qt::ISODateWithMs);
                if (token.isEmpty() || !expires.isValid()) {
                    finishWaiters(ApiError::network(
                            ApiError::Kind::MalformedReply,
                            QStringLiteral("token reply without X-Subject-Token or expires_at")));
                    return;
                }
                // Lifetime from the server's own two times, placed on our clock: a skewed
                // local clock then neither renews too late nor in a loop.
                m_lifetimeMs = issued.isValid() ? issued.msecsTo(expires) : sentAt.msecsTo(expires);
                m_expiresAt = sentAt.addMSecs(m_lifetimeMs);
                m_token = token;
                m_projectId = tokenObject.value(QStringLiteral("project"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
                ++m_fetches;
                emit tokenChanged(m_expiresAt);
                finishWaiters({});
            },
            this);
    m_runner->start();
}

void IamTokenProvider::finishWaiters(const ApiError &error)
{
    const auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (const auto &waiter : waiters) {
        if (waiter.first)
            waiter.second(error);
    }
}

} // namespace wsc
