#pragma once

#include "clinamedcommand.h"

#include "models/csv/usercheckreport.h"

namespace wsc {

/**
 * `wsctl users check FILE`: reads a user CSV exactly as the console's import dialog does and
 * reports every problem by line and column, as text or JSON. Exit 0 when no row is invalid,
 * 1 when some are (or the file has errors), 2 on bad arguments or an unreadable file.
 */
class UsersCheckCommand : public CliNamedCommand
{
public:
    UsersCheckCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** The JSON report: file, encoding, delimiter, rows, valid, invalid, warnings, issues. */
    static QByteArray toJson(const UserCheckReport &result, const QString &file);
    /** The text report: one line per issue and a summary line. */
    static QString toText(const UserCheckReport &result, const QString &file);
};

} // namespace wsc
