#pragma once

#include <QString>
#include <QStringList>

namespace wsc {

/**
 * The options every wsctl command understands (--profile, --endpoint, --format, --journal...),
 * taken out of the argument list wherever they stand, so that commands only see their own.
 */
struct CliGlobals
{
    enum class Format { Text, Json, Csv };

    QString profile;     ///< --profile NAME; empty = the active profile
    QString endpoint;    ///< --endpoint URL (Workspace)
    QString iamEndpoint; ///< --iam-endpoint URL
    QString region;      ///< --region NAME
    QString projectId;   ///< --project-id ID
    Format format = Format::Text;
    QString language;           ///< --lang as given; empty = from the environment
    QString journal;            ///< --journal PATH; empty = the console's shared journal
    bool skStdin = false;       ///< --sk-stdin: the SK is the first line of standard input
    bool passwordStdin = false; ///< --password-stdin: the IAM password is, instead
    /** --unreachable-timeout SECONDS: how long a wait goes on while the service cannot be
        reached before it gives up (exit 3); 0 = forever. */
    int unreachableTimeoutSec = 600;
    bool help = false;
    bool version = false;

    /**
     * Removes the global options from @p arguments into @p out. False with @p error (translated)
     * when one lacks its value or has a bad one.
     */
    static bool take(QStringList *arguments, CliGlobals *out, QString *error);
    /** "text", "json" or "csv". */
    static QString formatName(Format format);
    /** True when any of the connection flags (--endpoint, --region...) was given. */
    bool overridesConnection() const;
};

} // namespace wsc
