#include "cliconfirm.h"

#include "cliconnection.h"
#include "clitr.h"

#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace wsc {

namespace CliConfirm {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

Answer ask(QTextStream &err, const QString &what, int count, bool yes)
{
    if (yes)
        return Answer::Confirmed;
    if (!stdinIsTerminal())
        return Answer::NeedsYes;
    // Typing the number, not "y": a reflex cannot confirm deleting the wrong selection.
    err << what << '\n'
        << CliTr::tr("Type %1 (the number of desktops) to go on, anything else to stop: ")
                    .arg(count);
    err.flush();
    const QString answer = CliConnection::readStdinLine().trimmed();
    return answer == QString::number(count) ? Answer::Confirmed : Answer::Declined;
}

} // namespace CliConfirm

} // namespace wsc
