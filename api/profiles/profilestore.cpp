#include "profilestore.h"

#include "secretstore.h"

#include "api/apitr.h"
#include "api/auth/privatefiles.h"

#include <QFileInfo>
#include <QPointer>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace wsc {

namespace {

const QString Group = QStringLiteral("profiles");
const QString ActiveKey = QStringLiteral("profiles_active");

QString authName(ConnectionConfig::AuthMode mode)
{
    return mode == ConnectionConfig::AuthMode::IamPassword ? QStringLiteral("iam")
                                                           : QStringLiteral("aksk");
}

QString proxyName(ConnectionConfig::ProxyMode mode)
{
    switch (mode) {
    case ConnectionConfig::ProxyMode::None:
        return QStringLiteral("none");
    case ConnectionConfig::ProxyMode::Manual:
        return QStringLiteral("manual");
    case ConnectionConfig::ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

Profile readProfile(QSettings &s, const QString &id)
{
    Profile p;
    p.id = id;
    p.name = s.value(QStringLiteral("name")).toString();
    p.sandbox = s.value(QStringLiteral("sandbox"), false).toBool();
    ConnectionConfig &c = p.config;
    c.region = s.value(QStringLiteral("region"), c.region).toString();
    c.workspaceEndpoint = QUrl(s.value(QStringLiteral("workspace_endpoint")).toString());
    c.iamEndpoint = QUrl(s.value(QStringLiteral("iam_endpoint")).toString());
    c.projectId = s.value(QStringLiteral("project_id")).toString();
    c.authMode = s.value(QStringLiteral("auth")).toString() == QLatin1String("iam")
                         ? ConnectionConfig::AuthMode::IamPassword
                         : ConnectionConfig::AuthMode::AkSk;
    c.accessKey = s.value(QStringLiteral("access_key")).toString();
    c.iamDomain = s.value(QStringLiteral("iam_domain")).toString();
    c.iamUser = s.value(QStringLiteral("iam_user")).toString();
    const QString proxy = s.value(QStringLiteral("proxy")).toString();
    c.proxyMode = proxy == QLatin1String("none")     ? ConnectionConfig::ProxyMode::None
                  : proxy == QLatin1String("manual") ? ConnectionConfig::ProxyMode::Manual
                                                     : ConnectionConfig::ProxyMode::System;
    c.proxyHost = s.value(QStringLiteral("proxy_host")).toString();
    c.proxyPort = static_cast<quint16>(s.value(QStringLiteral("proxy_port"), 0).toUInt());
    c.proxyUser = s.value(QStringLiteral("proxy_user")).toString();
    c.verifyTls = s.value(QStringLiteral("verify_tls"), true).toBool();
    c.caFile = s.value(QStringLiteral("ca_file")).toString();
    c.createCap = s.value(QStringLiteral("create_cap"), c.createCap).toInt();
    c.attachCap = s.value(QStringLiteral("attach_cap"), c.attachCap).toInt();
    c.requestsPerSecond
            = s.value(QStringLiteral("requests_per_second"), c.requestsPerSecond).toInt();
    c.rateCeiling = s.value(QStringLiteral("rate_ceiling"), c.rateCeiling).toInt();
    c.learnedRate = s.value(QStringLiteral("learned_rate"), c.learnedRate).toDouble();
    c.timeoutMs = s.value(QStringLiteral("timeout_ms"), c.timeoutMs).toInt();
    return p;
}

void writeProfile(QSettings &s, const Profile &p)
{
    const ConnectionConfig &c = p.config;
    s.setValue(QStringLiteral("name"), p.name.trimmed());
    s.setValue(QStringLiteral("sandbox"), p.sandbox);
    s.setValue(QStringLiteral("region"), c.region);
    s.setValue(QStringLiteral("workspace_endpoint"), c.workspaceEndpoint.toString());
    s.setValue(QStringLiteral("iam_endpoint"), c.iamEndpoint.toString());
    s.setValue(QStringLiteral("project_id"), c.projectId);
    s.setValue(QStringLiteral("auth"), authName(c.authMode));
    s.setValue(QStringLiteral("access_key"), c.accessKey.trimmed());
    s.setValue(QStringLiteral("iam_domain"), c.iamDomain.trimmed());
    s.setValue(QStringLiteral("iam_user"), c.iamUser.trimmed());
    s.setValue(QStringLiteral("proxy"), proxyName(c.proxyMode));
    s.setValue(QStringLiteral("proxy_host"), c.proxyHost.trimmed());
    s.setValue(QStringLiteral("proxy_port"), c.proxyPort);
    s.setValue(QStringLiteral("proxy_user"), c.proxyUser);
    s.setValue(QStringLiteral("verify_tls"), c.verifyTls);
    s.setValue(QStringLiteral("ca_file"), c.caFile);
    s.setValue(QStringLiteral("create_cap"), c.createCap);
    s.setValue(QStringLiteral("attach_cap"), c.attachCap);
    s.setValue(QStringLiteral("requests_per_second"), c.requestsPerSecond);
    s.setValue(QStringLiteral("rate_ceiling"), c.rateCeiling);
    s.setValue(QStringLiteral("learned_rate"), c.learnedRate);
    s.setValue(QStringLiteral("timeout_ms"), c.timeoutMs);
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    // The file names endpoints and access key ids: its owner's only, from the first write on
    // (QSettings saves atomically and keeps the file's mode), and tightened when an earlier
    // version left it readable by everyone.
    if (m_settings->format() != QSettings::NativeFormat
        && m_settings->format() != QSettings::IniFormat)
        return;
    const QString file = m_settings->fileName();
    if (PrivateFiles::makeDir(QFileInfo(file).absolutePath(), true))
        PrivateFiles::makeFile(file);
}

void ProfileStore::syncPrivately()
{
    m_settings->sync();
    PrivateFiles::tightenFile(m_settings->fileName());
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(Group);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        out << readProfile(*m_settings, id);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        if (a.sandbox != b.sandbox)
            return a.sandbox;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

Profile ProfileStore::profile(const QString &id) const
{
    if (!contains(id))
        return {};
    m_settings->beginGroup(Group + QLatin1Char('/') + id);
    Profile p = readProfile(*m_settings, id);
    m_settings->endGroup();
    return p;
}

bool ProfileStore::contains(const QString &id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return false;
    m_settings->beginGroup(Group);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

QString ProfileStore::idForName(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p.id;
    }
    return {};
}

QString ProfileStore::save(const Profile &profile,
                           std::function<void(bool ok, const QString &error)> done)
{
    Profile p = profile;
    if (p.id.isEmpty())
        p.id = Profile::newId();
    m_settings->beginGroup(Group + QLatin1Char('/') + p.id);
    writeProfile(*m_settings, p.withoutSecrets());
    m_settings->endGroup();
    syncPrivately();

    // The Sandbox's credentials come from the embedded emulator: nothing to keep.
    const QStringList fields = p.sandbox ? QStringList() : Profile::secretFields();
    struct Pending
    {
        int left = 0;
        QStringList errors;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(fields.size());
    for (const QString &field : fields) {
        m_secrets->write(secretKey(p.id, field), p.secret(field), this,
                         [pending, done](bool ok, const QString &error) {
                             if (!ok)
                                 pending->errors << error;
                             if (--pending->left == 0 && done)
                                 done(pending->errors.isEmpty(), pending->errors.join(u'\n'));
                         });
    }
    if (fields.isEmpty() && done)
        QMetaObject::invokeMethod(
                this, [done] { done(true, QString()); }, Qt::QueuedConnection);
    emit profilesChanged();
    return p.id;
}

bool ProfileStore::remove(const QString &id)
{
    if (id == sandboxId() || !contains(id))
        return false;
    m_settings->remove(Group + QLatin1Char('/') + id);
    syncPrivately();
    for (const QString &field : Profile::secretFields())
        m_secrets->remove(secretKey(id, field));
    if (m_settings->value(ActiveKey).toString() == id)
        setActiveId(sandboxId());
    emit profilesChanged();
    return true;
}

void ProfileStore::rememberLearnedRate(const QString &id, double rate)
{
    if (!contains(id))
        return;
    m_settings->setValue(Group + QLatin1Char('/') + id + QStringLiteral("/learned_rate"),
                         std::max(0.0, rate));
    syncPrivately();
}

void ProfileStore::loadWithSecrets(
        const QString &id, QObject *context,
        std::function<void(const Profile &profile, const QString &error)> done)
{
    const Profile base = profile(id);
    QPointer<QObject> guard(context);
    if (!base.isValid()) {
        QMetaObject::invokeMethod(
                this,
                [guard, done, id] {
                    if (guard)
                        done(Profile(), ApiTr::tr("There is no profile \"%1\".").arg(id));
                },
                Qt::QueuedConnection);
        return;
    }
    if (base.sandbox) {
        QMetaObject::invokeMethod(
                this,
                [guard, done, base] {
                    if (guard)
                        done(base, QString());
                },
                Qt::QueuedConnection);
        return;
    }
    struct Pending
    {
        Profile profile;
        int left = 0;
        QStringList errors;
    };
    auto pending = std::make_shared<Pending>();
    pending->profile = base;
    const QStringList fields = Profile::secretFields();
    pending->left = int(fields.size());
    for (const QString &field : fields) {
        m_secrets->read(secretKey(id, field), this,
                        [pending, field, guard, done](bool found, const QString &value,
                                                      const QString &error) {
                            if (found)
                                pending->profile.setSecret(field, value);
                            if (!error.isEmpty())
                                pending->errors << error;
                            if (--pending->left == 0 && guard)
                                done(pending->profile, pending->errors.join(u'\n'));
                        });
    }
}

Findings ProfileStore::check(const Profile &profile) const
{
    Findings out = profile.check();
    const QString other = idForName(profile.name);
    if (!profile.name.trimmed().isEmpty() && !other.isEmpty() && other != profile.id) {
        Finding f;
        f.path = QStringLiteral("name");
        f.code = QStringLiteral("name.duplicate");
        f.message = ApiTr::tr("Another profile is already called \"%1\".")
                            .arg(profile.name.trimmed());
        out << f;
    }
    return out;
}

QString ProfileStore::activeId() const
{
    const QString id = m_settings->value(ActiveKey).toString();
    return contains(id) ? id : (contains(sandboxId()) ? sandboxId() : QString());
}

void ProfileStore::setActiveId(const QString &id)
{
    if (m_settings->value(ActiveKey).toString() == id)
        return;
    m_settings->setValue(ActiveKey, id);
    syncPrivately();
    emit activeChanged(id);
}

bool ProfileStore::ensureSandbox()
{
    if (contains(sandboxId()))
        return false;
    Profile sandbox;
    sandbox.id = sandboxId();
    sandbox.name = QString::fromLatin1(Profile::SandboxName);
    sandbox.sandbox = true;
    save(sandbox);
    // First run: the Sandbox is where a new administrator starts (no account needed).
    if (m_settings->value(ActiveKey).toString().isEmpty() || !contains(activeId()))
        setActiveId(sandboxId());
    return true;
}

Profile ProfileStore::fromEnvironment(const QProcessEnvironment &environment, QStringList *used)
{
    Profile p;
    const QStringList names = p.config.applyEnvironment(environment);
    if (used)
        *used = names;
    return p;
}

QString ProfileStore::secretKey(const QString &id, const QString &field)
{
    return id + QLatin1Char('/') + field;
}

} // namespace wsc
