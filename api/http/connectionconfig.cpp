#include "connectionconfig.h"

#include <algorithm>

#include "region.h"

#include "api/apitr.h"

namespace wsc {

QUrl ConnectionConfig::effectiveWorkspaceEndpoint() const
{
    return workspaceEndpoint.isEmpty() ? Region::workspaceEndpoint(region) : workspaceEndpoint;
}

QUrl ConnectionConfig::effectiveIamEndpoint() const
{
    return iamEndpoint.isEmpty() ? Region::iamEndpoint(region) : iamEndpoint;
}

QNetworkProxy ConnectionConfig::networkProxy() const
{
    switch (proxyMode) {
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, proxyPort, proxyUser,
                             proxyPassword);
    case ProxyMode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

bool ConnectionConfig::setManualProxy(const QString &spec)
{
    // The password may itself contain ':', so only the first three separators split.
    const QStringList parts = spec.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2 && parts.size() < 4)
        return false;
    bool ok = false;
    const uint port = parts.at(1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || parts.at(0).isEmpty())
        return false;
    proxyMode = ProxyMode::Manual;
    proxyHost = parts.at(0);
    proxyPort = static_cast<quint16>(port);
    proxyUser = parts.size() >= 4 ? parts.at(2) : QString();
    proxyPassword = parts.size() >= 4 ? parts.mid(3).join(QLatin1Char(':')) : QString();
    return true;
}

QStringList ConnectionConfig::problems() const
{
    QStringList out;
    if (region.trimmed().isEmpty())
        out << ApiTr::tr("No region is set.");
    for (const QUrl &url : {effectiveWorkspaceEndpoint(), effectiveIamEndpoint()}) {
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            out << ApiTr::tr("The endpoint \"%1\" is not an http(s) address.")
                            .arg(url.toDisplayString());
    }
    if (authMode == AuthMode::AkSk) {
        if (accessKey.trimmed().isEmpty() || secretKey.isEmpty())
            out << ApiTr::tr("The access key (AK) and secret key (SK) are required.");
    } else if (iamDomain.trimmed().isEmpty() || iamUser.trimmed().isEmpty()) {
        out << ApiTr::tr("The account, IAM user name and password are required.");
    } else if (iamPassword.isEmpty()) {
        // Account and user are set: only the secret is missing (no keychain kept it).
        out << ApiTr::tr("The IAM password of %1 (account %2) is required; it is not stored "
                         "with the profile's settings.")
                        .arg(iamUser.trimmed(), iamDomain.trimmed());
    }
    if (proxyMode == ProxyMode::Manual && (proxyHost.isEmpty() || proxyPort == 0))
        out << ApiTr::tr("The manual proxy needs a host and a port.");
    if (timeoutMs < 1000)
        out << ApiTr::tr("The request timeout must be at least one second.");
    // The messages word the limits (translated text): keep them in step.
    static_assert(ApiLimits::CreateCapMax == 100 && ApiLimits::AttachCapMax == 50);
    if (createCap < 1 || createCap > ApiLimits::CreateCapMax)
        out << ApiTr::tr("Desktops per create request must be between 1 and 100.");
    if (attachCap < 1 || attachCap > ApiLimits::AttachCapMax)
        out << ApiTr::tr("Desktops per assignment request must be between 1 and 50.");
    if (requestsPerSecond < 1 || requestsPerSecond > 1000)
        out << ApiTr::tr("Requests per second must be between 1 and 1000.");
    if (rateCeiling < 0 || rateCeiling > 1000)
        out << ApiTr::tr("The ceiling of requests per second must be between 1 and 1000, or 0 "
                         "for none.");
    return out;
}

double ConnectionConfig::ceilingRate() const
{
    return rateCeiling > 0 ? std::min(rateCeiling, 1000) : 1000.0;
}

double ConnectionConfig::startingRate() const
{
    const double start = learnedRate > 0 ? learnedRate : std::max(1, requestsPerSecond);
    return std::min(start, ceilingRate());
}

QString ConnectionConfig::workspaceEndpointVariable(const QString &region)
{
    QString suffix = region.trimmed().toUpper();
    suffix.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_") + suffix;
}

QStringList ConnectionConfig::applyEnvironment(const QProcessEnvironment &environment)
{
    QStringList used;
    const auto take = [&](const QString &name, QString *target) {
        const QString value = environment.value(name);
        if (value.isEmpty())
            return false;
        *target = value;
        used << name;
        return true;
    };
    if (take(QStringLiteral("HUAWEICLOUD_SDK_AK"), &accessKey))
        authMode = AuthMode::AkSk;
    take(QStringLiteral("HUAWEICLOUD_SDK_SK"), &secretKey);
    take(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN"), &securityToken);
    take(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), &projectId);
    QString url;
    if (take(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT"), &url))
        iamEndpoint = QUrl(url);
    url.clear();
    if (take(workspaceEndpointVariable(region), &url))
        workspaceEndpoint = QUrl(url);
    return used;
}

QDebug operator<<(QDebug debug, const ConnectionConfig &config)
{
    const QDebugStateSaver saver(debug);
    const auto mask = [](const QString &secret) {
        return secret.isEmpty() ? QStringLiteral("<empty>") : QStringLiteral("<set>");
    };
    debug.nospace() << "ConnectionConfig(region=" << config.region
                    << ", workspace=" << config.effectiveWorkspaceEndpoint().toString()
                    << ", iam=" << config.effectiveIamEndpoint().toString()
                    << ", project=" << config.projectId;
    if (config.authMode == ConnectionConfig::AuthMode::AkSk) {
        debug << ", auth=aksk, ak=" << config.accessKey << ", sk=" << mask(config.secretKey)
              << ", securityToken=" << mask(config.securityToken);
    } else {
        debug << ", auth=iam, domain=" << config.iamDomain << ", user=" << config.iamUser
              << ", password=" << mask(config.iamPassword);
    }
    if (config.proxyMode == ConnectionConfig::ProxyMode::Manual)
        debug << ", proxy=" << config.proxyHost << ':' << config.proxyPort
              << ", proxyPassword=" << mask(config.proxyPassword);
    debug << ", verifyTls=" << config.verifyTls << ", timeoutMs=" << config.timeoutMs << ')';
    return debug;
}

} // namespace wsc
