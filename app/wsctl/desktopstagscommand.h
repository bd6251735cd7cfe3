#pragma once

#include "cliactioncommand.h"

namespace wsc {

/**
 * `wsctl desktops tags add|remove <desktops> --tag KEY[=VALUE]...` and `wsctl desktops tags list`:
 * desktop tags (BatchAddDesktopsTags, BatchDeleteDesktopsTags, ListProjectTags), every tag
 * checked against the tag rules before anything is sent.
 */
class DesktopsTagsCommand : public CliActionCommand
{
public:
    enum class Action { Add, Remove, List };

    explicit DesktopsTagsCommand(Action action);

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int list(QTextStream &out, QTextStream &err);

    Action m_action;
};

} // namespace wsc
