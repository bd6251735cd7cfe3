#include "emulator.h"

#include "authverifier.h"
#include "catalog.h"
#include "emulatorclock.h"
#include "faultinjector.h"
#include "httpfrontend.h"
#include "jobengine.h"
#include "requestpipeline.h"
#include "requeststats.h"
#include "servicecontext.h"
#include "statestore.h"
#include "tokenservice.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTcpServer>

namespace wsemu {

namespace {

QByteArray tokenKey(const EmulatorOptions &o)
{
    // Derived from the configured credentials so that no key is stored anywhere and tokens
    // stay valid across restarts with the same settings.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {QStringLiteral("wsemu-token-v1"), o.secretKey, o.password,
                                o.userName, o.domainName, o.projectId})
        hash.addData(QByteArray(part.toUtf8() + '\0'));
    return hash.result();
}

} // namespace

Emulator::Emulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<EmulatorClock>())
    , m_catalog(std::make_unique<Catalog>(options.projectId, options.domainType))
    , m_tokens(std::make_unique<TokenService>(tokenKey(options)))
    , m_auth(std::make_unique<AuthVerifier>(m_clock.get(), m_tokens.get()))
    , m_faults(std::make_unique<FaultInjector>(options.seed))
    , m_stats(std::make_unique<RequestStats>())
    , m_state(new StateStore(this))
    , m_jobs(nullptr)
{
    m_auth->setCredentials(m_options.credentials());
    FaultInjector::Rates rates;
    rates.fail = options.failRate;
    rates.reset = options.resetRate;
    rates.lost = options.lostRate;
    rates.subJobFail = options.subJobFailRate;
    rates.rps = options.rps;
    rates.latencyMs = options.latencyMs;
    m_faults->setRates(rates);
    m_jobs = new JobEngine(m_state, m_faults.get(), m_clock.get(), this);
    m_jobs->setTimeScale(options.timeScale);

    ServiceContext context;
    context.options = &m_options;
    context.clock = m_clock.get();
    context.catalog = m_catalog.get();
    context.state = m_state;
    context.jobs = m_jobs;
    context.tokens = m_tokens.get();
    context.auth = m_auth.get();
    context.faults = m_faults.get();
    context.stats = m_stats.get();
    m_pipeline = std::make_unique<RequestPipeline>(context);
}

Emulator::~Emulator()
{
    stop();
}

bool Emulator::start(const QHostAddress &address, quint16 port)
{
    if (isRunning())
        return true;
    m_errorString.clear();
    if (!m_stateReady) {
        // First start: the state file wins over the seed.
        m_state->setFilePath(m_options.stateFile);
        bool loaded = false;
        QString error;
        if (!m_state->load(&loaded, &error)) {
            m_errorString = error;
            return false;
        }
        if (!loaded)
            m_state->resetToSeed(m_options.empty, m_clock->nowMs(), m_options.desktops);
        m_jobs->advance();
        m_stateReady = true;
    }
    auto *frontend = new HttpFrontend(
            [this](const ApiRequest &request) {
                QElapsedTimer timer;
                timer.start();
                const ApiOutcome outcome = m_pipeline->handle(request);
                const int status
                        = outcome.action == ApiOutcome::Action::Reset ? 0 : outcome.response.status;
                if (m_options.verbose) {
                    // Method, path and status only: never headers, bodies or query values.
                    qInfo("wsemu: %s %s -> %s (%lld ms)", request.method.constData(),
                          qPrintable(request.path),
                          status == 0 ? "reset" : qPrintable(QString::number(status)),
                          static_cast<long long>(timer.elapsed()));
                }
                emit requestHandled(QString::fromLatin1(request.method), request.path, status);
                return outcome;
            },
            this);
    const quint16 bound = frontend->listenGated(
            address, port, m_options.maxBodyBytes,
            [this](const ApiRequest &head) { return m_pipeline->preflight(head); });
    if (bound == 0) {
        m_errorString = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        delete frontend;
        return false;
    }
    m_frontend = frontend;
    m_address = address;
    m_port = bound;
    return true;
}

void Emulator::stop()
{
    if (m_frontend) {
        m_frontend->shutdown();
        m_frontend->deleteLater();
        m_frontend = nullptr;
        m_port = 0;
    }
    m_jobs->advance();
    QString error;
    if (!m_state->flush(&error))
        qWarning("wsemu: cannot save the state file: %s", qPrintable(error));
}

bool Emulator::isRunning() const
{
    return m_frontend != nullptr && m_port != 0;
}

QUrl Emulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

bool Emulator::saveState(QString *error)
{
    m_state->markDirty();
    return m_state->flush(error);
}

} // namespace wsemu
