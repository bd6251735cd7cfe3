#pragma once

#include "apierror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace wsc {

/**
 * The handle of one asynchronous API call: wait for finished(), then read error() and, on a
 * TypedCall<T>, result(). abort() cancels it. finished() is always emitted from the event loop,
 * exactly once, never from inside the function that returned the call. The call belongs to the
 * context object given to the client (or the client): delete it (deleteLater) when done.
 */
class ApiCall : public QObject
{
    Q_OBJECT
public:
    explicit ApiCall(const QString &description, QObject *parent = nullptr);
    ~ApiCall() override;

    /** e.g. "GET /v2/{project_id}/desktops/detail"; no secrets. */
    QString description() const { return m_description; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    /** HTTP attempts made so far (retries included; all pages counted). */
    int attempts() const { return m_attempts; }

    /** Cancels the call; it finishes with ApiError::Kind::Cancelled unless already finished. */
    void abort();

    // For the client that drives the call.
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }
    void addAttempts(int n) { m_attempts += n; }
    void fail(const ApiError &error);

signals:
    void finished();
    /** Progress of multi-page calls: items read so far and the total the service announced. */
    void progress(qint64 done, qint64 total);

protected:
    /** Marks the call successful; the typed subclass stores its result first. */
    void succeedBase();

private:
    void deliver();

    QString m_description;
    ApiError m_error;
    std::function<void()> m_abortHandler;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_finishing = false;
};

} // namespace wsc
