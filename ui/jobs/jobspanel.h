#pragma once

#include "api/jobs/jobcenter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QScrollArea;
class QToolBar;
class QTreeView;

namespace wsc {

class JobTreeModel;

/**
 * The jobs panel: every batch of a JobCenter with its progress, counts, elapsed time and time
 * left, expandable to its desktops and their failures explained in the UI language, and the
 * actions a person takes on them (retry failed, open a refused request in the wizard,
 * pause/resume, cancel unsent, copy error details, export results, clear finished) from the
 * toolbar, the context menu or the keyboard.
 */
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(JobCenter *center, QWidget *parent = nullptr);

    JobCenter *center() const { return m_center; }
    JobTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /** Replaces the save dialog of "Export results" (tests, scripted runs). */
    void setSaveFileNameProvider(std::function<QString(const QString &suggested)> provider)
    {
        m_saveFileName = std::move(provider);
    }
    /** The batch of the current row, or empty. */
    QString currentBatchId() const;
    /** Makes @p batchId the current row (and expands it when @p expand). */
    void selectBatch(const QString &batchId, bool expand = false);

    /** The actions, for the main window's menus. */
    QAction *retryFailedAction() const { return m_retry; }
    QAction *openInWizardAction() const { return m_openInWizard; }
    QAction *pauseResumeAction() const { return m_pause; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *copyErrorAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    QAction *clearFinishedAction() const { return m_clear; }

public slots:
    void retryFailed();
    /** A refused create batch: asks for its request in the create wizard, to be fixed. */
    void openInWizard();
    void togglePause();
    void cancelUnsent();
    void copyErrorDetails();
    void exportResults();
    void clearFinished();

    /**
     * What the panel and the status bar say while the service cannot be reached (since when,
     * the last error, the next try); empty while it answers.
     */
    static QString serviceStateText(const JobCenter *center);

signals:
    /** A batch ended: @p message says how, for a tray or status bar message. */
    void batchEnded(const QString &batchId, const QString &message);
    /** "Open in wizard" on a refused create batch: show its request in the create wizard. */
    void openInWizardRequested(const QString &batchId);
    /** Batches not finished yet changed (window title, status bar). */
    void runningCountChanged(int count);
    /** The service became unreachable or reachable again (serviceStateText() changed). */
    void serviceStateChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updateDetails();
    void onBatchFinished(const QString &batchId);
    void showContextMenu(const QPoint &pos);
    void showMessage(const QString &text);
    void updateServiceState();

    QPointer<JobCenter> m_center;
    JobTreeModel *m_model = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QScrollArea *m_detailsArea = nullptr; ///< the details scroll past a few lines
    QLabel *m_serviceState = nullptr;     ///< shown while the service cannot be reached
    QAction *m_retry = nullptr;
    QAction *m_openInWizard = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_export = nullptr;
    QAction *m_clear = nullptr;
    QTimer m_tick;
    QString m_message; ///< the last result of an action (export written, nothing to retry)
    std::function<QString(const QString &)> m_saveFileName;
};

} // namespace wsc
