#include "jobspanel.h"

#include "jobprogressdelegate.h"

#include "api/http/errorcatalog.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobfailures.h"
#include "api/jobs/jobtreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace wsc {

JobsPanel::JobsPanel(JobCenter *center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_model(new JobTreeModel(center, this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_serviceState(new QLabel(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_toolBar->setObjectName(QStringLiteral("jobsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_view->setObjectName(QStringLiteral("jobsTree"));
    m_details->setObjectName(QStringLiteral("jobsDetails"));
    m_serviceState->setObjectName(QStringLiteral("jobsServiceState"));
    m_serviceState->setWordWrap(true);
    m_serviceState->setMargin(4);
    m_serviceState->setStyleSheet(
            QStringLiteral("QLabel { background: palette(alternate-base); }"));
    m_serviceState->hide();

    auto makeAction = [this](const char *name, QStyle::StandardPixmap icon, const QKeySequence &key,
                             void (JobsPanel::*slot)()) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        // The panel's shortcuts work where the panel has focus, not across the main window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    m_retry = makeAction("retryFailedAction", QStyle::SP_BrowserReload,
                         QKeySequence(Qt::CTRL | Qt::Key_R), &JobsPanel::retryFailed);
    m_openInWizard = makeAction("openInWizardAction", QStyle::SP_FileDialogContentsView,
                                QKeySequence(), &JobsPanel::openInWizard);
    m_pause = makeAction("pauseResumeAction", QStyle::SP_MediaPause,
                         QKeySequence(Qt::CTRL | Qt::Key_P), &JobsPanel::togglePause);
    m_cancel = makeAction("cancelAction", QStyle::SP_MediaStop,
                          QKeySequence(Qt::SHIFT | Qt::Key_Delete), &JobsPanel::cancelUnsent);
    m_toolBar->addSeparator();
    m_copy = makeAction("copyErrorAction", QStyle::SP_FileDialogDetailedView, QKeySequence::Copy,
                        &JobsPanel::copyErrorDetails);
    m_export = makeAction("exportAction", QStyle::SP_DialogSaveButton,
                          QKeySequence(Qt::CTRL | Qt::Key_E), &JobsPanel::exportResults);
    m_toolBar->addSeparator();
    m_clear = makeAction("clearFinishedAction", QStyle::SP_DialogResetButton,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                         &JobsPanel::clearFinished);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new JobProgressDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_view, &QWidget::customContextMenuRequested, this, &JobsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_message.clear();
        updateActions();
        updateDetails();
    });

    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMargin(4);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A long failure text scrolls in a few lines instead of squeezing the list: on a small
    // screen the dock must still show some rows.
    m_detailsArea = new QScrollArea(this);
    m_detailsArea->setObjectName(QStringLiteral("jobsDetailsArea"));
    m_detailsArea->setWidget(m_details);
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::NoFrame);
    m_detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailsArea->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 8);
    m_detailsArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_detailsArea->hide();
    m_view->setMinimumHeight(
            m_view->header()->sizeHint().height() + 3 * (fontMetrics().height() + 8)
            + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_view->frameWidth());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_serviceState);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detailsArea);

    if (m_center) {
        connect(m_center, &JobCenter::batchFinished, this, &JobsPanel::onBatchFinished);
        connect(m_center, &JobCenter::runningCountChanged, this, &JobsPanel::runningCountChanged);
        connect(m_center, &JobCenter::journalError, this, &JobsPanel::showMessage);
        connect(m_center, &JobCenter::serviceReachabilityChanged, this,
                &JobsPanel::updateServiceState);
        connect(m_center, &JobCenter::batchAdded, this, [this](const QString &id) {
            if (!m_view->currentIndex().isValid())
                selectBatch(id);
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateActions);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_model, &JobTreeModel::tick);
    // The next try moves with each poll: kept current while the service is away.
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_serviceState->isVisible() || (m_center && m_center->isServiceUnreachable()))
            updateServiceState();
    });
    m_tick.start();

    retranslate();
    // Sized for what the rows will hold, not for the headers alone: the panel is often empty
    // when it is built, and a batch arriving later would show "Creat…" in a header-wide column.
    const int cw = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int atLeast[JobTreeModel::ColumnCount] = {24, 12, 17, 18, 12, 7, 7, 7, 8, 8, 0};
    for (int c = 0; c < JobTreeModel::ColumnCount; ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c, qMax(m_view->columnWidth(c), atLeast[c] * cw));
    }
}

void JobsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobsPanel::retranslate()
{
    m_view->setAccessibleName(tr("Batches and their desktops"));
    m_retry->setText(tr("Retry failed"));
    m_retry->setToolTip(tr("Send the failed desktops of this batch again, as a new batch (%1)")
                                .arg(m_retry->shortcut().toString(QKeySequence::NativeText)));
    m_openInWizard->setText(tr("Open in wizard"));
    m_openInWizard->setToolTip(tr("The service refused this request: open it in the create "
                                  "wizard to fix what it names and submit it again"));
    m_cancel->setText(tr("Cancel unsent"));
    m_cancel->setToolTip(tr("Cancel the requests of this batch not sent yet; desktops already "
                            "requested are not affected (%1)")
                                 .arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    m_copy->setText(tr("Copy error details"));
    m_copy->setToolTip(tr("Copy the failure, its error code and request id for support (%1)")
                               .arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    m_export->setText(tr("Export results…"));
    m_export->setToolTip(tr("Save one line per desktop as a CSV file (%1)")
                                 .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_clear->setText(tr("Clear finished"));
    m_clear->setToolTip(tr("Remove finished batches from the list and the journal"));
    m_model->retranslate();
    updateActions();
    updateDetails();
}

QString JobsPanel::currentBatchId() const
{
    return m_view->currentIndex().data(JobTreeModel::BatchIdRole).toString();
}

void JobsPanel::selectBatch(const QString &batchId, bool expand)
{
    const QModelIndex index = m_model->indexOfBatch(batchId);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    if (expand)
        m_view->expand(index);
}

void JobsPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const BatchSummary s = m_model->summaryAt(current);
    const bool has = !s.id.isEmpty();
    const bool running = has && !s.isFinished();
    // Refused desktops are not retried (the same request would be refused again): they are
    // fixed in the wizard instead.
    m_retry->setEnabled(has && s.isFinished() && m_center && m_center->retriableCount(s.id) > 0);
    m_openInWizard->setEnabled(has && s.isFinished() && s.refused > 0
                               && s.kind == BatchKind::Create);
    m_pause->setEnabled(running && (s.paused || s.pending > 0));
    const QString pauseKey = m_pause->shortcut().toString(QKeySequence::NativeText);
    if (running && s.paused) {
        m_pause->setText(tr("Resume"));
        m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_pause->setToolTip(tr("Send the rest of this batch (%1)").arg(pauseKey));
    } else {
        m_pause->setText(tr("Pause"));
        m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        m_pause->setToolTip(
                tr("Stop sending more requests of this batch; jobs already started go on (%1)")
                        .arg(pauseKey));
    }
    m_cancel->setEnabled(running && s.pending > 0);
    bool failure = false;
    if (current.isValid() && !current.data(JobTreeModel::IsBatchRole).toBool())
        failure = !current.data(JobTreeModel::FailureRole).toString().isEmpty();
    else
        failure = has && (s.failed > 0 || s.refused > 0);
    m_copy->setEnabled(failure);
    m_export->setEnabled(has);
    bool anyFinished = false;
    for (const BatchSummary &b : m_center ? m_center->batches() : QList<BatchSummary>())
        anyFinished = anyFinished || b.isFinished();
    m_clear->setEnabled(anyFinished);
}

void JobsPanel::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    QString text;
    if (current.isValid() && !current.data(JobTreeModel::IsBatchRole).toBool()) {
        text = current.data(JobTreeModel::FailureRole).toString();
    } else if (current.isValid()) {
        const BatchSummary s = m_model->summaryAt(current);
        if (s.isRefused()) {
            text = tr("%1 — the service refused the request, so nothing was done. Expand the "
                      "batch to see the reason and the row it names; \"Open in wizard\" leads "
                      "to the fix.")
                           .arg(JobTreeModel::title(s));
        } else {
            text = tr("%1 — %2 of %3 desktops succeeded, %4 failed, %5 in progress.")
                           .arg(JobTreeModel::title(s), QLocale().toString(s.succeeded),
                                QLocale().toString(s.desktops), QLocale().toString(s.failed),
                                QLocale().toString(s.running + s.pending));
            if (s.refused > 0)
                text += QLatin1Char(' ')
                        + tr("The service refused %n of them; nothing was done for those.", nullptr,
                             s.refused);
            if (s.cleanup > 0)
                text += QLatin1Char(' ')
                        + tr("Deleting %n desktop(s) that the failed attempt left in error "
                             "before sending.",
                             nullptr, s.cleanup);
            if ((s.failed > 0 || s.refused > 0) && s.isFinished())
                text += QLatin1Char(' ') + tr("Expand the batch to see why each desktop failed.");
        }
    }
    if (!m_message.isEmpty())
        text = text.isEmpty() ? m_message : m_message + QLatin1Char('\n') + text;
    m_details->setText(text);
    m_detailsArea->setVisible(!text.isEmpty());
}

void JobsPanel::showMessage(const QString &text)
{
    m_message = text;
    updateDetails();
}

void JobsPanel::onBatchFinished(const QString &batchId)
{
    const BatchSummary s = m_center->batch(batchId);
    QString message;
    if (s.isRefused())
        message = tr("%1: refused by the service, nothing was done.").arg(JobTreeModel::title(s));
    else if (s.refused > 0)
        message = tr("%1: %2 succeeded, %3 failed, %4 refused.")
                          .arg(JobTreeModel::title(s), QLocale().toString(s.succeeded),
                               QLocale().toString(s.failed), QLocale().toString(s.refused));
    else if (s.failed > 0)
        message = tr("%1: %2 succeeded, %3 failed.")
                          .arg(JobTreeModel::title(s), QLocale().toString(s.succeeded),
                               QLocale().toString(s.failed));
    else if (s.cancelled > 0)
        message = tr("%1: %2 succeeded, %3 cancelled.")
                          .arg(JobTreeModel::title(s), QLocale().toString(s.succeeded),
                               QLocale().toString(s.cancelled));
    else
        message = tr("%1: all %2 succeeded.")
                          .arg(JobTreeModel::title(s), QLocale().toString(s.succeeded));
    emit batchEnded(batchId, message);
    // Flashes the taskbar entry when the console is in the background.
    QApplication::alert(window());
    updateActions();
}

void JobsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_retry);
    menu.addAction(m_openInWizard);
    menu.addAction(m_pause);
    menu.addAction(m_cancel);
    menu.addSeparator();
    menu.addAction(m_copy);
    menu.addAction(m_export);
    menu.addSeparator();
    menu.addAction(m_clear);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void JobsPanel::retryFailed()
{
    const QString id = currentBatchId();
    if (id.isEmpty() || !m_center)
        return;
    const QString retry = m_center->retryFailed(id);
    if (retry.isEmpty()) {
        showMessage(m_center->lastError().isEmpty() ? tr("Nothing in this batch can be retried.")
                                                    : m_center->lastError());
        return;
    }
    m_message.clear();
    selectBatch(retry, true);
}

