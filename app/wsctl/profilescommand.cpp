#include "profilescommand.h"

#include "cliconnection.h"
#include "clitable.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/profiles/profileconnectiontest.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace wsc {

namespace {

QString authName(const ConnectionConfig &c)
{
    return c.authMode == ConnectionConfig::AuthMode::IamPassword ? QStringLiteral("iam")
                                                                 : QStringLiteral("aksk");
}

QString outcomeName(ProfileConnectionTest::Outcome outcome)
{
    switch (outcome) {
    case ProfileConnectionTest::Outcome::Passed:
        return QStringLiteral("passed");
    case ProfileConnectionTest::Outcome::Failed:
        return QStringLiteral("failed");
    case ProfileConnectionTest::Outcome::Skipped:
        return QStringLiteral("skipped");
    case ProfileConnectionTest::Outcome::Running:
    case ProfileConnectionTest::Outcome::NotRun:
        break;
    }
    return QStringLiteral("not-run");
}

QString outcomeText(ProfileConnectionTest::Outcome outcome)
{
    switch (outcome) {
    case ProfileConnectionTest::Outcome::Passed:
        return CliTr::tr("passed");
    case ProfileConnectionTest::Outcome::Failed:
        return CliTr::tr("failed");
    case ProfileConnectionTest::Outcome::Skipped:
        return CliTr::tr("skipped");
    case ProfileConnectionTest::Outcome::Running:
    case ProfileConnectionTest::Outcome::NotRun:
        break;
    }
    return CliTr::tr("not run");
}

/** Each action's word and summary. */
const CliActionName<ProfilesCommand::Action> kActions[] = {
        {ProfilesCommand::Action::List, "list",
         QT_TRANSLATE_NOOP("Cli", "List the connection profiles (shared with the console)")},
        {ProfilesCommand::Action::Add, "add",
         QT_TRANSLATE_NOOP("Cli", "Add or replace a connection profile")},
        {ProfilesCommand::Action::Remove, "remove",
         QT_TRANSLATE_NOOP("Cli", "Remove a connection profile and its secrets")},
        {ProfilesCommand::Action::Test, "test",
         QT_TRANSLATE_NOOP("Cli", "Check that a profile reaches IAM and Workspace")},
        {ProfilesCommand::Action::Use, "use",
         QT_TRANSLATE_NOOP("Cli", "Make a profile the default one")},
};

} // namespace

ProfilesCommand::ProfilesCommand(Action action)
    : CliActionCommand("profiles", kActions, action)
    , m_action(action)
{}

