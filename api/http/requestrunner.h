#pragma once

#include "apierror.h"
#include "httpresult.h"
#include "rategovernor.h"
#include "requestspec.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkReply;

namespace wsc {

class ApiTransport;
class RawHttpExchange;

/**
 * Runs one RequestSpec through an ApiTransport: resolves the project, gets a token, waits for the
 * rate governor, signs, sends, reads the reply under a size cap and a deadline, classifies the
 * failure and retries as the spec allows. Calls back exactly once unless destroyed first.
 */
class RequestRunner : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiError &, const HttpResult &)>;

    RequestRunner(ApiTransport *transport, const RequestSpec &spec, Callback done,
                  QObject *parent = nullptr);
    ~RequestRunner() override;

    void start();
    /** Cancels: the callback gets ApiError::Kind::Cancelled (synchronously). */
    void abort();
    /** Instead of start(): reports @p error from the event loop (an unusable configuration). */
    void failLater(const ApiError &error);
    int attempts() const { return m_attempts; }

private:
    void beginAttempt();
    void afterProject();
    void afterToken();
    void send();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onRawFinished();
    void handleResponse(int status, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers);
    ApiError classifyNetworkError(int error, const QString &text) const;
    void handleFailure(const ApiError &error);
    void complete(const ApiError &error, const HttpResult &result);
    void abortReply();
    void releaseSlot();

    QPointer<ApiTransport> m_transport;
    RequestSpec m_spec;
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QPointer<RawHttpExchange> m_raw;
    QByteArray m_buffer;
    std::optional<RateGovernor::Ticket> m_ticket;
    bool m_holdingSlot = false;
    bool m_userAborted = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_tokenRenewed = false;
    bool m_finished = false;
    int m_attempts = 0;
    QTimer m_deadline;
    QTimer m_retryTimer;
};

} // namespace wsc
