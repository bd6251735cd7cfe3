#pragma once

#include "desktoprowkeys.h"

#include "api/http/apicall.h"
#include "api/profiles/session.h"
#include "models/domain/desktopinfo.h"
#include "ui/widgets/sessionview.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

namespace wsc {

class AppSettings;
class BusyIndicator;
class DesktopDetailsPanel;
class DesktopListLoader;
class DesktopTableFilter;
class DesktopTableModel;
class PaintPacer;

/**
 * The desktops tab of the main window: the project's desktops in a sortable table with
 * status, zone, assignment filters and a search, a details panel for the selection, refresh
 * on demand (F5) and every few seconds while the session's jobs run.
 */
class DesktopsView : public SessionView
{
    Q_OBJECT
public:
    explicit DesktopsView(AppSettings *settings, QWidget *parent = nullptr);
    ~DesktopsView() override;

    /** Reads the list again; the table stays usable while it loads. */
    void refresh() override;
    bool isLoading() const;
    bool isAutoRefreshing() const { return m_autoRefresh.isActive(); }
    /**
     * Keeps refreshing while a task runs on any of @p desktopIds: for a task the service runs
     * outside a batch of the job engine (a disk added, expanded or removed).
     */
    void follow(const QStringList &desktopIds);

    DesktopTableModel *model() const { return m_model; }
    DesktopTableFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    DesktopDetailsPanel *details() const { return m_details; }
    LoadStateWidget *loadState() const { return m_loadState; }
    /** The toolbar above the table, for the actions on the selected desktops. */
    QToolBar *actionBar() const { return m_actionBar; }
    /** The selected desktops, in table order. */
    QList<DesktopInfo> selectedDesktops() const;

    /** Writes the splitter and column layout to the settings. */
    void saveLayout();
    void restoreLayout();

signals:
    /** A load finished with @p count desktops (or failed: ok false). */
    void loaded(bool ok, int count);
    void selectionChanged();
    /** Double click on a desktop without a user: the window offers the assignment dialog. */
    void assignRequested();

private:
    void buildUi();
    void retranslateUi() override;
    void leaveSession() override;
    void clearForSession() override;
    void enterSession() override;
    void fillZoneFilter();
    void updateCount();
    void updateAutoRefresh();
    void onSelectionChanged();
    void onPageLoaded(const QList<DesktopInfo> &page, int offset, const QVariant &keys);
    /** One event-loop turn of the load's work: merging pages, then removing the rows gone. */
    void continueLoad();
    void mergeSlices(const QElapsedTimer &turn);
    void removeSlices(const QElapsedTimer &turn);
    void onLoadFinished();
    void completeLoad();
    void finishLoad();
    /** ShowDesktopDetail of the one selected desktop: it names the security groups. */
    void loadDetail(const QString &desktopId);

    AppSettings *m_settings;
    DesktopListLoader *m_loader = nullptr; ///< the session's; pages are merged as they come
    /** A page received and its row keys (made on the loader's pool thread). */
    struct PendingPage
    {
        QList<DesktopInfo> desktops;
        QList<DesktopRowKeys> keys;
    };
    /** Pages received, merged in slices, a few milliseconds of them per event-loop turn. */
    QList<PendingPage> m_pendingPages;
    qsizetype m_pageMerged = 0;     ///< rows of the first pending page merged so far
    double m_mergeMsPerRow = 0.02;  ///< what merging a row costs lately: sizes the next slice
    QStringList m_goneIds;          ///< desktops of rows to remove at the end of a load, in slices
    double m_removeMsPerRow = 0.25; ///< what removing a row costs lately
    QTimer m_mergeTimer;
    bool m_finishPending = false; ///< the load ended; complete it once the pages are merged
    QPointer<ApiCall> m_detailCall;
    bool m_manual = false;
    bool m_refreshAgain = false; ///< a batch ended while a list was being read
    QTimer m_autoRefresh;
    QHash<QString, QDateTime> m_followed; ///< desktops whose task the list waits for, since when

    DesktopTableModel *m_model = nullptr;
    DesktopTableFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zoneFilter = nullptr;
    QLabel *m_assignmentLabel = nullptr;
    QComboBox *m_assignmentFilter = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    PaintPacer *m_pacer = nullptr; ///< paints the table a few times a second while rows merge
    QToolBar *m_actionBar = nullptr;
    DesktopDetailsPanel *m_details = nullptr;
};

} // namespace wsc
