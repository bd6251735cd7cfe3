#pragma once

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace wsc {

/**
 * The progress of running batches on a terminal: one line redrawn in place with a bar when the
 * output is a terminal, else a plain log line whenever the counts change (at most one a second),
 * so that a CI log or a file shows the run without control characters.
 */
class CliProgress
{
public:
    /** The counts shown: desktops in each state, summed over the batches followed. */
    struct Counts
    {
        int total = 0;
        int succeeded = 0;
        int failed = 0;
        int running = 0;
        int pending = 0;
        int cancelled = 0;
        int percent = 0;
        QString label; ///< e.g. "Create 1000 desktops" or "Sending"
        QString note;  ///< e.g. "service unreachable since 10:02:11", after the counts
    };

    /** @p terminal: redraw in place (see isTerminal()). */
    CliProgress(QTextStream &out, bool terminal);

    /** Shows @p counts now, or soon (throttled) unless @p force. */
    void update(const Counts &counts, bool force = false);
    /** Ends the line (terminal) after a last update. */
    void finish(const Counts &counts);
    /** Prints a message on its own line without breaking the progress line. */
    void message(const QString &text);

    /**
     * True when stdout is a terminal; WSCTL_PROGRESS=tty or =plain overrides it (tests,
     * terminals that do not report themselves).
     */
    static bool isTerminal(int fd);
    /** The terminal's width (TIOCGWINSZ, else COLUMNS, else 80). */
    static int terminalColumns();
    /** "[#######-------------]" of @p width cells for @p percent. */
    static QString bar(int percent, int width);
    /** The text of one progress line (without the bar). */
    static QString describe(const Counts &counts);

private:
    QTextStream &m_out;
    bool m_terminal;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1;
    QString m_lastText;
    bool m_lineOpen = false;
    int m_lastWidth = 0;
};

} // namespace wsc
