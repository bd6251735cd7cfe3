#include "emulatorcommandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace wsemu {

// wsemu is a developer tool like the server it emulates: its help and errors are English, and
// emulator/ stays outside the translation pipeline (translations/translations.cmake).

bool EmulatorCommandLine::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QHostAddress parsed;
    if (host == QLatin1String("localhost"))
        parsed = QHostAddress::LocalHost;
    else if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = static_cast<quint16>(value);
    return true;
}

EmulatorCommandLine::Result EmulatorCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "wsemu: a local emulator of the Huawei Cloud Workspace, IAM and VPC APIs.\n"
            "Prints \"wsemu listening on http://HOST:PORT project_id=ID\" first, then serves\n"
            "until SIGINT or SIGTERM, and saves --state on the way out."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (default 127.0.0.1:0)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Keep the state in this JSON file."),
                                   QStringLiteral("file"));
    const QCommandLineOption timeScale(
            QStringLiteral("time-scale"),
            QStringLiteral("Job durations factor; 0 = instant (default 1)."), QStringLiteral("x"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the fault PRNG (default 1)."),
                                  QStringLiteral("n"));
    const QCommandLineOption ak(QStringLiteral("ak"), QStringLiteral("Access key to accept."),
                                QStringLiteral("ak"));
    const QCommandLineOption sk(QStringLiteral("sk"), QStringLiteral("Secret key of --ak."),
                                QStringLiteral("sk"));
    const QCommandLineOption tempAk(
            QStringLiteral("temp-ak"),
            QStringLiteral("Temporary access key (needs --security-token)."), QStringLiteral("ak"));
    const QCommandLineOption tempSk(QStringLiteral("temp-sk"),
                                    QStringLiteral("Secret key of --temp-ak."),
                                    QStringLiteral("sk"));
    const QCommandLineOption securityToken(
            QStringLiteral("security-token"),
            QStringLiteral("X-Security-Token that --temp-ak requires."), QStringLiteral("token"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("IAM user name (default admin)."),
                                  QStringLiteral("name"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("IAM password."),
                                      QStringLiteral("password"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("IAM account (domain) name (default sandbox)."),
                                    QStringLiteral("name"));
    const QCommandLineOption projectId(QStringLiteral("project-id"),
                                       QStringLiteral("Project id of the region."),
                                       QStringLiteral("id"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("Region / project name (default cn-north-4)."),
                                    QStringLiteral("name"));
    const QCommandLineOption domainType(QStringLiteral("domain-type"),
                                        QStringLiteral("LITE_AS (default) or LOCAL_AD."),
                                        QStringLiteral("type"));
    const QCommandLineOption createCap(
            QStringLiteral("create-cap"),
            QStringLiteral("Desktops per CreateDesktop request (default 50; the service "
                           "documents 100)."),
            QStringLiteral("n"));
    const QCommandLineOption quota(QStringLiteral("desktop-quota"),
                                   QStringLiteral("general_instances quota (default 100)."),
                                   QStringLiteral("n"));
    const QCommandLineOption tokenLifetime(
            QStringLiteral("token-lifetime"),
            QStringLiteral("IAM token lifetime in seconds (default 86400)."),
            QStringLiteral("seconds"));
    const QCommandLineOption empty(QStringLiteral("empty"),
                                   QStringLiteral("Start without the pre-existing desktops."));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Share of requests answered 500/503."),
                                      QStringLiteral("p"));
    const QCommandLineOption resetRate(
            QStringLiteral("reset-rate"),
            QStringLiteral("Share of requests whose connection is reset unanswered."),
            QStringLiteral("p"));
    const QCommandLineOption lostRate(
            QStringLiteral("lost-rate"),
            QStringLiteral("Share of mutating requests applied whose answer is lost."),
            QStringLiteral("p"));
    const QCommandLineOption subJobFailRate(
            QStringLiteral("subjob-fail-rate"),
            QStringLiteral("Share of create/attach sub-jobs that end FAILED."),
            QStringLiteral("p"));
    const QCommandLineOption rps(QStringLiteral("rps"),
                                 QStringLiteral("Requests per second before 429 (0 = off)."),
                                 QStringLiteral("r"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Added latency per answer."),
                                     QStringLiteral("ms"));
    const QCommandLineOption desktops(
            QStringLiteral("desktops"),
            QStringLiteral("Start with N generated desktops instead of the five named ones."),
            QStringLiteral("n"));
    const QCommandLineOption verbose(
            QStringLiteral("verbose"),
            QStringLiteral("Log one line per request to stderr (no headers or bodies)."));
    parser.addOptions({help,          version,    listen,    state,    timeScale,
                       seed,          ak,         sk,        tempAk,   tempSk,
                       securityToken, user,       password,  domain,   projectId,
                       region,        domainType, createCap, quota,    tokenLifetime,
                       empty,         failRate,   resetRate, lostRate, subJobFailRate,
                       rps,           latency,    verbose,   desktops});
    m_help = parser.helpText();

    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(help))
        return Result::Help;
    if (parser.isSet(version))
        return Result::Version;
    if (!parser.positionalArguments().isEmpty()) {
        m_error = QStringLiteral("unexpected argument '%1'")
                          .arg(parser.positionalArguments().first());
        return Result::Error;
    }

    EmulatorOptions &o = m_options;
    if (!parseListen(parser.value(listen), &m_address, &m_port)) {
        m_error = QStringLiteral("--listen expects host:port, e.g. 127.0.0.1:0 (got '%1')")
                          .arg(parser.value(listen));
        return Result::Error;
    }
    auto number = [&](const QCommandLineOption &option, double min, double max, double *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < min || value > max) {
            m_error = QStringLiteral("--%1 expects a number from %2 to %3 (got '%4')")
                              .arg(option.names().constLast())
                              .arg(min)
                              .arg(max)
                              .arg(parser.value(option));
            return false;
        }
        *out = value;
        return true;
    };
    double scale = o.timeScale;
    double cap = o.createCap;
    double desktopQuota = o.desktopQuota;
    double lifetime = o.tokenLifetimeSeconds;
    double latencyMs = o.latencyMs;
    double generated = o.desktops;
    if (!number(timeScale, 0, 1000, &scale) || !number(createCap, 1, 1000, &cap)
        || !number(quota, 0, 100000, &desktopQuota)
        || !number(tokenLifetime, 1, 10 * 365 * 86400.0, &lifetime)
        || !number(failRate, 0, 1, &o.failRate) || !number(resetRate, 0, 1, &o.resetRate)
        || !number(lostRate, 0, 1, &o.lostRate) || !number(subJobFailRate, 0, 1, &o.subJobFailRate)
        || !number(rps, 0, 1000000, &o.rps) || !number(latency, 0, 600000, &latencyMs)
        || !number(desktops, 0, 1000000, &generated))
        return Result::Error;
    o.timeScale = scale;
    o.createCap = static_cast<int>(cap);
    o.desktopQuota = static_cast<int>(desktopQuota);
    o.tokenLifetimeSeconds = static_cast<int>(lifetime);
    o.latencyMs = static_cast<int>(latencyMs);
    o.desktops = static_cast<int>(generated);
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            m_error = QStringLiteral("--seed expects a non-negative integer (got '%1')")
                              .arg(parser.value(seed));
            return Result::Error;
        }
    }
    if (parser.isSet(domainType)) {
        const QString type = parser.value(domainType);
        if (type != QLatin1String("LITE_AS") && type != QLatin1String("LOCAL_AD")) {
            m_error = QStringLiteral("--domain-type expects LITE_AS or LOCAL_AD (got '%1')")
                              .arg(type);
            return Result::Error;
        }
        o.domainType = type;
    }
    if (parser.isSet(projectId)) {
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        if (!idPattern.match(parser.value(projectId)).hasMatch()) {
            m_error = QStringLiteral("--project-id expects 1-64 letters, digits, '_' or '-'");
            return Result::Error;
        }
        o.projectId = parser.value(projectId);
    }
    if (parser.isSet(ak) != parser.isSet(sk)) {
        m_error = QStringLiteral("--ak and --sk go together");
        return Result::Error;
    }
    if (parser.isSet(tempAk) && (!parser.isSet(tempSk) || !parser.isSet(securityToken))) {
        m_error = QStringLiteral("--temp-ak needs --temp-sk and --security-token");
        return Result::Error;
    }
    auto text = [&](const QCommandLineOption &option, QString *out) {
        if (parser.isSet(option))
            *out = parser.value(option);
    };
    text(ak, &o.accessKey);
    text(sk, &o.secretKey);
    text(tempAk, &o.tempAccessKey);
    text(tempSk, &o.tempSecretKey);
    text(securityToken, &o.securityToken);
    text(user, &o.userName);
    text(password, &o.password);
    text(domain, &o.domainName);
    text(region, &o.region);
    text(state, &o.stateFile);
    o.empty = parser.isSet(empty);
    o.verbose = parser.isSet(verbose);
    for (const QString *value :
         {&o.accessKey, &o.secretKey, &o.userName, &o.password, &o.domainName, &o.region}) {
        if (value->isEmpty()) {
            m_error = QStringLiteral("credentials, user, domain and region must not be empty");
            return Result::Error;
        }
    }
    return Result::Run;
}

} // namespace wsemu
