#pragma once

#include "jobcenter.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wsc {

/**
 * The jobs panel's tree over a JobCenter: one top-level row per batch (newest first) with its
 * counts, progress, elapsed time and an estimate of the time left, and below it one row per
 * desktop with its user, computer name, status, progress and failure. Core only: the panel's
 * delegate paints the progress column; texts are made at data() time, so retranslate() after
 * a language change is enough.
 */
class JobTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,     ///< batch title / "Row 5 (line 6)"
        ProfileColumn,  ///< profile / user name
        StartedColumn,  ///< started / computer name
        StatusColumn,   ///< batch state / desktop status
        ProgressColumn, ///< 0-100 (ProgressRole)
        SucceededColumn,
        FailedColumn,
        RunningColumn,
        ElapsedColumn,
        RemainingColumn,
        DetailsColumn, ///< batch origin / desktop id or the failure's cause
        ColumnCount
    };
    enum Role {
        ProgressRole = Qt::UserRole + 1, ///< int 0-100
        BatchIdRole,                     ///< QString, on both levels
        SourceIndexRole,                 ///< int, desktops only (-1 on batches)
        IsBatchRole,                     ///< bool
        OutcomeRole,                     ///< int BatchItem::Outcome, desktops only
        FailureRole,                     ///< full bilingual explanation, failed desktops only
        StateRole, ///< batches: "running", "paused", "finished", "failed", "external"
    };

    explicit JobTreeModel(JobCenter *center, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    JobCenter *center() const { return m_center; }
    /** The batch row of @p batchId (column 0), or an invalid index. */
    QModelIndex indexOfBatch(const QString &batchId) const;
    BatchSummary summaryAt(const QModelIndex &index) const;
    /** The desktop at a child index; a default item for batch rows. */
    BatchItem itemAt(const QModelIndex &index) const;

    /** Texts again in the current language (after QEvent::LanguageChange). */
    void retranslate();
    /** Elapsed and remaining time moved on: repaint those columns of running batches. */
    void tick();

    /** "1 h 05 min", "3 min 20 s", "45 s" in the current language. */
    static QString formatDuration(qint64 seconds);
    /** The batch's elapsed seconds (to its end, or now). */
    static qint64 elapsedSeconds(const BatchSummary &summary);
    /** Seconds left at the current pace; -1 when it cannot be told. */
    static qint64 remainingSeconds(const BatchSummary &summary);
    static QString stateName(const BatchSummary &summary);
    static QString stateText(const BatchSummary &summary);
    static QString statusText(const BatchItem &item);
    static QString title(const BatchSummary &summary);

private:
    struct Batch
    {
        quintptr key = 0;
        BatchSummary summary;
        QList<BatchItem> items;
        QHash<int, int> row; ///< source index -> child row
    };

    void reload();
    void addBatch(const QString &batchId);
    void removeBatch(const QString &batchId);
    void refreshDirty();
    void refreshBatch(int row);
    int rowOfKey(quintptr key) const;
    int rowOf(const QString &batchId) const;
    QVariant batchData(const Batch &batch, int column, int role) const;
    QVariant itemData(const Batch &batch, const BatchItem &item, int column, int role) const;

    QPointer<JobCenter> m_center;
    QList<Batch> m_batches; ///< newest first
    quintptr m_nextKey = 1;
    QSet<QString> m_dirty;
    QTimer m_refresh;
};

} // namespace wsc
