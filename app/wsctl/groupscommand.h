#pragma once

#include "clidirectorycommand.h"

namespace wsc {

/**
 * `wsctl groups list|create|rename|delete|members|add-members|remove-members`: the user groups
 * of the Workspace directory and their members. Groups and users are named by name or id.
 */
class GroupsCommand : public CliDirectoryCommand
{
public:
    enum class Action { List, Create, Rename, Delete, Members, AddMembers, RemoveMembers };

    explicit GroupsCommand(Action action);

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int list(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int create(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int rename(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int remove(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int members(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int changeMembers(const QStringList &arguments, QTextStream &out, QTextStream &err);

    Action m_action;
};

} // namespace wsc
