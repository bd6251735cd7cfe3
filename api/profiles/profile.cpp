#include "profile.h"

#include "api/apitr.h"
#include "api/http/region.h"
#include "models/rules/apilimits.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace wsc {

namespace {

void add(Findings &out, const QString &path, const QString &code, const QString &message,
         Severity severity = Severity::Error)
{
    Finding f;
    f.path = path;
    f.code = code;
    f.severity = severity;
    f.message = message;
    out << f;
}

void checkEndpoint(const QUrl &url, const QString &path, Findings &out)
{
    if (url.isEmpty())
        return;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        add(out, path, path + QStringLiteral(".invalid"),
            ApiTr::tr("Enter an address such as https://workspace.cn-north-4.myhuaweicloud.com, "
                      "or leave it empty to use the region's."));
    } else if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1")
               && url.host() != QLatin1String("localhost") && url.host() != QLatin1String("::1")) {
        add(out, path, path + QStringLiteral(".plain_http"),
            ApiTr::tr("This address is not encrypted (http): credentials and tokens would travel "
                      "in clear text."),
            Severity::Warning);
    }
}

} // namespace

QStringList Profile::secretFields()
{
    return {QString::fromLatin1(SecretKeyField), QString::fromLatin1(SecurityTokenField),
            QString::fromLatin1(IamPasswordField), QString::fromLatin1(ProxyPasswordField)};
}

QString Profile::secret(const QString &field) const
{
    if (field == QLatin1String(SecretKeyField))
        return config.secretKey;
    if (field == QLatin1String(SecurityTokenField))
        return config.securityToken;
    if (field == QLatin1String(IamPasswordField))
        return config.iamPassword;
    if (field == QLatin1String(ProxyPasswordField))
        return config.proxyPassword;
    return {};
}

void Profile::setSecret(const QString &field, const QString &value)
{
    if (field == QLatin1String(SecretKeyField))
        config.secretKey = value;
    else if (field == QLatin1String(SecurityTokenField))
        config.securityToken = value;
    else if (field == QLatin1String(IamPasswordField))
        config.iamPassword = value;
    else if (field == QLatin1String(ProxyPasswordField))
        config.proxyPassword = value;
}

Profile Profile::withoutSecrets() const
{
    Profile copy = *this;
    for (const QString &field : secretFields())
        copy.setSecret(field, QString());
    return copy;
}

