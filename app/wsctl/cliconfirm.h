#pragma once

#include <QString>

class QTextStream;

namespace wsc {

/**
 * The confirmation a destructive command asks for: with --yes nothing is asked; a person at a
 * terminal is asked to type the number of desktops; a script (standard input not a terminal)
 * must pass --yes.
 */
namespace CliConfirm {

enum class Answer { Confirmed, Declined, NeedsYes };

/** True when standard input is a terminal, so that someone can answer. */
bool stdinIsTerminal();
/**
 * Asks on @p err: @p what (what will happen, translated), then "type N to go on". Confirmed when
 * @p yes, or when the person typed @p count.
 */
Answer ask(QTextStream &err, const QString &what, int count, bool yes);

} // namespace CliConfirm

} // namespace wsc
