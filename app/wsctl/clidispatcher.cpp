#include "clidispatcher.h"

#include "clitr.h"
#include "userscheckcommand.h"

#include <QCoreApplication>
#include <QTextStream>

CliDispatcher::CliDispatcher() = default;
CliDispatcher::~CliDispatcher() = default;

void CliDispatcher::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

std::unique_ptr<CliDispatcher> CliDispatcher::createDefault()
{
    auto dispatcher = std::make_unique<CliDispatcher>();
    dispatcher->addCommand(std::make_unique<UsersCheckCommand>());
    return dispatcher;
}

QString CliDispatcher::chooseLanguage(const QString &option)
{
    if (!option.isEmpty())
        return Translator::normalize(option);
    // The POSIX order for message catalogs: LC_ALL overrides LC_MESSAGES overrides LANG.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return Translator::normalize(value);
    }
    return QStringLiteral("en");
}

QString CliDispatcher::help() const
{
    QString text;
    QTextStream s(&text);
    s << CliTr::tr("wsctl: the command-line companion of Workspace Console.") << "\n\n"
      << CliTr::tr("Usage: wsctl [--lang en|zh_CN] <command> [options]") << "\n\n"
      << CliTr::tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        s << "  " << command->name().leftJustified(22) << ' ' << command->summary() << '\n';
    s << '\n'
      << CliTr::tr("Global options:") << '\n'
      << "  --lang en|zh_CN        "
      << CliTr::tr("Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)") << '\n'
      << "  -h, --help             " << CliTr::tr("Show this help, or a command's help") << '\n'
      << "  --version              " << CliTr::tr("Show the version") << "\n\n"
      << CliTr::tr("Exit codes: 0 success, 1 the input has errors or the operation failed, 2 "
                   "bad arguments or an unreadable file.")
      << '\n'
      << CliTr::tr("Run \"wsctl <command> --help\" for a command's options.") << '\n';
    return text;
}

QString CliDispatcher::groupHelp(const QString &group) const
{
    QString text;
    QTextStream s(&text);
    s << CliTr::tr("Usage: wsctl %1 <command> [options]").arg(group) << "\n\n"
      << CliTr::tr("Commands:") << '\n';
    for (const auto &command : m_commands) {
        if (command->words().constFirst() == group)
            s << "  " << command->name().leftJustified(22) << ' ' << command->summary() << '\n';
    }
    return text;
}

int CliDispatcher::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options may stand anywhere; take them out before matching command words.
    QStringList rest;
    QString language;
    bool wantHelp = false;
    bool wantVersion = false;
    bool languageMissing = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang")) {
            if (i + 1 < arguments.size())
                language = arguments.at(++i);
            else
                languageMissing = true;
        } else if (arg.startsWith(QLatin1String("--lang="))) {
            language = arg.mid(7);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            wantHelp = true;
        } else if (arg == QLatin1String("--version")) {
            wantVersion = true;
        } else {
            rest.append(arg);
        }
    }
    m_translator.setLanguage(chooseLanguage(language));

    if (languageMissing) {
        err << CliTr::tr("wsctl: --lang needs a value: en or zh_CN.") << '\n';
        return CliCommand::ExitUsage;
    }
    if (wantVersion) {
        out << QStringLiteral("wsctl %1\n").arg(QCoreApplication::applicationVersion());
        return CliCommand::ExitOk;
    }

    // The longest command whose words start the arguments.
    CliCommand *match = nullptr;
    qsizetype matchedWords = 0;
    for (const auto &command : m_commands) {
        const QStringList words = command->words();
        if (words.size() > rest.size() || words.size() <= matchedWords)
            continue;
        if (std::equal(words.cbegin(), words.cend(), rest.cbegin())) {
            match = command.get();
            matchedWords = words.size();
        }
    }
    if (!match) {
        if (rest.isEmpty()) {
            out << help();
            return wantHelp ? CliCommand::ExitOk : CliCommand::ExitUsage;
        }
        const bool isGroup
                = std::any_of(m_commands.cbegin(), m_commands.cend(), [&](const auto &c) {
                      return c->words().constFirst() == rest.constFirst();
                  });
        if (isGroup && (wantHelp || rest.size() == 1)) {
            (wantHelp ? out : err) << groupHelp(rest.constFirst());
            return wantHelp ? CliCommand::ExitOk : CliCommand::ExitUsage;
        }
        err << CliTr::tr("wsctl: unknown command \"%1\".").arg(rest.join(QLatin1Char(' '))) << '\n'
            << CliTr::tr("Run \"wsctl --help\" for the list of commands.") << '\n';
        return CliCommand::ExitUsage;
    }
    if (wantHelp) {
        out << match->help();
        return CliCommand::ExitOk;
    }
    const int code = match->run(rest.mid(matchedWords), out, err);
    out.flush();
    err.flush();
    return code;
}
