#include "unixsignalwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace wsemu {

namespace {
// One pipe per process: signal handlers cannot reach an object.
int g_pipe[2] = {-1, -1};
} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        g_pipe[0] = g_pipe[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPipe);
}

UnixSignalWatcher::~UnixSignalWatcher() = default;

bool UnixSignalWatcher::watch(int signalNumber)
{
    if (g_pipe[0] < 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = &UnixSignalWatcher::handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(signalNumber, &action, nullptr) == 0;
}

void UnixSignalWatcher::handler(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    // write() is async-signal-safe; nothing else is done here.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}

void UnixSignalWatcher::readPipe()
{
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        emit signalled(static_cast<int>(byte));
}

} // namespace wsemu
