#include "clidispatcher.h"

#include "catalogcommand.h"
#include "clitr.h"
#include "democommand.h"
#include "desktopsattachcommand.h"
#include "desktopsbatchcommand.h"
#include "desktopscreatecommand.h"
#include "desktopsdiskscommand.h"
#include "desktopslistcommand.h"
#include "desktopsmaintenancecommand.h"
#include "desktopsrenamecommand.h"
#include "desktopstagscommand.h"
#include "groupscommand.h"
#include "jobscommand.h"
#include "profilescommand.h"
#include "quotascommand.h"
#include "usersadmincommand.h"
#include "userscheckcommand.h"
#include "userscommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace wsc {

CliDispatcher::CliDispatcher() = default;
CliDispatcher::~CliDispatcher() = default;

void CliDispatcher::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

std::unique_ptr<CliDispatcher> CliDispatcher::createDefault()
{
    auto d = std::make_unique<CliDispatcher>();
    using P = ProfilesCommand::Action;
    for (const P action : {P::List, P::Add, P::Remove, P::Test, P::Use})
        d->addCommand(std::make_unique<ProfilesCommand>(action));
    using C = CatalogCommand::Kind;
    for (const C kind :
         {C::Workspace, C::Products, C::Images, C::Zones, C::Subnets, C::SecurityGroups})
        d->addCommand(std::make_unique<CatalogCommand>(kind));
    d->addCommand(std::make_unique<DesktopsListCommand>());
    d->addCommand(std::make_unique<DesktopsCreateCommand>());
    d->addCommand(std::make_unique<DesktopsAttachCommand>());
    using B = DesktopsBatchCommand::Action;
    for (const B action :
         {B::Start, B::Stop, B::Reboot, B::Hibernate, B::Detach, B::Delete, B::Rebuild, B::Resize})
        d->addCommand(std::make_unique<DesktopsBatchCommand>(action));
    d->addCommand(std::make_unique<DesktopsRenameCommand>());
    d->addCommand(std::make_unique<DesktopsMaintenanceCommand>());
    using D = DesktopsDisksCommand::Action;
    for (const D action : {D::List, D::Add, D::Expand, D::Remove})
        d->addCommand(std::make_unique<DesktopsDisksCommand>(action));
    using T = DesktopsTagsCommand::Action;
    for (const T action : {T::Add, T::Remove, T::List})
        d->addCommand(std::make_unique<DesktopsTagsCommand>(action));
    d->addCommand(std::make_unique<UsersCommand>(UsersCommand::Action::List));
    d->addCommand(std::make_unique<UsersCommand>(UsersCommand::Action::Create));
    d->addCommand(std::make_unique<UsersCheckCommand>());
    using J = JobsCommand::Action;
    for (const J action : {J::List, J::Show, J::Watch, J::RetryFailed, J::Export})
        d->addCommand(std::make_unique<JobsCommand>(action));
    d->addCommand(std::make_unique<DemoCommand>());
    // The directory and the quotas.
    using G = GroupsCommand::Action;
    for (const G action :
         {G::List, G::Create, G::Rename, G::Delete, G::Members, G::AddMembers, G::RemoveMembers})
        d->addCommand(std::make_unique<GroupsCommand>(action));
    using U = UsersAdminCommand::Action;
    for (const U action : {U::Update, U::Lock, U::Unlock, U::ResetPassword, U::Delete})
        d->addCommand(std::make_unique<UsersAdminCommand>(action));
    d->addCommand(std::make_unique<QuotasCommand>());
    return d;
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
      << CliTr::tr("Usage: wsctl [global options] <command> [options]") << "\n\n"
      << CliTr::tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        s << "  " << command->name().leftJustified(24) << ' ' << command->summary() << '\n';
    s << '\n'
      << CliTr::tr("Other options:") << '\n'
      << "  -h, --help               " << CliTr::tr("Show this help, or a command's help") << '\n'
      << "  --version                " << CliTr::tr("Show the version") << "\n\n"
      << CliCommand::globalOptionsHelp() << '\n'
      << CliTr::tr("Run \"wsctl <command> --help\" for a command's options; docs/WSCTL.md has "
                   "examples.")
      << '\n';
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
            s << "  " << command->name().leftJustified(24) << ' ' << command->summary() << '\n';
    }
    return text;
}

int CliDispatcher::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options may stand anywhere; take them out before matching command words.
    QStringList rest = arguments;
    CliGlobals globals;
    QString error;
    const bool parsed = CliGlobals::take(&rest, &globals, &error);
    // The language first, so that even a usage error speaks it.
    globals.language = chooseLanguage(parsed ? globals.language : QString());
    m_translator.setLanguage(globals.language);
    if (!parsed) {
        err << QStringLiteral("wsctl: ") << error << '\n'
            << CliTr::tr("Run \"wsctl --help\" for the list of commands.") << '\n';
        return CliCommand::ExitUsage;
    }
    if (globals.version) {
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
            (globals.help ? out : err) << help();
            return globals.help ? CliCommand::ExitOk : CliCommand::ExitUsage;
        }
        const bool isGroup
                = std::any_of(m_commands.cbegin(), m_commands.cend(), [&](const auto &c) {
                      return c->words().constFirst() == rest.constFirst();
                  });
        if (isGroup && (globals.help || rest.size() == 1)) {
            (globals.help ? out : err) << groupHelp(rest.constFirst());
            return globals.help ? CliCommand::ExitOk : CliCommand::ExitUsage;
        }
        err << CliTr::tr("wsctl: unknown command \"%1\".").arg(rest.join(QLatin1Char(' '))) << '\n'
            << CliTr::tr("Run \"wsctl --help\" for the list of commands.") << '\n';
        return CliCommand::ExitUsage;
    }
    if (globals.help) {
        out << match->help();
        return CliCommand::ExitOk;
    }
    match->setGlobals(globals);
    const int code = match->run(rest.mid(matchedWords), out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace wsc
