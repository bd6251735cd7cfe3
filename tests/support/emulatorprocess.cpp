#include "emulatorprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

EmulatorProcess::EmulatorProcess() = default;

EmulatorProcess::~EmulatorProcess()
{
    kill();
}

QString EmulatorProcess::executable()
{
    return QStringLiteral(WSC_WSEMU_PATH);
}

bool EmulatorProcess::start(const QStringList &args, int timeoutMs)
{
    kill();
    m_error.clear();
    m_firstLine.clear();
    m_stderr.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executable());
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                            + args);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process->errorString());
        return false;
    }
    // Test support only: a blocking wait for the first line is the simplest correct thing here.
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            m_stderr += m_process->readAllStandardError();
            m_error = QStringLiteral("wsemu did not print its first line (exit code %1): %2")
                              .arg(m_process->exitCode())
                              .arg(QString::fromUtf8(m_stderr));
            kill();
            return false;
        }
        m_process->waitForReadyRead(
                static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        out += m_process->readAllStandardOutput();
    }
    m_firstLine = QString::fromUtf8(out.left(out.indexOf('\n')));
    static const QRegularExpression pattern(
            QStringLiteral("^wsemu listening on (http://\\S+) project_id=(\\S+)$"));
    const QRegularExpressionMatch match = pattern.match(m_firstLine);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: %1").arg(m_firstLine);
        kill();
        return false;
    }
    m_baseUrl = QUrl(match.captured(1));
    m_projectId = match.captured(2);
    return true;
}

qint64 EmulatorProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool EmulatorProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

int EmulatorProcess::stop(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate(); // SIGTERM
        if (!m_process->waitForFinished(timeoutMs)) {
            kill();
            return -1;
        }
    }
    m_stderr += m_process->readAllStandardError();
    const int code = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process.reset();
    return code;
}

void EmulatorProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

QByteArray EmulatorProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

QJsonObject EmulatorProcess::jobs(int timeoutMs)
{
    return call("GET", QStringLiteral("/_emulator/jobs"), {}, timeoutMs);
}

QJsonObject EmulatorProcess::state(int timeoutMs)
{
    return call("GET", QStringLiteral("/_emulator/state"), {}, timeoutMs);
}

int EmulatorProcess::requestCount(const QString &route, const QString &status, int timeoutMs)
{
    const QJsonObject statuses = state(timeoutMs)
                                         .value(QStringLiteral("requests"))
                                         .toObject()
                                         .value(QStringLiteral("by_route"))
                                         .toObject()
                                         .value(route)
                                         .toObject();
    if (!status.isEmpty())
        return statuses.value(status).toInt();
    int n = 0;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        n += it.value().toInt();
    return n;
}

QJsonObject EmulatorProcess::configure(const QJsonObject &settings, int timeoutMs)
{
    return call("POST", QStringLiteral("/_emulator/config"),
                QJsonDocument(settings).toJson(QJsonDocument::Compact), timeoutMs);
}

QJsonObject EmulatorProcess::reset(bool empty, int timeoutMs)
{
    return call("POST", QStringLiteral("/_emulator/reset"),
                QJsonDocument(QJsonObject{{QStringLiteral("empty"), empty}})
                        .toJson(QJsonDocument::Compact),
                timeoutMs);
}

QJsonObject EmulatorProcess::call(const QByteArray &method, const QString &path,
                                  const QByteArray &body, int timeoutMs)
{
    if (!isRunning())
        return {};
    QNetworkAccessManager manager;
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    // A local event loop is acceptable in test support (never in product code).
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}