void JobsPanel::openInWizard()
{
    const BatchSummary s = m_model->summaryAt(m_view->currentIndex());
    if (s.id.isEmpty() || s.refused == 0 || s.kind != BatchKind::Create)
        return;
    emit openInWizardRequested(s.id);
}

void JobsPanel::togglePause()
{
    const BatchSummary s = m_model->summaryAt(m_view->currentIndex());
    if (s.id.isEmpty() || s.isFinished() || !m_center)
        return;
    if (s.paused)
        m_center->resume(s.id);
    else
        m_center->pause(s.id);
    updateActions();
}

void JobsPanel::cancelUnsent()
{
    const QString id = currentBatchId();
    if (!id.isEmpty() && m_center)
        m_center->cancel(id);
    updateActions();
}

void JobsPanel::copyErrorDetails()
{
    const QModelIndex current = m_view->currentIndex();
    const BatchSummary s = m_model->summaryAt(current);
    if (s.id.isEmpty() || !m_center)
        return;
    QStringList blocks;
    if (!current.data(JobTreeModel::IsBatchRole).toBool()) {
        blocks << JobFailures::details(s.id, m_model->itemAt(current), s.kind);
    } else {
        for (const BatchItem &item : m_center->items(s.id)) {
            if (item.outcome() == BatchItem::Outcome::Failed
                || item.outcome() == BatchItem::Outcome::Refused)
                blocks << JobFailures::details(s.id, item, s.kind);
        }
    }
    QApplication::clipboard()->setText(blocks.join(QStringLiteral("\n\n")));
    showMessage(
            tr("Copied the details of %n failure(s).", nullptr, static_cast<int>(blocks.size())));
}

void JobsPanel::exportResults()
{
    const BatchSummary s = m_model->summaryAt(m_view->currentIndex());
    if (s.id.isEmpty() || !m_center)
        return;
    const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(QStringLiteral("results-%1.csv")
                                        .arg(s.started.toLocalTime().toString(
                                                QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = m_saveFileName
                                 ? m_saveFileName(suggested)
                                 : QFileDialog::getSaveFileName(this, tr("Export results"),
                                                                suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_center->exportCsv(s.id, path, &error))
        showMessage(error);
    else
        showMessage(tr("Saved the results to %1.").arg(QDir::toNativeSeparators(path)));
}

void JobsPanel::clearFinished()
{
    if (m_center)
        m_center->clearFinished();
    m_message.clear();
    updateActions();
    updateDetails();
}

QString JobsPanel::serviceStateText(const JobCenter *center)
{
    if (!center || !center->isServiceUnreachable())
        return {};
    const ApiError error = center->lastServiceError();
    const QString cause = ErrorCatalog::explain(error).cause;
    const QString since = QLocale().toString(center->unreachableSince().toLocalTime().time(),
                                             QLocale::ShortFormat);
    const QDateTime next = center->nextServiceTry();
    const QString text
            = tr("The service cannot be reached since %1: %2 (%3).")
                      .arg(since, cause.isEmpty() ? error.summary() : cause, error.summary());
    if (!next.isValid())
        return text + QLatin1Char(' ')
               + tr("The jobs go on on the service; the console keeps asking.");
    return text + QLatin1Char(' ')
           + tr("The jobs go on on the service; the console asks again at %1.")
                     .arg(QLocale().toString(next.toLocalTime().time(), QLocale::LongFormat));
}

void JobsPanel::updateServiceState()
{
    const QString text = serviceStateText(m_center);
    m_serviceState->setText(text);
    m_serviceState->setVisible(!text.isEmpty());
    emit serviceStateChanged();
}

} // namespace wsc