Findings Profile::check() const
{
    Findings out;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        add(out, QStringLiteral("name"), QStringLiteral("name.required"),
            ApiTr::tr("Give the profile a name."));
    else if (trimmedName.size() > 64)
        add(out, QStringLiteral("name"), QStringLiteral("name.too_long"),
            ApiTr::tr("The name may have at most 64 characters."));
    if (sandbox)
        return out;

    if (!Region::find(config.region))
        add(out, QStringLiteral("region"), QStringLiteral("region.unknown"),
            ApiTr::tr("Choose one of the regions where Workspace is offered."));
    checkEndpoint(config.workspaceEndpoint, QStringLiteral("workspace_endpoint"), out);
    checkEndpoint(config.iamEndpoint, QStringLiteral("iam_endpoint"), out);

    static const QRegularExpression projectPattern(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (!config.projectId.isEmpty() && !projectPattern.match(config.projectId).hasMatch())
        add(out, QStringLiteral("project_id"), QStringLiteral("project_id.pattern"),
            ApiTr::tr("A project id has 32 hexadecimal characters; leave it empty to discover "
                      "it from the region."));

    static const QRegularExpression blank(QStringLiteral("\\s"));
    if (config.authMode == ConnectionConfig::AuthMode::AkSk) {
        if (config.accessKey.trimmed().isEmpty())
            add(out, QStringLiteral("access_key"), QStringLiteral("access_key.required"),
                ApiTr::tr("Enter the access key (AK)."));
        else if (config.accessKey.contains(blank))
            add(out, QStringLiteral("access_key"), QStringLiteral("access_key.blank"),
                ApiTr::tr("The access key contains spaces; paste it again without them."));
        if (config.secretKey.isEmpty())
            add(out, QStringLiteral("secret_key"), QStringLiteral("secret_key.required"),
                ApiTr::tr("Enter the secret key (SK)."));
        else if (config.secretKey.contains(blank))
            add(out, QStringLiteral("secret_key"), QStringLiteral("secret_key.blank"),
                ApiTr::tr("The secret key contains spaces; paste it again without them."));
    } else {
        if (config.iamDomain.trimmed().isEmpty())
            add(out, QStringLiteral("iam_domain"), QStringLiteral("iam_domain.required"),
                ApiTr::tr("Enter the account (domain) name."));
        if (config.iamUser.trimmed().isEmpty())
            add(out, QStringLiteral("iam_user"), QStringLiteral("iam_user.required"),
                ApiTr::tr("Enter the IAM user name."));
        if (config.iamPassword.isEmpty())
            add(out, QStringLiteral("iam_password"), QStringLiteral("iam_password.required"),
                ApiTr::tr("Enter the IAM user's password."));
    }

    if (config.proxyMode == ConnectionConfig::ProxyMode::Manual) {
        if (config.proxyHost.trimmed().isEmpty())
            add(out, QStringLiteral("proxy_host"), QStringLiteral("proxy_host.required"),
                ApiTr::tr("Enter the proxy's host name or address."));
        if (config.proxyPort == 0)
            add(out, QStringLiteral("proxy_port"), QStringLiteral("proxy_port.range"),
                ApiTr::tr("Enter the proxy's port (1 to 65535)."));
    }

    if (!config.caFile.isEmpty()) {
        const QFileInfo ca(config.caFile);
        if (!ca.isFile() || !ca.isReadable())
            add(out, QStringLiteral("ca_file"), QStringLiteral("ca_file.missing"),
                ApiTr::tr("The CA certificate file cannot be read."));
    }
    if (!config.verifyTls)
        add(out, QStringLiteral("verify_tls"), QStringLiteral("verify_tls.off"),
            ApiTr::tr("Certificates are not checked: anyone on the network path could read "
                      "the credentials. Use this only for a test endpoint."),
            Severity::Warning);

    // The messages word the limits (translated text): keep them in step.
    static_assert(ApiLimits::CreateCapMax == 100 && ApiLimits::AttachCapMax == 50);
    if (config.createCap < 1 || config.createCap > ApiLimits::CreateCapMax)
        add(out, QStringLiteral("create_cap"), QStringLiteral("create_cap.range"),
            ApiTr::tr("Desktops per create request must be between 1 and 100."));
    if (config.attachCap < 1 || config.attachCap > ApiLimits::AttachCapMax)
        add(out, QStringLiteral("attach_cap"), QStringLiteral("attach_cap.range"),
            ApiTr::tr("Desktops per assignment request must be between 1 and 50."));
    if (config.requestsPerSecond < 1 || config.requestsPerSecond > 1000)
        add(out, QStringLiteral("requests_per_second"), QStringLiteral("requests_per_second.range"),
            ApiTr::tr("Requests per second must be between 1 and 1000."));
    if (config.rateCeiling < 0 || config.rateCeiling > 1000)
        add(out, QStringLiteral("rate_ceiling"), QStringLiteral("rate_ceiling.range"),
            ApiTr::tr("The ceiling of requests per second must be between 1 and 1000, or 0 "
                      "for none."));
    if (config.timeoutMs < 1000)
        add(out, QStringLiteral("timeout"), QStringLiteral("timeout.range"),
            ApiTr::tr("The request timeout must be at least one second."));
    return out;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::displayName() const
{
    if (sandbox && (name.isEmpty() || name == QLatin1String(SandboxName)))
        return ApiTr::tr("Sandbox");
    return name;
}

} // namespace wsc
