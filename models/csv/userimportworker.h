#pragma once

#include "userimportrequest.h"
#include "userimportresult.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace wsc {

/**
 * Runs UserImport::run() on a worker thread so that 100 000 rows never freeze the window:
 * reports progress, can be cancelled, and delivers the result in the owner's thread. Starting a
 * new import cancels the running one; only the newest import's result is delivered.
 */
class UserImportWorker : public QObject
{
    Q_OBJECT
public:
    explicit UserImportWorker(QObject *parent = nullptr);
    ~UserImportWorker() override; ///< cancels and waits for the thread

    void start(const UserImportRequest &request);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void started();
    /** @p perMille from 0 to 1000. */
    void progressChanged(int perMille);
    /** The import is done (or cancelled: result.cancelled). */
    void finished(const UserImportResult &result);

private:
    void stopThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};

} // namespace wsc
