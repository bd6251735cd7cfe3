#include "cliwait.h"

#include "clisignalwatcher.h"

#include "api/http/apicall.h"

#include <QEventLoop>

namespace wsc {

namespace CliWait {

bool run(QEventLoop &loop)
{
    CliSignalWatcher *watcher = CliSignalWatcher::instance();
    if (watcher && watcher->isInterrupted())
        return false;
    QMetaObject::Connection connection;
    if (watcher) {
        connection = QObject::connect(watcher, &CliSignalWatcher::interrupted, &loop,
                                      [&loop] { loop.exit(1); });
    }
    const int code = loop.exec();
    QObject::disconnect(connection);
    return code == 0;
}

bool call(ApiCall *call)
{
    if (call->isFinished())
        return true;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    if (run(loop))
        return true;
    call->abort();
    return false;
}

} // namespace CliWait

} // namespace wsc
