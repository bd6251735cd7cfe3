#include "cliglobals.h"

#include "clitr.h"

namespace wsc {

namespace {

/** The options that take a value, and where each one goes. */
QString *target(CliGlobals *g, const QString &name)
{
    if (name == QLatin1String("--profile"))
        return &g->profile;
    if (name == QLatin1String("--endpoint"))
        return &g->endpoint;
    if (name == QLatin1String("--iam-endpoint"))
        return &g->iamEndpoint;
    if (name == QLatin1String("--region"))
        return &g->region;
    if (name == QLatin1String("--project-id"))
        return &g->projectId;
    if (name == QLatin1String("--lang"))
        return &g->language;
    if (name == QLatin1String("--journal"))
        return &g->journal;
    return nullptr;
}

} // namespace

bool CliGlobals::take(QStringList *arguments, CliGlobals *out, QString *error)
{
    QStringList rest;
    QString format;
    bool formatSet = false;
    for (int i = 0; i < arguments->size(); ++i) {
        const QString &arg = arguments->at(i);
        if (arg == QLatin1String("--")) {
            // Everything after "--" is an argument of the command, never an option.
            rest += arguments->mid(i);
            break;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out->help = true;
            continue;
        }
        if (arg == QLatin1String("--version")) {
            out->version = true;
            continue;
        }
        if (arg == QLatin1String("--sk-stdin")) {
            out->skStdin = true;
            continue;
        }
        if (arg == QLatin1String("--password-stdin")) {
            out->passwordStdin = true;
            continue;
        }
        QString name = arg;
        QString value;
        bool inlineValue = false;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 2) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            inlineValue = true;
        }
        QString timeout;
        const bool isTimeout = name == QLatin1String("--unreachable-timeout");
        QString *field = isTimeout ? &timeout : target(out, name);
        const bool isFormat = name == QLatin1String("--format");
        if (!field && !isFormat) {
            rest.append(arg);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments->size()) {
                *error = CliTr::tr("%1 needs a value.").arg(name);
                return false;
            }
            value = arguments->at(++i);
        }
        if (isFormat) {
            format = value;
            formatSet = true;
        } else {
            *field = value;
        }
        if (isTimeout) {
            bool ok = false;
            const int seconds = value.trimmed().toInt(&ok);
            if (!ok || seconds < 0) {
                *error = CliTr::tr("--unreachable-timeout must be a number of seconds, 0 for "
                                   "no limit (got \"%1\").")
                                 .arg(value);
                return false;
            }
            out->unreachableTimeoutSec = seconds;
        }
    }
    if (out->skStdin && out->passwordStdin) {
        *error = CliTr::tr("--sk-stdin and --password-stdin cannot be used together: standard "
                           "input gives one secret.");
        return false;
    }
    if (formatSet) {
        const QString f = format.trimmed().toLower();
        if (f == QLatin1String("text"))
            out->format = Format::Text;
        else if (f == QLatin1String("json"))
            out->format = Format::Json;
        else if (f == QLatin1String("csv"))
            out->format = Format::Csv;
        else {
            *error = CliTr::tr("--format must be text, json or csv (got \"%1\").").arg(format);
            return false;
        }
    }
    *arguments = rest;
    return true;
}

QString CliGlobals::formatName(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Text:
        break;
    }
    return QStringLiteral("text");
}

bool CliGlobals::overridesConnection() const
{
    return !endpoint.isEmpty() || !iamEndpoint.isEmpty() || !region.isEmpty()
           || !projectId.isEmpty();
}

} // namespace wsc
