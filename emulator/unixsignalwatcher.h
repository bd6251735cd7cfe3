#pragma once

#include <QObject>

class QSocketNotifier;

namespace wsemu {

// The async-signal-safe handler only writes one byte; the notifier delivers it in the event loop.
/** Turns SIGINT/SIGTERM into a Qt signal (self-pipe and QSocketNotifier). */
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    /** Starts catching `signalNumber`; false when the pipe or the handler cannot be set up. */
    bool watch(int signalNumber);

signals:
    void signalled(int signalNumber);

private:
    static void handler(int signalNumber);
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wsemu
