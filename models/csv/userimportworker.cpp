#include "userimportworker.h"

#include "userimport.h"

#include <QMetaObject>
#include <QThread>

namespace wsc {

UserImportWorker::UserImportWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<UserImportResult>();
}

UserImportWorker::~UserImportWorker()
{
    stopThread();
}

void UserImportWorker::stopThread()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void UserImportWorker::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void UserImportWorker::start(const UserImportRequest &request)
{
    stopThread();
    const quint64 generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    QPointer<UserImportWorker> self(this);

    // The thread function only touches its own copies and the shared cancel flag; results go
    // back through queued invocations, which are dropped if a newer import has started.
    m_thread = QThread::create([self, request, cancelFlag, generation]() {
        int lastReported = -1;
        const CsvProgress progress = [&](qint64 done, qint64 total) {
            if (cancelFlag->load())
                return false;
            const int perMille = total > 0 ? int(done * 1000 / total) : 0;
            if (perMille >= lastReported + 10) {
                lastReported = perMille;
                QMetaObject::invokeMethod(
                        self,
                        [self, perMille, generation]() {
                            if (self && self->m_generation == generation)
                                emit self->progressChanged(perMille);
                        },
                        Qt::QueuedConnection);
            }
            return true;
        };
        UserImportResult result = UserImport::run(request, progress);
        if (cancelFlag->load())
            result.cancelled = true;
        QMetaObject::invokeMethod(
                self,
                [self, result = std::move(result), generation]() {
                    if (!self || self->m_generation != generation)
                        return;
                    // The thread has returned from its function; wait() is immediate.
                    if (self->m_thread) {
                        self->m_thread->wait();
                        delete self->m_thread;
                        self->m_thread = nullptr;
                    }
                    emit self->finished(result);
                },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("UserImportWorker"));
    m_thread->start();
    emit started();
}

} // namespace wsc
