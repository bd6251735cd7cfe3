#pragma once

#include <QObject>

class QSocketNotifier;

namespace wsc {

/**
 * Turns SIGINT and SIGTERM into a Qt signal through a self-pipe (the handler only writes one
 * byte), so that a long command stops sending, lets requests in flight settle and exits with
 * the journal consistent. One per process; commands reach it through instance().
 */
class CliSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CliSignalWatcher(QObject *parent = nullptr);
    ~CliSignalWatcher() override;

    /** The watcher of this process, or nullptr when none was made (unit tests). */
    static CliSignalWatcher *instance();

    /**
     * True as soon as a signal arrived, even while the event loop does not run: long checks that
     * run without it (reading and validating a big CSV) poll this to stop within a second.
     */
    static bool interruptRequested();

    /** True once a signal arrived. */
    bool isInterrupted() const { return m_count > 0; }
    /** Signals received so far (a second Ctrl-C means "stop now"). */
    int count() const { return m_count; }

signals:
    /** SIGINT or SIGTERM arrived; @p count is 1 for the first one. */
    void interrupted(int signal, int count);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace wsc
