#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace wsc {

/**
 * Why a call failed: an HTTP error with the service's error body, or a network failure kind,
 * or a reply that could not be read. Returned as a value by every call; default = no error.
 */
struct ApiError
{
    enum class Kind {
        None,              ///< success
        Http,              ///< the server answered with a 4xx/5xx status
        Timeout,           ///< no complete answer within the per-request timeout
        ConnectionReset,   ///< the connection closed or reset before a complete answer
        ConnectionRefused, ///< nothing listens at the endpoint (the request was never sent)
        HostNotFound,      ///< DNS failure (never sent)
        Tls,               ///< TLS handshake or certificate failure (never sent)
        Proxy,             ///< proxy refused, needs authentication, or failed
        Cancelled,         ///< cancelled by the user
        MalformedReply,    ///< truncated JSON, an HTML page, or an unexpected shape
        BodyTooLarge,      ///< the reply exceeded the body size cap and was aborted
        Network,           ///< another network failure
        Config,            ///< unusable configuration (missing credentials, bad endpoint)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode;    ///< e.g. APIG.0301, WKS.0001
    QString errorMessage; ///< error_msg as sent (English API data)
    QString errorDetail;
    QString requestId; ///< X-Request-Id header, else request_id of the body
    QString encodedAuthorizationMessage;
    int retryAfterMs = 0; ///< the service's Retry-After header, when it sent one

    /**
     * The limit a 429 states in its message ("…over ratelimit,limit:50,time:1 second"), in
     * requests per second; 0 when it states none.
     */
    double statedRateLimit() const;
    QString detail; ///< technical detail: Qt's network error text, a parse error, a content type

    bool isError() const { return kind != Kind::None; }
    bool isNetwork() const;
    bool isThrottled() const { return httpStatus == 429; }
    /** 401 with "token expires" / "token expired": renew the token and send again once. */
    bool isTokenExpired() const;
    /** A read (GET) may be retried: 429, 5xx and transient network failures. */
    bool isRetryableRead() const;
    /**
     * True when a non-idempotent request may have taken effect although no success was seen:
     * timeout, reset or lost reply, malformed/too large reply, or a 5xx other than a gateway
     * throttle. False when it surely did not (4xx, 429, refused, DNS, TLS, cancelled before send).
     */
    bool isOutcomeUnknown() const;
    /** True when the request surely never reached the service (safe to send again as is). */
    bool isNotApplied() const;

    /** A short technical summary for logs and tooltips ("HTTP 429 APIG.0308: ..."). */
    QString summary() const;
    /** Stable English name of a kind ("timeout", "reset"...), for logs and wsctl output. */
    static QString kindName(Kind kind);
    /** Reads kindName() back (journals keep it); false when @p name is none of them. */
    static bool kindFromName(const QString &name, Kind *kind);

    /**
     * Reads an error reply: status, the X-Request-Id header and the body, in the order of
     * workspace-api.md §4.1 (error_code+error_msg; code+message; one level down; details[]).
     * A body that is not JSON (a proxy's HTML page) keeps the status and notes the content type.
     */
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &requestIdHeader,
                             const QByteArray &contentType = {});
    static ApiError network(Kind kind, const QString &detail = {});

    bool operator==(const ApiError &o) const
    {
        return kind == o.kind && httpStatus == o.httpStatus && errorCode == o.errorCode
               && errorMessage == o.errorMessage;
    }
    bool operator!=(const ApiError &o) const { return !(*this == o); }
};

} // namespace wsc

Q_DECLARE_METATYPE(wsc::ApiError)
