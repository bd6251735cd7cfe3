#include "cliprogress.h"

#include "clitr.h"

#include <QTextStream>

#include <sys/ioctl.h>
#include <unistd.h>

namespace wsc {

namespace {

constexpr int kTerminalRedrawMs = 100;
constexpr int kPlainLineMs = 1000;

QString elapsed(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2")
            .arg(s / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CliProgress::CliProgress(QTextStream &out, bool terminal)
    : m_out(out)
    , m_terminal(terminal)
{
    m_clock.start();
}

bool CliProgress::isTerminal(int fd)
{
    const QByteArray forced = qgetenv("WSCTL_PROGRESS");
    if (forced == "tty")
        return true;
    if (forced == "plain")
        return false;
    return ::isatty(fd) == 1;
}

int CliProgress::terminalColumns()
{
    struct winsize size = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 20 ? columns : 80;
}

QString CliProgress::bar(int percent, int width)
{
    const int filled = qBound(0, percent, 100) * width / 100;
    return QLatin1Char('[') + QString(filled, QLatin1Char('#'))
           + QString(width - filled, QLatin1Char('-')) + QLatin1Char(']');
}

QString CliProgress::describe(const Counts &c)
{
    QStringList parts;
    parts << CliTr::tr("%1/%2 done").arg(c.succeeded + c.failed + c.cancelled).arg(c.total);
    if (c.failed > 0)
        parts << CliTr::tr("%n failed", nullptr, c.failed);
    if (c.running > 0)
        parts << CliTr::tr("%n running", nullptr, c.running);
    if (c.pending > 0)
        parts << CliTr::tr("%n waiting to be sent", nullptr, c.pending);
    if (c.cancelled > 0)
        parts << CliTr::tr("%n cancelled", nullptr, c.cancelled);
    if (!c.note.isEmpty())
        parts << c.note;
    return parts.join(CliTr::tr(", "));
}

void CliProgress::update(const Counts &counts, bool force)
{
    const qint64 now = m_clock.elapsed();
    const QString text = describe(counts);
    if (m_terminal) {
        if (!force && m_lastDraw >= 0 && now - m_lastDraw < kTerminalRedrawMs)
            return;
        m_lastDraw = now;
        QString line = QStringLiteral("%1 %2 %3% %4  %5")
                               .arg(counts.label, bar(counts.percent, 24))
                               .arg(counts.percent, 3)
                               .arg(text, elapsed(now));
        // A line wider than the terminal wraps, and "\r" would then redraw only its end.
        const int columns = terminalColumns();
        if (line.size() >= columns)
            line = line.left(columns - 2) + QStringLiteral("…");
        // Clear what a longer previous line left behind.
        const int width = static_cast<int>(line.size());
        if (width < m_lastWidth)
            line += QString(m_lastWidth - width, QLatin1Char(' '));
        m_lastWidth = width;
        m_out << '\r' << line;
        m_out.flush();
        m_lineOpen = true;
        return;
    }
    if (text == m_lastText && !force)
        return;
    if (!force && m_lastDraw >= 0 && now - m_lastDraw < kPlainLineMs)
        return;
    m_lastDraw = now;
    m_lastText = text;
    m_out << QStringLiteral("[%1] %2: %3% (%4)\n")
                     .arg(elapsed(now), counts.label)
                     .arg(counts.percent)
                     .arg(text);
    m_out.flush();
}

void CliProgress::finish(const Counts &counts)
{
    // The final state is always shown, once: in a plain log, a last line that says it already
    // is not repeated.
    if (m_terminal || m_lastDraw < 0 || describe(counts) != m_lastText)
        update(counts, true);
    if (m_terminal && m_lineOpen) {
        m_out << '\n';
        m_out.flush();
        m_lineOpen = false;
    }
}

void CliProgress::message(const QString &text)
{
    if (m_terminal && m_lineOpen) {
        m_out << '\n';
        m_lineOpen = false;
    }
    m_out << text << '\n';
    m_out.flush();
}

} // namespace wsc
