#pragma once

#include "api/http/connectionconfig.h"
#include "models/rules/finding.h"

#include <QString>

namespace wsc {

/**
 * A named connection profile: the settings of one tenant (region, endpoints, project, auth,
 * proxy, TLS, limits) as the profile editor and wsctl know it. The secrets of config (SK,
 * security token, IAM and proxy passwords) are filled only in memory, from the SecretStore.
 */
struct Profile
{
    /** Names of the secret fields, the keys under which SecretStore keeps them. */
    static constexpr const char *SecretKeyField = "secret_key";
    static constexpr const char *SecurityTokenField = "security_token";
    static constexpr const char *IamPasswordField = "iam_password";
    static constexpr const char *ProxyPasswordField = "proxy_password";
    /** The stored name of the built-in Sandbox profile (shown translated by displayName()). */
    static constexpr const char *SandboxName = "Sandbox";

    QString id;           ///< stable id (a UUID without braces); the settings and keychain key
    QString name;         ///< shown to people, unique (case-insensitively)
    bool sandbox = false; ///< the embedded emulator: endpoints and credentials come from it
    ConnectionConfig config;

    bool isValid() const { return !id.isEmpty(); }
    /**
     * The name to show: the Sandbox's own name in the current language (it is stored as
     * "Sandbox", so that `wsctl --profile Sandbox` works whatever the language), else name.
     */
    QString displayName() const;

    /** The four secret field names. */
    static QStringList secretFields();
    /** The value of secret @p field in config. */
    QString secret(const QString &field) const;
    void setSecret(const QString &field, const QString &value);
    /** A copy with every secret emptied (what may be written to settings or shown in logs). */
    Profile withoutSecrets() const;

    /**
     * Checks every field the editor shows, each finding on the field's path: "name",
     * "region", "workspace_endpoint", "iam_endpoint", "project_id", "access_key",
     * "secret_key", "iam_domain", "iam_user", "iam_password", "proxy_host", "proxy_port",
     * "ca_file", "create_cap", "attach_cap", "timeout". Messages are translated (Api).
     * The Sandbox profile needs no credentials or endpoints.
     */
    Findings check() const;

    /** A new id for a profile. */
    static QString newId();
};

} // namespace wsc
