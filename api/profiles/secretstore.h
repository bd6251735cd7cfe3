#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace wsc {

/**
 * Keeps secrets (SK, security tokens, passwords) in the OS keychain through QtKeychain, never in
 * settings, files or logs. Every operation is asynchronous (no nested event loop). Where no
 * keychain service runs (tests, CI, a bare X server) it keeps them in memory for this run only:
 * isPersistent() turns false and persistenceChanged() tells the UI to say so.
 */
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend {
        Auto,  ///< the OS keychain, falling back to memory when none answers
        Memory ///< memory only (tests, WSC_SECRET_STORE=memory)
    };
    Q_ENUM(Backend)

    using WriteCallback = std::function<void(bool ok, const QString &error)>;
    using ReadCallback
            = std::function<void(bool found, const QString &value, const QString &error)>;

    /** @p service names the keychain entries' service ("Workspace Console"). */
    explicit SecretStore(const QString &service, Backend backend = Backend::Auto,
                         QObject *parent = nullptr);
    ~SecretStore() override;

    /** Auto unless the environment variable WSC_SECRET_STORE is "memory". */
    static Backend backendFromEnvironment();

    /** False while secrets live in memory only (no keychain, or asked for memory). */
    bool isPersistent() const { return m_persistent; }
    /** True once the keychain answered (or the backend is Memory). */
    bool isProbed() const { return m_probed; }
    /** Why the keychain is not used, when it is not (QtKeychain's message). */
    QString fallbackReason() const { return m_fallbackReason; }
    QString service() const { return m_service; }

    /** Asks the keychain whether it answers; persistenceChanged() or probed() follows. */
    void probe();

    /** Stores @p value under @p key; an empty value removes the entry. */
    void write(const QString &key, const QString &value, QObject *context = nullptr,
               WriteCallback done = {});
    /** Reads @p key; found is false when there is no such entry. Always answers later. */
    void read(const QString &key, QObject *context, ReadCallback done);
    void remove(const QString &key, QObject *context = nullptr, WriteCallback done = {});

    /** Keychain jobs not finished yet (writes in flight when the app quits are lost). */
    int pendingJobs() const { return m_pending; }

signals:
    void persistenceChanged(bool persistent);
    void probed(bool persistent);
    /** All jobs finished (for tests and a clean quit). */
    void idle();

private:
    /** @p done, called only while @p context (when given) lives: callers may go first. */
    static WriteCallback guarded(QObject *context, WriteCallback done);
    /** Without a keychain the write is done in memory: answers @p finish later, as a job would. */
    bool finishedInMemory(const WriteCallback &finish);
    void startJob(QKeychain::Job *job, std::function<void(QKeychain::Job *)> handle);
    /** True (and switched to memory) when @p job failed because no keychain answers. */
    bool fallBackIfUnavailable(QKeychain::Job *job);
    void jobDone();

    QString m_service;
    Backend m_backend;
    bool m_persistent = true;
    bool m_probed = false;
    QString m_fallbackReason;
    // The session's view of the secrets: written at once, so reads in this run never wait
    // for (or depend on) the keychain write that follows.
    QHash<QString, QString> m_memory;
    QHash<QString, bool> m_removed;
    int m_pending = 0;
};

} // namespace wsc
