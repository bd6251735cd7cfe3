#include "answerlater.h"

#include <QMetaObject>
#include <QPointer>

namespace wsc {

void AnswerLater::ok(QObject *receiver, QObject *context,
                     std::function<void(const ApiError &)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
            receiver,
            [guard, done = std::move(done)] {
                if (guard)
                    done({});
            },
            Qt::QueuedConnection);
}

} // namespace wsc
