#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wsc {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

// One object: error_code + error_msg first, then code + message (GO core/sdkerr/errors.go).
bool readPair(const QJsonObject &o, ApiError *e)
{
    QString code = text(o, "error_code");
    QString message = text(o, "error_msg");
    if (code.isEmpty() && message.isEmpty()) {
        code = text(o, "code");
        message = text(o, "message");
    }
    if (code.isEmpty() && message.isEmpty())
        return false;
    e->errorCode = code;
    e->errorMessage = message;
    return true;
}

} // namespace

bool ApiError::isNetwork() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::ConnectionReset:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Tls:
    case Kind::Proxy:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

bool ApiError::isTokenExpired() const
{
    if (httpStatus != 401)
        return false;
    const QString message = errorMessage.toLower();
    return message.contains(QLatin1String("token expire"))
           || message.contains(QLatin1String("token has expired"))
           || message.contains(QLatin1String("token is expired"));
}

bool ApiError::isRetryableRead() const
{
    switch (kind) {
    case Kind::Http:
        return httpStatus == 429 || httpStatus >= 500;
    case Kind::Timeout:
    case Kind::ConnectionReset:
    case Kind::ConnectionRefused:
    case Kind::Network:
    case Kind::MalformedReply: // a truncated body is usually a dropped connection
        return true;
    default:
        return false;
    }
}

bool ApiError::isNotApplied() const
{
    switch (kind) {
    case Kind::Http:
        // The gateway answers 429 before the service sees the request; 4xx are refusals.
        return httpStatus >= 400 && httpStatus < 500;
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Tls:
    case Kind::Config:
        return true;
    default:
        return false;
    }
}

bool ApiError::isOutcomeUnknown() const
{
    switch (kind) {
    case Kind::Http:
        return httpStatus >= 500;
    case Kind::Timeout:
    case Kind::ConnectionReset:
    case Kind::Network:
    case Kind::Proxy:
    case Kind::MalformedReply:
    case Kind::BodyTooLarge:
        return true;
    case Kind::Cancelled:
        // Callers cancel in-flight requests only through abort(), which does not know whether
        // the bytes left; the submitter never aborts a sent create, so treat as unknown.
        return true;
    default:
        return false;
    }
}

bool ApiError::kindFromName(const QString &name, Kind *kind)
{
    for (int k = 0; k <= static_cast<int>(Kind::Config); ++k) {
        if (kindName(static_cast<Kind>(k)) == name) {
            *kind = static_cast<Kind>(k);
            return true;
        }
    }
    return false;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ConnectionReset:
        return QStringLiteral("reset");
    case Kind::ConnectionRefused:
        return QStringLiteral("refused");
    case Kind::HostNotFound:
        return QStringLiteral("dns");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Proxy:
        return QStringLiteral("proxy");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::MalformedReply:
        return QStringLiteral("malformed");
    case Kind::BodyTooLarge:
        return QStringLiteral("too-large");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Config:
        return QStringLiteral("config");
    }
    return {};
}

QString ApiError::summary() const
{
    if (kind == Kind::None)
        return QStringLiteral("ok");
    QString out;
    if (kind == Kind::Http) {
        out = QStringLiteral("HTTP %1").arg(httpStatus);
        if (!errorCode.isEmpty())
            out += QLatin1Char(' ') + errorCode;
        if (!errorMessage.isEmpty())
            out += QStringLiteral(": ") + errorMessage;
    } else {
        out = kindName(kind);
    }
    if (!detail.isEmpty())
        out += QStringLiteral(" (") + detail + QLatin1Char(')');
    if (!requestId.isEmpty())
        out += QStringLiteral(" [request ") + requestId + QLatin1Char(']');
    return out;
}

ApiError ApiError::network(Kind kind, const QString &detail)
{
    ApiError e;
    e.kind = kind;
    e.detail = detail;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &requestIdHeader,
                            const QByteArray &contentType)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(requestIdHeader).trimmed();

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (!body.trimmed().isEmpty()) {
            e.detail = contentType.isEmpty() ? QStringLiteral("non-JSON error body")
                                             : QStringLiteral("non-JSON error body, %1")
                                                       .arg(QString::fromLatin1(contentType));
        }
        return e;
    }
    const QJsonObject root = doc.object();
    bool found = readPair(root, &e);
    const QJsonObject *source = &root;
    QJsonObject nested;
    if (!found) {
        // One level down, e.g. {"error":{"code":"...","message":"..."}} (IAM, Keystone style).
        for (auto it = root.begin(); it != root.end() && !found; ++it) {
            if (it.value().isObject()) {
                nested = it.value().toObject();
                found = readPair(nested, &e);
                if (found)
                    source = &nested;
            }
        }
    }
    if (!found) {
        const QJsonArray details = root.value(QStringLiteral("details")).toArray();
        for (const QJsonValue &item : details) {
            if (item.isObject() && readPair(item.toObject(), &e))
                break;
        }
    }
    e.errorDetail = text(*source, "error_detail");
    e.encodedAuthorizationMessage = text(*source, "encoded_authorization_message");
    if (e.encodedAuthorizationMessage.isEmpty())
        e.encodedAuthorizationMessage = text(root, "encoded_authorization_message");
    if (e.requestId.isEmpty()) {
        e.requestId = text(root, "request_id");
        if (e.requestId.isEmpty())
            e.requestId = text(*source, "request_id");
    }
    return e;
}

double ApiError::statedRateLimit() const
{
    if (!isThrottled())
        return 0;
    // APIG's wording: "policy user over ratelimit,limit:XX,time:1 minute" (or "1 second").
    static const QRegularExpression pattern(
            QStringLiteral(R"(limit\s*:\s*(\d+)\s*,\s*time\s*:\s*(\d*)\s*(second|minute|hour))"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(errorMessage);
    if (!match.hasMatch())
        return 0;
    const double limit = match.captured(1).toDouble();
    const double count = match.captured(2).isEmpty() ? 1.0 : match.captured(2).toDouble();
    const QString unit = match.captured(3).toLower();
    const double seconds = count
                           * (unit == QLatin1String("hour")     ? 3600.0
                              : unit == QLatin1String("minute") ? 60.0
                                                                : 1.0);
    return seconds > 0 ? limit / seconds : 0;
}

} // namespace wsc
