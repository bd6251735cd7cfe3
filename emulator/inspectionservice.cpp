#include "inspectionservice.h"

#include "authverifier.h"
#include "catalog.h"
#include "emulatorclock.h"
#include "emulatoroptions.h"
#include "faultinjector.h"
#include "jobengine.h"
#include "jobview.h"
#include "requeststats.h"
#include "statestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace wsemu {

namespace {

QJsonObject countBy(const QStringList &values)
{
    QJsonObject counts;
    for (const QString &v : values)
        counts.insert(v, counts.value(v).toInt() + 1);
    return counts;
}

} // namespace

InspectionService::InspectionService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse InspectionService::handle(const ApiRequest &request) const
{
    const QString path = request.path;
    if (request.method == "GET" && path == QLatin1String("/_emulator/state"))
        return ApiResponse::json(200, state());
    if (request.method == "GET" && path == QLatin1String("/_emulator/health"))
        return ApiResponse::json(
                200, QJsonObject{{QStringLiteral("ok"), true},
                                 {QStringLiteral("project_id"), m_context.options->projectId}});
    if (request.method == "GET" && path == QLatin1String("/_emulator/desktops")) {
        QJsonArray desktops;
        for (const DesktopRecord &d : m_context.state->desktops())
            desktops.append(d.toJson());
        return ApiResponse::json(200,
                                 QJsonObject{{QStringLiteral("desktops"), desktops},
                                             {QStringLiteral("total_count"), desktops.size()}});
    }
    if (request.method == "GET" && path == QLatin1String("/_emulator/jobs")) {
        QJsonArray jobs;
        for (const JobRecord &j : m_context.state->jobs())
            jobs.append(JobView::job(j, m_context.options->projectId));
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("jobs"), jobs},
                                                  {QStringLiteral("total_count"), jobs.size()}});
    }
    if (request.method == "POST" && path == QLatin1String("/_emulator/config")) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!request.body.trimmed().isEmpty() && !document.isObject())
            return ApiResponse::error(400, QStringLiteral("EMU.0001"),
                                      QStringLiteral("The body must be a JSON object."));
        const QString problem = configure(document.object());
        if (!problem.isEmpty())
            return ApiResponse::error(400, QStringLiteral("EMU.0001"), problem);
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("config"), config()}});
    }
    if (request.method == "POST" && path == QLatin1String("/_emulator/reset")) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        reset(body.value(QStringLiteral("empty")).toBool(m_context.options->empty));
        return ApiResponse::json(200, state());
    }
    return ApiResponse::error(404, QStringLiteral("EMU.0404"),
                              QStringLiteral("Unknown inspection route %1 %2")
                                      .arg(QString::fromLatin1(request.method), path));
}

QJsonObject InspectionService::state() const
{
    m_context.jobs->advance();
    const StateStore &store = *m_context.state;
    QStringList statuses;
    QStringList attachStates;
    QJsonObject names;
    QJsonObject perUser;
    for (const DesktopRecord &d : store.desktops()) {
        statuses.append(d.status.isEmpty() ? QStringLiteral("(empty)") : d.status);
        attachStates.append(d.attachState);
        const QString key = d.computerName.toLower();
        names.insert(key, names.value(key).toInt() + 1);
        if (!d.userName.isEmpty())
            perUser.insert(d.userName, perUser.value(d.userName).toInt() + 1);
    }
    QJsonObject created;
    for (auto it = store.createdComputerNames().cbegin(); it != store.createdComputerNames().cend();
         ++it)
        created.insert(it.key(), it.value());
    QStringList jobStatuses;
    QStringList jobTypes;
    for (const JobRecord &j : store.jobs()) {
        jobStatuses.append(j.status);
        jobTypes.append(j.jobType);
    }
    return QJsonObject{
            {QStringLiteral("project_id"), m_context.options->projectId},
            {QStringLiteral("now"), EmulatorClock::isoMs(m_context.clock->nowMs())},
            {QStringLiteral("desktops"),
             QJsonObject{{QStringLiteral("total"), store.desktops().size()},
                         {QStringLiteral("by_status"), countBy(statuses)},
                         {QStringLiteral("by_attach_state"), countBy(attachStates)}}},
            {QStringLiteral("users"), store.users().size()},
            {QStringLiteral("jobs"),
             QJsonObject{{QStringLiteral("total"), store.jobs().size()},
                         {QStringLiteral("by_status"), countBy(jobStatuses)},
                         {QStringLiteral("by_type"), countBy(jobTypes)}}},
            {QStringLiteral("computer_names"), names},
            {QStringLiteral("created_computer_names"), created},
            {QStringLiteral("desktops_per_user"), perUser},
            {QStringLiteral("requests"), m_context.stats->toJson()},
            {QStringLiteral("last_auth"), m_context.stats->lastAuth().toJson()},
            {QStringLiteral("config"), config()},
    };
}