QString ProfilesCommand::help() const
{
    QString text;
    switch (m_action) {
    case Action::List:
        text = CliTr::tr("Usage: wsctl profiles list\n"
                         "\n"
                         "Lists the connection profiles that the console and wsctl share: name,\n"
                         "id, whether it is the default, region, endpoint, authentication and the\n"
                         "access key, masked. Secrets are never shown.\n");
        break;
    case Action::Add:
        text = CliTr::tr(
                "Usage: wsctl profiles add NAME [options]\n"
                "\n"
                "Saves a connection profile. Plain settings go to the console's settings,\n"
                "secrets to the system keychain. Secrets are read from standard input or from\n"
                "the environment, never from the command line (other users can read it in ps).\n"
                "Region, endpoints and project come from the global options --region,\n"
                "--endpoint, --iam-endpoint and --project-id.\n"
                "\n"
                "Options:\n"
                "  --ak AK              Access key (default: HUAWEICLOUD_SDK_AK)\n"
                "  --sk-stdin           Read the secret key from the first line of standard\n"
                "                       input (default: HUAWEICLOUD_SDK_SK)\n"
                "  --auth aksk|iam      Authentication: access keys (default) or IAM password\n"
                "  --iam-domain NAME    Account name (IAM authentication)\n"
                "  --iam-user NAME      IAM user name (IAM authentication)\n"
                "  --password-stdin     Read the IAM password from the first line of standard\n"
                "                       input\n"
                "  --create-cap N       Desktops per create request, 1-100 (default 50)\n"
                "  --attach-cap N       Desktops per assignment request, 1-50 (default 50)\n"
                "  --rate N             Requests per second to start at, 1-1000 (default 20);\n"
                "                       the pace then adapts to the tenant's API limit and\n"
                "                       the next run starts where the last one settled\n"
                "  --rate-ceiling N     Never more requests per second than this, 1-1000\n"
                "                       (default: no ceiling but 1000)\n"
                "  --timeout SECONDS    Time limit of one request (default 30)\n"
                "  --proxy none|system|HOST:PORT  Proxy (default: the system's)\n"
                "  --ca-file FILE       Extra CA certificates (PEM) to trust\n"
                "  --insecure           Do not verify TLS certificates (tests only)\n"
                "  --replace            Replace the profile of that name if it exists\n"
                "  --use                Make it the default profile\n"
                "\n"
                "Example:\n"
                "  echo \"$SK\" | wsctl profiles add prod --region cn-north-4 \\\n"
                "      --ak AKEXAMPLE --sk-stdin --use\n");
        break;
    case Action::Remove:
        text = CliTr::tr("Usage: wsctl profiles remove NAME\n"
                         "\n"
                         "Removes the profile, its settings and its secrets in the keychain.\n"
                         "The Sandbox profile cannot be removed. Batches it started stay in the\n"
                         "job journal.\n");
        break;
    case Action::Test:
        text = CliTr::tr("Usage: wsctl profiles test [NAME]\n"
                         "\n"
                         "Checks the profile (default: --profile, else the default one) with\n"
                         "the environment and the global options applied: first IAM (the\n"
                         "credentials), then Workspace (the tenant's workspace). Says which step\n"
                         "failed, why and what to do. Exit 0 when both pass, 3 otherwise.\n");
        break;
    case Action::Use:
        text = CliTr::tr("Usage: wsctl profiles use NAME\n"
                         "\n"
                         "Makes NAME the default profile of wsctl and of the console.\n");
        break;
    }
    return text + QLatin1Char('\n') + globalOptionsHelp();
}

QString ProfilesCommand::maskAccessKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    if (key.size() <= 8)
        return QString(key.size(), QLatin1Char('*'));
    return key.left(4) + QStringLiteral("…") + key.right(4);
}

int ProfilesCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    switch (m_action) {
    case Action::List:
        return list(arguments, out, err);
    case Action::Add:
        return add(arguments, out, err);
    case Action::Remove:
        return remove(arguments, out, err);
    case Action::Test:
        return test(arguments, out, err);
    case Action::Use:
        break;
    }
    return use(arguments, out, err);
}

