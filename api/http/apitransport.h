#pragma once

#include "apierror.h"
#include "connectionconfig.h"
#include "httpresult.h"
#include "rategovernor.h"
#include "requestspec.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace wsc {

class IamTokenProvider;
class RequestRunner;

/**
 * What every request to one tenant shares: the configuration, network access (proxy, TLS, extra
 * CA certificates), the rate governor, the clock for X-Sdk-Date, the credentials (AK/SK signature
 * or IAM token), the project id and the request counters. WorkspaceClient owns one and builds its
 * typed calls on run(); each RequestRunner and the IamTokenProvider send through it.
 */
class ApiTransport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiError &, const HttpResult &)>;
    using Done = std::function<void(const ApiError &)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ApiTransport(const ConnectionConfig &config, QObject *parent = nullptr);
    ~ApiTransport() override;

    const ConnectionConfig &config() const { return m_config; }

    // --- requests ----------------------------------------------------------------------------
    /**
     * Runs @p spec and calls @p done once (unless @p owner, which owns the runner, is destroyed
     * first). The runner is started already; an unusable configuration fails it from the event
     * loop without sending anything.
     */
    RequestRunner *run(const RequestSpec &spec, QObject *owner, Callback done);
    /** The address @p spec goes to: endpoint of its service, project id filled in, query. */
    QUrl url(const RequestSpec &spec) const;
    /**
     * The headers to send for @p spec to @p url, signed (AK/SK, stamped with clock()) or
     * carrying the current token. Contains secrets: never log them.
     */
    Headers headers(const RequestSpec &spec, const QUrl &url) const;

    // --- project -----------------------------------------------------------------------------
    /** The project id in use: configured, or discovered (empty until then). */
    QString projectId() const { return m_projectId; }
    /**
     * Calls @p done once the project id is known (or could not be found), always from the event
     * loop; not if @p context is destroyed first. Concurrent callers share one discovery: the
     * token's scope in IAM mode, else GET /v3/projects?name={region}.
     */
    void ensureProject(QObject *context, Done done);

    // --- credentials -------------------------------------------------------------------------
    /** True when @p spec must wait for an IAM token before it can be sent. */
    bool needsToken(const RequestSpec &spec) const;
    /** Calls @p done when a fresh token is there (IAM mode); see IamTokenProvider::ensureToken. */
    void ensureToken(QObject *context, Done done);
    /** Forgets the token, after the gateway said it expired. */
    void invalidateToken();
    /** The IAM token source (used in IAM password mode only). */
    IamTokenProvider *tokenProvider() const { return m_tokens; }

    // --- network -----------------------------------------------------------------------------
    QNetworkAccessManager *networkManager() const { return m_nam; }
    /** Applies the profile's TLS choices (no verification, extra CAs) to an https request. */
    void applyTls(QNetworkRequest *request) const;
    /** PEM blocks of the profile's extra CA file. */
    QList<QByteArray> caCertificates() const { return m_caCertificates; }

    // --- pacing, retries, clock ----------------------------------------------------------------
    RateGovernor *governor() { return &m_governor; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    /** This computer's clock plus the offset: what X-Sdk-Date and token lifetimes go by. */
    QDateTime clock() const;
    /** Offset added to this computer's clock (tests; fixing a skewed clock). */
    void setClockOffsetMs(qint64 offsetMs) { m_clockOffsetMs = offsetMs; }

    // --- counters ----------------------------------------------------------------------------
    /** HTTP requests sent so far (every attempt counts) and retries scheduled. */
    int requestCount() const { return m_requestCount; }
    int retryCount() const { return m_retryCount; }
    /** Counts a request going out and announces it (RequestRunner, just before sending). */
    void noteRequestSent(const RequestSpec &spec);
    /** Counts a retry (RequestRunner, when it schedules one). */
    void noteRetry() { ++m_retryCount; }

signals:
    /** Every request sent (for logs: method and path template, never headers). */
    void requestSent(const QString &description);

private:
    void discoverByName();
    void finishProjectWaiters(const ApiError &error);

    ConnectionConfig m_config;
    QString m_projectId;
    QNetworkAccessManager *m_nam = nullptr;
    RateGovernor m_governor;
    IamTokenProvider *m_tokens = nullptr;
    RetryPolicy m_retryPolicy;
    qint64 m_clockOffsetMs = 0;
    int m_requestCount = 0;
    int m_retryCount = 0;
    bool m_discovering = false;
    QList<QPair<QPointer<QObject>, Done>> m_projectWaiters;
    QList<QByteArray> m_caCertificates;
};

} // namespace wsc
