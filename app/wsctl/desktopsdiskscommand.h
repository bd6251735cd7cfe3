#pragma once

#include "cliactioncommand.h"

class QObject;

namespace wsc {

struct DesktopInfo;
class WorkspaceClient;

/**
 * `wsctl desktops disks list|add|expand|remove DESKTOP ...`: a desktop's disks
 * (AddDesktopVolumes, ExpandDesktopVolume, DeleteDesktopVolumes), checked first (sizes, at most
 * 10 data disks, a disk only grows, only data disks are removed) and followed to the job's end
 * with --wait.
 */
class DesktopsDisksCommand : public CliActionCommand
{
public:
    enum class Action { Add, Expand, Remove, List };

    explicit DesktopsDisksCommand(Action action);

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    int list(const DesktopInfo &desktop, QTextStream &out) const;
    /** Polls the job until it ends; returns an exit code. */
    int waitForJob(WorkspaceClient *client, QObject *context, const QString &jobId, int pollMs,
                   QTextStream &out, QTextStream &err) const;

    Action m_action;
};

} // namespace wsc
