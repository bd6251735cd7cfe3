#pragma once

#include "models/rules/apilimits.h"

#include <QDebug>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wsc {

/**
 * Everything a WorkspaceClient needs to reach one tenant: region, endpoints, credentials, proxy,
 * TLS and limits. Built by the GUI's profile editor and by wsctl. Secrets live in memory only;
 * the QDebug output masks them.
 */
struct ConnectionConfig
{
    enum class AuthMode { AkSk, IamPassword };
    enum class ProxyMode { System, None, Manual };

    QString region = QStringLiteral("cn-north-4");
    QUrl workspaceEndpoint; ///< empty: https://workspace.{region}.myhuaweicloud.com
    QUrl iamEndpoint;       ///< empty: https://iam.{region}.myhuaweicloud.com
    QString projectId;      ///< empty: discovered (token scope, or GET /v3/projects?name=region)

    AuthMode authMode = AuthMode::AkSk;
    QString accessKey;
    QString secretKey;     ///< secret
    QString securityToken; ///< secret; temporary AK/SK only
    QString iamDomain;     ///< account name
    QString iamUser;
    QString iamPassword; ///< secret

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;
    QString proxyPassword; ///< secret

    bool verifyTls = true;
    QString caFile; ///< extra CA certificates (PEM) trusted besides the system ones

    int timeoutMs = 30000;                       ///< per HTTP attempt
    int createCap = ApiLimits::CreateCapDefault; ///< desktops per CreateDesktop request
    int attachCap = ApiLimits::AttachCapDefault; ///< desktops per AttachInstances request
    /** Desktops per request of the day-2 batches (power, delete, detach, rebuild, resize). */
    int actionCap = ApiLimits::ActionCapDefault;
    int requestsPerSecond = 20; ///< the pace all requests start at; it adapts to the tenant's limit
    int rateCeiling = 0;        ///< never faster than this (requests/s); 0: no ceiling but 1000
    double learnedRate = 0;     ///< the pace the last session settled at (0: none learned yet)
    qint64 maxBodyBytes = 16 * 1024 * 1024; ///< replies larger than this are aborted

    /** Where the pace starts: the learned rate when there is one, else requestsPerSecond. */
    double startingRate() const;
    /** The hard ceiling of the pace. */
    double ceilingRate() const;

    /** The Workspace endpoint in use (override or the region's). */
    QUrl effectiveWorkspaceEndpoint() const;
    /** The IAM endpoint in use (override or the region's). */
    QUrl effectiveIamEndpoint() const;

    /** The proxy to give QNetworkAccessManager. */
    QNetworkProxy networkProxy() const;
    /** Parses "host:port[:user:password]" into the manual proxy fields; false when malformed. */
    bool setManualProxy(const QString &spec);

    /** Translated problems that make the configuration unusable (missing AK, bad URL...). */
    QStringList problems() const;

    /**
     * Overrides fields from the variables Huawei's SDKs read: HUAWEICLOUD_SDK_AK, _SK,
     * _PROJECT_ID, _SECURITY_TOKEN, HUAWEICLOUD_SDK_IAM_ENDPOINT and
     * HUAWEICLOUD_SDK_REGION_WORKSPACE_<REGION> (e.g. ..._CN_NORTH_4). Setting an AK switches
     * the mode to AK/SK. Returns the names of the variables used.
     */
    QStringList applyEnvironment(const QProcessEnvironment &environment
                                 = QProcessEnvironment::systemEnvironment());

    /** The variable that overrides the Workspace endpoint of @p region. */
    static QString workspaceEndpointVariable(const QString &region);
};

/** Prints the configuration with every secret masked. */
QDebug operator<<(QDebug debug, const ConnectionConfig &config);

} // namespace wsc
