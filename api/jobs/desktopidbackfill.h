#pragma once

#include "batchitem.h"

#include "models/domain/desktopinfo.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace wsc {

class WorkspaceClient;

/**
 * Names the desktops of a finished create batch that were confirmed by a lookup (their request's
 * answer was lost) and so have no sub-job, hence no desktop id: it lists them by computer name,
 * else by user (only where the user has one such desktop), so that the results name every
 * desktop the batch made. A desktop found in ERROR is marked failed, as the service has it.
 * Failed desktops whose job the service no longer knows (WKS.00010011) are looked up by name
 * too: found, they are what the service says (made, or in ERROR with an id to delete before a
 * retry); not found, they were not created.
 */
class DesktopIdBackfill : public QObject
{
    Q_OBJECT
public:
    DesktopIdBackfill(WorkspaceClient *client, const QList<BatchItem> &items,
                      QObject *parent = nullptr);

    /** True when some desktop needs a lookup; otherwise start() finishes at once. */
    bool needed() const;
    void start();
    /** The items with what the lookups found; valid after finished(). */
    const QList<BatchItem> &items() const { return m_items; }
    /** Source indexes of the items the lookups changed. */
    QList<int> changed() const { return m_changed; }

signals:
    void finished();

private:
    void apply();

    QPointer<WorkspaceClient> m_client;
    QList<BatchItem> m_items;
    QList<DesktopInfo> m_found;
    QList<int> m_changed;
    int m_left = 0;
};

} // namespace wsc
