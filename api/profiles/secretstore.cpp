#include "secretstore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace wsc {

SecretStore::SecretStore(const QString &service, Backend backend, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_backend(backend)
{
    if (backend == Backend::Memory) {
        m_persistent = false;
        m_probed = true;
        m_fallbackReason = tr("Memory-only storage was requested.");
    }
}

SecretStore::~SecretStore() = default;

SecretStore::Backend SecretStore::backendFromEnvironment()
{
    return qEnvironmentVariable("WSC_SECRET_STORE")
                                   .compare(QLatin1String("memory"), Qt::CaseInsensitive)
                           == 0
                   ? Backend::Memory
                   : Backend::Auto;
}

void SecretStore::probe()
{
    if (!m_persistent) {
        QTimer::singleShot(0, this, [this] { emit probed(false); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(QStringLiteral("wsconsole-probe"));
    startJob(job, [this](QKeychain::Job *j) {
        fallBackIfUnavailable(j);
        m_probed = true;
        emit probed(m_persistent);
    });
}

void SecretStore::write(const QString &key, const QString &value, QObject *context,
                        WriteCallback done)
{
    if (value.isEmpty()) {
        remove(key, context, std::move(done));
        return;
    }
    m_memory.insert(key, value);
    m_removed.remove(key);
    const WriteCallback finish = guarded(context, std::move(done));
    if (finishedInMemory(finish))
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    startJob(job, [this, finish](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || fallBackIfUnavailable(j))
            finish(true, QString()); // kept in memory for this run when the keychain is gone
        else
            finish(false, j->errorString());
    });
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    auto finish = [guard, done](bool found, const QString &value, const QString &error) {
        if (guard && done)
            done(found, value, error);
    };
    if (m_memory.contains(key) || m_removed.contains(key) || !m_persistent) {
        const bool found = m_memory.contains(key);
        const QString value = m_memory.value(key);
        QTimer::singleShot(0, this, [finish, found, value] { finish(found, value, QString()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    startJob(job, [this, key, finish](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            const QString value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            m_memory.insert(key, value);
            finish(true, value, QString());
        } else if (j->error() == QKeychain::EntryNotFound || fallBackIfUnavailable(j)) {
            finish(false, QString(), QString());
        } else {
            finish(false, QString(), j->errorString());
        }
    });
}

void SecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    m_memory.remove(key);
    m_removed.insert(key, true);
    const WriteCallback finish = guarded(context, std::move(done));
    if (finishedInMemory(finish))
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    startJob(job, [this, finish](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound
                        || fallBackIfUnavailable(j);
        finish(ok, ok ? QString() : j->errorString());
    });
}

SecretStore::WriteCallback SecretStore::guarded(QObject *context, WriteCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, done = std::move(done)](bool ok, const QString &error) {
        if (done && (!hasContext || guard))
            done(ok, error);
    };
}

bool SecretStore::finishedInMemory(const WriteCallback &finish)
{
    if (m_persistent)
        return false;
    QTimer::singleShot(0, this, [finish] { finish(true, QString()); });
    return true;
}

void SecretStore::startJob(QKeychain::Job *job, std::function<void(QKeychain::Job *)> handle)
{
    // Never the plain-text fallback QtKeychain offers: it writes secrets into a settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setParent(this);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, handle](QKeychain::Job *j) {
        handle(j);
        jobDone();
    });
    job->start();
}

bool SecretStore::fallBackIfUnavailable(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    default:
        return false;
    }
    if (m_persistent) {
        m_persistent = false;
        // QtKeychain says "Unknown error" when no D-Bus session or Secret Service answers at all:
        // name what is missing instead.
        const QString reason = job->errorString().trimmed();
        m_fallbackReason = reason.isEmpty()
                                           || reason.compare(QLatin1String("Unknown error"),
                                                             Qt::CaseInsensitive)
                                                      == 0
                                   ? tr("no Secret Service (GNOME Keyring, KWallet) answers on "
                                        "the D-Bus session bus")
                                   : reason;
        emit persistenceChanged(false);
    }
    return true;
}

void SecretStore::jobDone()
{
    if (--m_pending == 0)
        emit idle();
}

} // namespace wsc