int ProfilesCommand::list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parseOptionsOnly(parser, arguments, err, &code))
        return code;
    CliConnection connection(globals());
    ProfileStore *store = connection.profiles();
    const QString active = store->activeId();
    CliTable table;
    table.addColumn(QStringLiteral("name"), CliTr::tr("Name"));
    table.addColumn(QStringLiteral("default"), CliTr::tr("Default"));
    table.addColumn(QStringLiteral("region"), CliTr::tr("Region"));
    table.addColumn(QStringLiteral("endpoint"), CliTr::tr("Endpoint"));
    table.addColumn(QStringLiteral("auth"), CliTr::tr("Auth"));
    table.addColumn(QStringLiteral("access_key"), CliTr::tr("Access key"));
    table.addColumn(QStringLiteral("project_id"), CliTr::tr("Project"));
    table.addColumn(QStringLiteral("requests_per_second"), CliTr::tr("Requests/s"));
    table.addColumn(QStringLiteral("rate_learned"), CliTr::tr("Learned"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
    for (const Profile &p : store->profiles()) {
        const ConnectionConfig &c = p.config;
        const bool isDefault = p.id == active;
        table.addRow({p.name,
                      globals().format == CliGlobals::Format::Text
                              ? QVariant(isDefault ? QStringLiteral("*") : QString())
                              : QVariant(isDefault),
                      p.sandbox ? QString() : c.region,
                      p.sandbox ? CliTr::tr("(embedded emulator)")
                                : c.effectiveWorkspaceEndpoint().toString(),
                      p.sandbox ? QStringLiteral("sandbox") : authName(c),
                      p.sandbox ? QString()
                      : c.authMode == ConnectionConfig::AuthMode::AkSk
                              ? maskAccessKey(c.accessKey)
                              : c.iamDomain + QLatin1Char('/') + c.iamUser,
                      c.projectId, std::round(c.startingRate() * 10) / 10,
                      globals().format == CliGlobals::Format::Text
                              ? QVariant(c.learnedRate > 0 ? CliTr::tr("learned") : QString())
                              : QVariant(c.learnedRate > 0),
                      p.id});
    }
    table.write(out, globals().format);
    return ExitOk;
}

int ProfilesCommand::add(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption akOption(QStringLiteral("ak"), QString(), QStringLiteral("ak"));
    const QCommandLineOption skStdinOption(QStringLiteral("sk-stdin"));
    const QCommandLineOption authOption(QStringLiteral("auth"), QString(), QStringLiteral("mode"),
                                        QStringLiteral("aksk"));
    const QCommandLineOption domainOption(QStringLiteral("iam-domain"), QString(),
                                          QStringLiteral("name"));
    const QCommandLineOption userOption(QStringLiteral("iam-user"), QString(),
                                        QStringLiteral("name"));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"));
    const QCommandLineOption createCapOption(QStringLiteral("create-cap"), QString(),
                                             QStringLiteral("n"));
    const QCommandLineOption attachCapOption(QStringLiteral("attach-cap"), QString(),
                                             QStringLiteral("n"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QString(), QStringLiteral("n"));
    const QCommandLineOption ceilingOption(QStringLiteral("rate-ceiling"), QString(),
                                           QStringLiteral("n"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QString(),
                                           QStringLiteral("seconds"));
    const QCommandLineOption proxyOption(QStringLiteral("proxy"), QString(),
                                         QStringLiteral("proxy"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"), QString(), QStringLiteral("file"));
    const QCommandLineOption insecureOption(QStringLiteral("insecure"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"));
    const QCommandLineOption useOption(QStringLiteral("use"));
    parser.addOptions({akOption, skStdinOption, authOption, domainOption, userOption,
                       passwordStdinOption, createCapOption, attachCapOption, rateOption,
                       ceilingOption, timeoutOption, proxyOption, caOption, insecureOption,
                       replaceOption, useOption});
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, 1, CliTr::tr("give exactly one profile NAME."), err,
                        &code))
        return code;
    const QStringList names = parser.positionalArguments();

    CliConnection connection(globals());
    ProfileStore *store = connection.profiles();
    Profile profile;
    const QString existing = store->idForName(names.constFirst());
    if (!existing.isEmpty()) {
        if (!parser.isSet(replaceOption)) {
            return fail(err,
                        CliTr::tr("a profile named \"%1\" exists; add --replace to replace it.")
                                .arg(names.constFirst()),
                        ExitFindings);
        }
        if (existing == ProfileStore::sandboxId())
            return fail(err, CliTr::tr("the Sandbox profile cannot be replaced."), ExitFindings);
        profile.id = existing;
    }
    profile.name = names.constFirst().trimmed();
    ConnectionConfig &c = profile.config;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!globals().region.isEmpty())
        c.region = globals().region;
    if (!globals().endpoint.isEmpty())
        c.workspaceEndpoint = QUrl(globals().endpoint);
    if (!globals().iamEndpoint.isEmpty())
        c.iamEndpoint = QUrl(globals().iamEndpoint);
    if (!globals().projectId.isEmpty())
        c.projectId = globals().projectId;

    const QString auth = parser.value(authOption).toLower();
    if (auth == QLatin1String("iam")) {
        c.authMode = ConnectionConfig::AuthMode::IamPassword;
        c.iamDomain = parser.value(domainOption);
        c.iamUser = parser.value(userOption);
        // --password-stdin and --sk-stdin are global options: CliGlobals takes them first.
        if (parser.isSet(passwordStdinOption) || globals().passwordStdin)
            c.iamPassword = CliConnection::readStdinLine();
    } else if (auth == QLatin1String("aksk")) {
        c.authMode = ConnectionConfig::AuthMode::AkSk;
        c.accessKey = parser.isSet(akOption) ? parser.value(akOption)
                                             : env.value(QStringLiteral("HUAWEICLOUD_SDK_AK"));
        c.secretKey = parser.isSet(skStdinOption) || globals().skStdin
                              ? CliConnection::readStdinLine()
                              : env.value(QStringLiteral("HUAWEICLOUD_SDK_SK"));
    } else {
        return usageError(err, CliTr::tr("--auth must be aksk or iam (got \"%1\").")
                                       .arg(parser.value(authOption)));
    }
    bool ok = true;
    if (parser.isSet(createCapOption)) {
        c.createCap = parser.value(createCapOption).toInt(&ok);
        if (!ok)
            return usageError(err, CliTr::tr("--create-cap needs a number."));
    }
    if (parser.isSet(attachCapOption)) {
        c.attachCap = parser.value(attachCapOption).toInt(&ok);
        if (!ok)
            return usageError(err, CliTr::tr("--attach-cap needs a number."));
    }
    if (parser.isSet(rateOption)) {
        c.requestsPerSecond = parser.value(rateOption).toInt(&ok);
        if (!ok)
            return usageError(err, CliTr::tr("--rate needs a number of requests per second."));
        c.learnedRate = 0; // a rate given now starts afresh
    }
    if (parser.isSet(ceilingOption)) {
        c.rateCeiling = parser.value(ceilingOption).toInt(&ok);
        if (!ok)
            return usageError(err,
                              CliTr::tr("--rate-ceiling needs a number of requests per second."));
        c.learnedRate = 0;
    }
    if (parser.isSet(timeoutOption)) {
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok)
            return usageError(err, CliTr::tr("--timeout needs a number of seconds."));
        c.timeoutMs = static_cast<int>(seconds * 1000);
    }
    if (parser.isSet(proxyOption)) {
        const QString proxy = parser.value(proxyOption);
        if (proxy == QLatin1String("none"))
            c.proxyMode = ConnectionConfig::ProxyMode::None;
        else if (proxy == QLatin1String("system"))
            c.proxyMode = ConnectionConfig::ProxyMode::System;
        else if (!c.setManualProxy(proxy))
            return usageError(err, CliTr::tr("--proxy must be none, system or HOST:PORT."));
    }
    if (parser.isSet(caOption))
        c.caFile = parser.value(caOption);
    if (parser.isSet(insecureOption))
        c.verifyTls = false;

    const Findings findings = store->check(profile);
    if (hasErrors(findings)) {
        err << CliTr::tr("wsctl profiles add: the profile is not saved:") << '\n';
        for (const Finding &f : findings) {
            if (f.isError())
                err << "  " << f.path << ": " << f.message << '\n';
        }
        err.flush();
        return ExitFindings;
    }

    QEventLoop loop;
    QString saveError;
    bool saved = false;
    const QString id = store->save(profile, [&](bool ok, const QString &error) {
        saved = ok;
        saveError = error;
        loop.quit();
    });
    if (!CliWait::run(loop))
        return ExitInterrupted;
    if (!saved)
        return fail(err, CliTr::tr("the secrets could not be stored: %1").arg(saveError),
                    ExitUsage);
    if (parser.isSet(useOption))
        store->setActiveId(id);
    out << CliTr::tr("Profile \"%1\" saved (id %2).").arg(profile.name, id) << '\n';
    if (!connection.secrets()->isPersistent()) {
        // The keychain fell back to memory: this process's copy ends with it.
        err << CliTr::tr("wsctl: warning: no keychain is available (%1), so the secrets were "
                         "not stored. Give them each time you use this profile: --sk-stdin or "
                         "HUAWEICLOUD_SDK_SK for the SK, --password-stdin or %2 for the IAM "
                         "password.")
                        .arg(connection.secrets()->fallbackReason(),
                             CliConnection::passwordVariable())
            << '\n';
    }
    return ExitOk;
}

int ProfilesCommand::namedProfile(const QStringList &arguments, CliConnection &connection,
                                  bool orId, QString *name, QString *id, QTextStream &err) const
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, 1, CliTr::tr("give exactly one profile NAME."), err,
                        &code))
        return code;
    const QStringList names = parser.positionalArguments();
    *name = names.constFirst();
    ProfileStore *store = connection.profiles();
    *id = store->idForName(*name);
    if (id->isEmpty() && orId && store->contains(name->toLower()))
        *id = name->toLower();
    if (id->isEmpty())
        return fail(err, CliTr::tr("there is no profile named \"%1\".").arg(*name), ExitFindings);
    return ExitOk;
}

