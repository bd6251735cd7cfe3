#include "apitransport.h"

#include "answerlater.h"
#include "api/auth/aksksigner.h"
#include "api/auth/iamtokenprovider.h"
#include "apipaths.h"
#include "requestrunner.h"

#include "models/domain/jsonread.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

#include <algorithm>

namespace wsc {

ApiTransport::ApiTransport(const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_projectId(config.projectId.trimmed())
    , m_nam(new QNetworkAccessManager(this))
    , m_governor(this)
    , m_tokens(new IamTokenProvider(this))
{
    // Starts where the profile says (or where the last session settled) and adapts to the
    // tenant's limit from there, never above the profile's ceiling.
    RateGovernor::Settings pace = m_governor.settings();
    pace.ceilingPerSecond = m_config.ceilingRate();
    pace.ratePerSecond = m_config.startingRate();
    // A learned pace is 95 % of the limit an earlier session met: start knowing that limit.
    pace.knownLimit = m_config.learnedRate > 0 ? m_config.learnedRate / pace.settleFraction : 0;
    m_governor.setSettings(pace);
    QNetworkProxy proxy = m_config.networkProxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        // "System": the platform's proxy for the Workspace endpoint (Qt does not ask by default).
        const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(
                QNetworkProxyQuery(m_config.effectiveWorkspaceEndpoint()));
        proxy = system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
    }
    m_nam->setProxy(proxy);
    if (!m_config.caFile.isEmpty()) {
        QFile file(m_config.caFile);
        if (file.open(QIODevice::ReadOnly))
            m_caCertificates.append(file.readAll());
    }
}

ApiTransport::~ApiTransport() = default;

RequestRunner *ApiTransport::run(const RequestSpec &spec, QObject *owner, Callback done)
{
    auto *runner = new RequestRunner(this, spec, std::move(done), owner ? owner : this);
    const QStringList problems = m_config.problems();
    if (!problems.isEmpty()) {
        runner->failLater(
                ApiError::network(ApiError::Kind::Config, problems.join(QLatin1Char(' '))));
        return runner;
    }
    runner->start();
    return runner;
}

QUrl ApiTransport::url(const RequestSpec &spec) const
{
    QUrl url = spec.service == RequestSpec::Service::Iam ? m_config.effectiveIamEndpoint()
                                                         : m_config.effectiveWorkspaceEndpoint();
    QString path = spec.path;
    path.replace(ApiPaths::projectPlaceholder(), m_projectId);
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // Decoded mode: QUrl percent-encodes the path exactly once, ids included.
    url.setPath(basePath + path);
    if (!spec.query.isEmpty())
        url.setQuery(AkSkSigner::encodeQuery(spec.query), QUrl::StrictMode);
    else
        url.setQuery(QString());
    return url;
}

ApiTransport::Headers ApiTransport::headers(const RequestSpec &spec, const QUrl &url) const
{
    Headers wire;
    QList<AkSkSigner::Header> signedHeaders;
    const auto setHeader = [&](const QByteArray &name, const QByteArray &value, bool sign) {
        wire.append({name, value});
        if (sign)
            signedHeaders.append({name, value});
    };
    // Every Workspace call carries it, GET and DELETE too (workspace-api.md §6 #1).
    setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"), true);
    setHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("WorkspaceConsole/0.1"), false);
    for (const auto &header : spec.extraHeaders)
        setHeader(header.first, header.second, true);
    if (!spec.authenticate)
        return wire;
    if (m_config.authMode == ConnectionConfig::AuthMode::AkSk) {
        if (spec.needsProject && !m_projectId.isEmpty())
            setHeader(QByteArrayLiteral("X-Project-Id"), m_projectId.toLatin1(), true);
        if (!m_config.securityToken.isEmpty())
            setHeader(QByteArrayLiteral("X-Security-Token"), m_config.securityToken.toUtf8(), true);
        setHeader(QByteArrayLiteral("X-Sdk-Date"), AkSkSigner::sdkDate(clock()), true);
        const AkSkSigner::Signature signature
                = AkSkSigner::sign({spec.method, url, signedHeaders, spec.body}, m_config.accessKey,
                                   m_config.secretKey);
        setHeader(QByteArrayLiteral("Authorization"), signature.authorization, false);
    } else {
        setHeader(QByteArrayLiteral("X-Auth-Token"), m_tokens->token(), false);
    }
    return wire;
}

void ApiTransport::ensureProject(QObject *context, Done done)
{
    if (!m_projectId.isEmpty()) {
        AnswerLater::ok(this, context, std::move(done));
        return;
    }
    m_projectWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_discovering)
        return;
    m_discovering = true;

    if (m_config.authMode == ConnectionConfig::AuthMode::IamPassword) {
        m_tokens->ensureToken(this, [this](const ApiError &error) {
            if (error.isError()) {
                finishProjectWaiters(error);
            } else if (!m_tokens->projectId().isEmpty()) {
                m_projectId = m_tokens->projectId();
                finishProjectWaiters({});
            } else {
                discoverByName();
            }
        });
        return;
    }
    discoverByName();
}

void ApiTransport::discoverByName()
{
    RequestSpec spec;
    spec.service = RequestSpec::Service::Iam;
    spec.path = ApiPaths::iamProjects();
    spec.query = {{QStringLiteral("name"), m_config.region}};
    spec.needsProject = false;
    run(spec, this, [this](const ApiError &error, const HttpResult &result) {
        if (error.isError()) {
            finishProjectWaiters(error);
            return;
        }
        QStringList ids;
        const QJsonArray projects
                = JsonRead::array(result.json.object(), QStringLiteral("projects"));
        for (const QJsonValue &p : projects) {
            const QJsonObject o = p.toObject();
            if (JsonRead::string(o, QStringLiteral("name")) == m_config.region)
                ids << JsonRead::string(o, QStringLiteral("id"));
        }
        if (ids.size() != 1 || ids.first().isEmpty()) {
            finishProjectWaiters(ApiError::network(
                    ApiError::Kind::Config,
                    QStringLiteral("%1 projects named %2").arg(ids.size()).arg(m_config.region)));
            return;
        }
        m_projectId = ids.first();
        finishProjectWaiters({});
    });
}

void ApiTransport::finishProjectWaiters(const ApiError &error)
{
    m_discovering = false;
    const auto waiters = std::move(m_projectWaiters);
    m_projectWaiters.clear();
    for (const auto &waiter : waiters) {
        if (waiter.first)
            waiter.second(error);
    }
}

bool ApiTransport::needsToken(const RequestSpec &spec) const
{
    return spec.authenticate && m_config.authMode == ConnectionConfig::AuthMode::IamPassword;
}

void ApiTransport::ensureToken(QObject *context, Done done)
{
    m_tokens->ensureToken(context, std::move(done));
}

void ApiTransport::invalidateToken()
{
    m_tokens->invalidate();
}

void ApiTransport::applyTls(QNetworkRequest *request) const
{
#ifndef QT_NO_SSL
    if (request->url().scheme() != QLatin1String("https"))
        return;
    if (m_config.verifyTls && m_caCertificates.isEmpty())
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_config.verifyTls)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    for (const QByteArray &pem : m_caCertificates)
        tls.addCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
    request->setSslConfiguration(tls);
#else
    Q_UNUSED(request);
#endif
}

QDateTime ApiTransport::clock() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void ApiTransport::noteRequestSent(const RequestSpec &spec)
{
    ++m_requestCount;
    emit requestSent(spec.describe());
}

} // namespace wsc
