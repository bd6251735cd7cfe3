#include "clisignalwatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace wsc {

namespace {

int g_pipe[2] = {-1, -1};
CliSignalWatcher *g_instance = nullptr;
// Set by the handler itself: work that runs without the event loop (validating a million rows)
// polls it, since the pipe is only read when the loop runs.
volatile std::sig_atomic_t g_received = 0;

extern "C" void onSignal(int signal)
{
    // Only async-signal-safe calls here: write the signal number and return.
    const int saved = errno;
    g_received = 1;
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

} // namespace

CliSignalWatcher::CliSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_instance || ::pipe(g_pipe) != 0)
        return;
    for (const int fd : g_pipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    g_instance = this;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CliSignalWatcher::readPipe);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

CliSignalWatcher::~CliSignalWatcher()
{
    if (g_instance != this)
        return;
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    g_instance = nullptr;
}

CliSignalWatcher *CliSignalWatcher::instance()
{
    return g_instance;
}

bool CliSignalWatcher::interruptRequested()
{
    return g_received != 0;
}

void CliSignalWatcher::readPipe()
{
    unsigned char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1) {
        ++m_count;
        emit interrupted(byte, m_count);
    }
}

} // namespace wsc