QJsonObject InspectionService::config() const
{
    const EmulatorOptions &o = *m_context.options;
    QJsonObject clock{
            {QStringLiteral("fixed"), m_context.clock->isFixed()},
            {QStringLiteral("offset_ms"), static_cast<double>(m_context.clock->offsetMs())}};
    QJsonObject object = m_context.faults->toJson();
    object.insert(QStringLiteral("clock"), clock);
    object.insert(QStringLiteral("ak"), o.accessKey);
    // Secrets are never echoed.
    object.insert(QStringLiteral("sk_set"), !o.secretKey.isEmpty());
    object.insert(QStringLiteral("temp_ak"), o.tempAccessKey);
    object.insert(QStringLiteral("time_scale"), m_context.jobs->timeScale());
    object.insert(QStringLiteral("create_cap"), o.createCap);
    object.insert(QStringLiteral("desktop_quota"), o.desktopQuota);
    object.insert(QStringLiteral("token_lifetime"), o.tokenLifetimeSeconds);
    object.insert(QStringLiteral("domain_type"), o.domainType);
    return object;
}

QString InspectionService::configure(const QJsonObject &settings) const
{
    static const QStringList known{QStringLiteral("clock"),
                                   QStringLiteral("ak"),
                                   QStringLiteral("sk"),
                                   QStringLiteral("temp_ak"),
                                   QStringLiteral("temp_sk"),
                                   QStringLiteral("security_token"),
                                   QStringLiteral("fail_rate"),
                                   QStringLiteral("reset_rate"),
                                   QStringLiteral("lost_rate"),
                                   QStringLiteral("subjob_fail_rate"),
                                   QStringLiteral("rps"),
                                   QStringLiteral("latency_ms"),
                                   QStringLiteral("seed"),
                                   QStringLiteral("time_scale"),
                                   QStringLiteral("create_cap"),
                                   QStringLiteral("desktop_quota"),
                                   QStringLiteral("token_lifetime")};
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("Unknown setting '%1'. Known: %2")
                    .arg(it.key(), known.join(QStringLiteral(", ")));
    }
    // Everything is checked first and applied after, so a bad setting changes nothing.
    auto number = [&settings](const QString &key, double min, double max, double *out) {
        if (!settings.contains(key))
            return true;
        const QJsonValue value = settings.value(key);
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max)
            return false;
        *out = value.toDouble();
        return true;
    };
    EmulatorOptions next = *m_context.options;
    double latency = next.latencyMs;
    double cap = next.createCap;
    double quota = next.desktopQuota;
    double lifetime = next.tokenLifetimeSeconds;
    struct Check
    {
        const char *key;
        double min;
        double max;
        double *target;
    };
    const Check checks[] = {
            {"fail_rate", 0, 1, &next.failRate},
            {"reset_rate", 0, 1, &next.resetRate},
            {"lost_rate", 0, 1, &next.lostRate},
            {"subjob_fail_rate", 0, 1, &next.subJobFailRate},
            {"rps", 0, 1e6, &next.rps},
            {"time_scale", 0, 1000, &next.timeScale},
            {"latency_ms", 0, 600000, &latency},
            {"create_cap", 1, 1000, &cap},
            {"desktop_quota", 0, 100000, &quota},
            {"token_lifetime", 1, 10 * 365 * 86400.0, &lifetime},
    };
    for (const Check &check : checks) {
        if (!number(QString::fromLatin1(check.key), check.min, check.max, check.target))
            return QStringLiteral("%1 must be a number from %2 to %3")
                    .arg(QString::fromLatin1(check.key))
                    .arg(check.min)
                    .arg(check.max);
    }
    bool reseed = false;
    if (settings.contains(QStringLiteral("seed"))) {
        const QJsonValue seed = settings.value(QStringLiteral("seed"));
        bool ok = false;
        if (seed.isString())
            next.seed = seed.toString().toULongLong(&ok);
        else if (seed.isDouble() && seed.toDouble() >= 0 && seed.toDouble() < 1.8e19) {
            next.seed = static_cast<quint64>(seed.toDouble());
            ok = true;
        }
        if (!ok)
            return QStringLiteral("seed must be a non-negative integer");
        reseed = true;
    }
    for (const auto &[key, target] : {std::pair<const char *, QString *>{"ak", &next.accessKey},
                                      {"sk", &next.secretKey},
                                      {"temp_ak", &next.tempAccessKey},
                                      {"temp_sk", &next.tempSecretKey},
                                      {"security_token", &next.securityToken}}) {
        const QString name = QString::fromLatin1(key);
        if (!settings.contains(name))
            continue;
        if (!settings.value(name).isString())
            return QStringLiteral("%1 must be a string").arg(name);
        *target = settings.value(name).toString();
    }
    if (next.accessKey.isEmpty() || next.secretKey.isEmpty())
        return QStringLiteral("ak and sk must not be empty");
    QDateTime fixedClock;
    qint64 clockOffset = 0;
    enum class ClockChange { None, Fixed, Offset, Real } clockChange = ClockChange::None;
    if (settings.contains(QStringLiteral("clock"))) {
        const QJsonObject clock = settings.value(QStringLiteral("clock")).toObject();
        if (clock.contains(QStringLiteral("fixed"))) {
            fixedClock = QDateTime::fromString(clock.value(QStringLiteral("fixed")).toString(),
                                               Qt::ISODateWithMs);
            if (!fixedClock.isValid())
                return QStringLiteral(
                        "clock.fixed must be an ISO 8601 date-time, e.g. 2026-11-23T05:01:02Z");
            clockChange = ClockChange::Fixed;
        } else if (clock.value(QStringLiteral("offset_ms")).isDouble()) {
            // Casting a double outside qint64 is undefined; ±100 years is plenty for any test.
            const double offset = clock.value(QStringLiteral("offset_ms")).toDouble();
            constexpr double limit = 100.0 * 366 * 24 * 3600 * 1000;
            if (!(offset >= -limit && offset <= limit))
                return QStringLiteral("clock.offset_ms must be within ±100 years");
            clockOffset = static_cast<qint64>(offset);
            clockChange = ClockChange::Offset;
        } else if (clock.value(QStringLiteral("real")).toBool()) {
            clockChange = ClockChange::Real;
        } else {
            return QStringLiteral("clock needs one of fixed, offset_ms (a number) or real: true");
        }
    }

    next.latencyMs = static_cast<int>(latency);
    next.createCap = static_cast<int>(cap);
    next.desktopQuota = static_cast<int>(quota);
    next.tokenLifetimeSeconds = static_cast<int>(lifetime);
    *m_context.options = next;
    m_context.auth->setCredentials(next.credentials());
    FaultInjector::Rates rates;
    rates.fail = next.failRate;
    rates.reset = next.resetRate;
    rates.lost = next.lostRate;
    rates.subJobFail = next.subJobFailRate;
    rates.rps = next.rps;
    rates.latencyMs = next.latencyMs;
    m_context.faults->setRates(rates);
    if (reseed)
        m_context.faults->reseed(next.seed);
    m_context.jobs->setTimeScale(next.timeScale);
    switch (clockChange) {
    case ClockChange::Fixed:
        m_context.clock->setFixed(fixedClock);
        break;
    case ClockChange::Offset:
        m_context.clock->setOffsetMs(clockOffset);
        break;
    case ClockChange::Real:
        m_context.clock->setReal();
        break;
    case ClockChange::None:
        break;
    }
    return {};
}

void InspectionService::reset(bool empty) const
{
    m_context.state->resetToSeed(empty, m_context.clock->nowMs(), m_context.options->desktops);
    m_context.stats->reset();
    m_context.faults->reseed(m_context.options->seed);
}

} // namespace wsemu
