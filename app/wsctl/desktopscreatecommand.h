#pragma once

#include "cliissue.h"
#include "clinamedcommand.h"

#include "models/domain/createdesktoprequest.h"

#include <QJsonObject>

namespace wsc {

/**
 * `wsctl desktops create --spec SPEC.json [--users USERS.csv] [--dry-run] [--wait]`: reads a
 * CreateDesktop body (the spec), optionally replaces its desktops[] with the rows of a user
 * CSV, checks everything (rules, catalog) before anything is sent, then runs the batch through
 * the shared journal (JobCenter) chunk by chunk, or, with --dry-run, prints the exact bodies.
 */
class DesktopsCreateCommand : public CliNamedCommand
{
public:
    DesktopsCreateCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /**
     * Reads a spec file: the request, or issues (JSON syntax with line and column, wrong
     * types by path). False when the file cannot be read at all, is not a regular file or is
     * larger than @p maxBytes (0: no limit); @p error says why.
     */
    static bool readSpec(const QString &path, qint64 maxBytes, CreateDesktopRequest *request,
                         CliIssues *issues, QString *error);
};

} // namespace wsc
