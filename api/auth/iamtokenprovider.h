#pragma once

#include "api/http/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace wsc {

class ApiTransport;
class RequestRunner;

/**
 * Gets and caches an IAM token (POST /v3/auth/tokens, password method, project scope by region
 * name) for an ApiTransport in IAM-password mode, sending the token request through it. Renews
 * it shortly before it expires and on demand after a 401 "token expires". Concurrent requests
 * share one token request.
 */
class IamTokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiError &)>;

    /** Belongs to @p transport, whose configuration and clock it uses. */
    explicit IamTokenProvider(ApiTransport *transport);

    /**
     * Calls @p done (from the event loop or at once) when a token that is not about to expire
     * is available, or with the error that prevented it. Not called if @p context is destroyed.
     */
    void ensureToken(QObject *context, Callback done);
    /** Forgets the token (after the gateway said it expired). */
    void invalidate();

    /** The token for X-Auth-Token; a secret, never logged. */
    QByteArray token() const { return m_token; }
    /** The project id of the token's scope, empty if not known. */
    QString projectId() const { return m_projectId; }
    /** When the token expires, on this computer's clock. */
    QDateTime expiresAt() const { return m_expiresAt; }
    /** True while a token exists that is outside its renewal margin. */
    bool hasFreshToken() const;
    /** Tokens obtained so far (first one included). */
    int fetchCount() const { return m_fetches; }

    /** How long before expiry a token is renewed: a fifth of its lifetime, at most 5 minutes. */
    static qint64 renewalMarginMs(qint64 lifetimeMs);

signals:
    void tokenChanged(const QDateTime &expiresAt);

private:
    void fetch();
    void finishWaiters(const ApiError &error);

    QPointer<ApiTransport> m_transport;
    QByteArray m_token;
    QString m_projectId;
    QDateTime m_expiresAt;
    qint64 m_lifetimeMs = 0;
    int m_fetches = 0;
    QPointer<RequestRunner> m_runner;
    QList<QPair<QPointer<QObject>, Callback>> m_waiters;
};

} // namespace wsc