int ProfilesCommand::remove(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliConnection connection(globals());
    QString name;
    QString id;
    const int code = namedProfile(arguments, connection, false, &name, &id, err);
    if (code != ExitOk)
        return code;
    ProfileStore *store = connection.profiles();
    if (id == ProfileStore::sandboxId())
        return fail(err, CliTr::tr("the Sandbox profile cannot be removed."), ExitFindings);
    store->remove(id);
    SecretStore *secrets = connection.secrets();
    if (secrets->pendingJobs() > 0) {
        QEventLoop loop;
        QObject::connect(secrets, &SecretStore::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!CliWait::run(loop))
            return ExitInterrupted;
    }
    out << CliTr::tr("Profile \"%1\" removed.").arg(name) << '\n';
    return ExitOk;
}

int ProfilesCommand::use(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliConnection connection(globals());
    QString name;
    QString id;
    const int code = namedProfile(arguments, connection, true, &name, &id, err);
    if (code != ExitOk)
        return code;
    ProfileStore *store = connection.profiles();
    store->setActiveId(id);
    out << CliTr::tr("\"%1\" is now the default profile.").arg(store->profile(id).name) << '\n';
    return ExitOk;
}

int ProfilesCommand::test(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 0, 1, CliTr::tr("give at most one profile NAME."), err,
                        &code))
        return code;
    const QStringList names = parser.positionalArguments();
    CliGlobals g = globals();
    if (!names.isEmpty())
        g.profile = names.constFirst();
    CliConnection connection(g);
    code = connection.open(err);
    if (code != ExitOk)
        return code;

    ProfileConnectionTest check(connection.config());
    QEventLoop loop;
    QObject::connect(&check, &ProfileConnectionTest::finished, &loop, &QEventLoop::quit);
    check.start();
    if (!check.isFinished() && !CliWait::run(loop)) {
        check.abort();
        return ExitInterrupted;
    }
    using Step = ProfileConnectionTest::Step;
    if (globals().format != CliGlobals::Format::Text) {
        // One object in JSON, one row in CSV: the same stable keys.
        CliTable table;
        table.addColumn(QStringLiteral("profile"), QString());
        table.addColumn(QStringLiteral("endpoint"), QString());
        table.addColumn(QStringLiteral("iam"), QString());
        table.addColumn(QStringLiteral("workspace"), QString());
        table.addColumn(QStringLiteral("project_id"), QString());
        table.addColumn(QStringLiteral("domain_type"), QString());
        table.addColumn(QStringLiteral("workspace_status"), QString());
        table.addRow({connection.profile().name,
                      connection.config().effectiveWorkspaceEndpoint().toString(),
                      outcomeName(check.outcome(Step::Iam)),
                      outcomeName(check.outcome(Step::Workspace)), check.discoveredProjectId(),
                      check.workspace().domainType, check.workspace().status});
        if (globals().format == CliGlobals::Format::Json)
            out << QString::fromUtf8(
                    QJsonDocument(table.toJson().at(0).toObject()).toJson(QJsonDocument::Indented));
        else
            table.write(out, CliGlobals::Format::Csv);
    } else {
        out << CliTr::tr("Profile \"%1\" at %2")
                        .arg(connection.profile().name,
                             connection.config().effectiveWorkspaceEndpoint().toString())
            << '\n'
            << "  " << CliTr::tr("IAM (credentials): %1").arg(outcomeText(check.outcome(Step::Iam)))
            << '\n'
            << "  " << CliTr::tr("Workspace: %1").arg(outcomeText(check.outcome(Step::Workspace)));
        if (check.outcome(Step::Workspace) == ProfileConnectionTest::Outcome::Passed)
            out << QStringLiteral(" (%1, %2, %3)")
                            .arg(check.workspace().id, check.workspace().domainType,
                                 check.workspace().status);
        out << '\n';
    }
    out.flush();
    for (const Step step : {Step::Iam, Step::Workspace}) {
        if (check.outcome(step) == ProfileConnectionTest::Outcome::Failed) {
            return apiFailure(err,
                              step == Step::Iam ? CliTr::tr("the IAM check failed.")
                                                : CliTr::tr("the Workspace check failed."),
                              check.error(step));
        }
    }
    if (!check.passed())
        return fail(err, CliTr::tr("the profile did not pass its checks."), ExitApi);
    return ExitOk;
}

} // namespace wsc
