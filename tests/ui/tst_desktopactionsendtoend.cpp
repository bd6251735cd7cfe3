// Day-2 actions end to end through the main window on a real wsemu: the Desktops menu (and the
// table's context menu) → the confirmation → the jobs panel → the table showing the new state.
// Power actions, detach, delete, a partly failing batch (a desktop stopped by someone else
// between confirmation and sending), disabled actions with their reason, the typed count.

#include "consolefixture.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/session.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/translator.h"
#include "support/emulatorconfig.h"
#include "ui/desktopactions/desktopaction.h"
#include "ui/desktopactions/desktopactiondialog.h"
#include "ui/desktopactions/rebuildinput.h"
#include "ui/desktopactions/resizeinput.h"
#include "ui/jobs/jobspanel.h"
#include "ui/mainwindow/desktopactioncontroller.h"
#include "ui/mainwindow/desktopdetailspanel.h"
#include "ui/mainwindow/desktopsview.h"
#include "ui/mainwindow/desktoptablemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/typedcountconfirmation.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace wsc;

class tst_DesktopActionsEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void disabledWithReason();
    void detailsShowNetworkAndDisks();
    void stopStartThenDelete();
    void partlyFailingBatch();
    void detachUser();
    void renameMaintenanceTags();
    void addDataDisk();
    void changeProductAndRebuild();
    void conflictShownInTheDialog();

private:
    void select(const QStringList &names);
    DesktopInfo desktop(const QString &name) const;
    QAction *action(const char *objectName) const;
    /** Triggers the action, confirms (typing the count if asked); returns the batch id. */
    QString confirm(const char *objectName, int typed = 0,
                    const std::function<void(DesktopActionDialog *)> &before = {});
    bool waitFinished(const QString &batchId);
    /** Triggers a one-call action, lets @p fill set its inputs, confirms; true once applied. */
    bool apply(const char *objectName, const std::function<void(DesktopActionDialog *)> &fill);
    void refreshAndWait();

    ConsoleFixture m_console;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DesktopActionsEndToEnd::initTestCase()
{
    m_console.start({QStringLiteral("--time-scale"), QStringLiteral("0.02")});
}

void tst_DesktopActionsEndToEnd::cleanupTestCase()
{
    m_console.stop();
}

void tst_DesktopActionsEndToEnd::init()
{
    // Each test starts from the seed tenant (five desktops).
    QVERIFY(!m_console.emu.reset(false).contains(QStringLiteral("error_code")));
    m_window = std::make_unique<MainWindow>(m_console.settings.get(), m_console.profiles.get(),
                                            m_console.sessions.get(), m_console.translator.get());
    m_window->show();
    QSignalSpy loaded(m_window->desktopsView(), &DesktopsView::loaded);
    if (m_console.sessions->session())
        m_window->desktopsView()->refresh();
    else
        m_console.sessions->activateStored();
    QVERIFY(loaded.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->desktopsView()->model()->rowCount(), 5, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()
                                     && m_window->session()->state() == Session::State::Connected,
                             20000);
}

void tst_DesktopActionsEndToEnd::cleanup()
{
    m_window.reset();
}

void tst_DesktopActionsEndToEnd::select(const QStringList &names)
{
    QTableView *table = m_window->desktopsView()->table();
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name
                = table->model()->index(row, DesktopTableModel::NameColumn).data().toString();
        if (names.contains(name))
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select
                                                    | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_window->desktopsView()->selectedDesktops().size(), names.size());
}

DesktopInfo tst_DesktopActionsEndToEnd::desktop(const QString &name) const
{
    for (const DesktopInfo &d : m_window->desktopsView()->model()->desktops()) {
        if (d.computerName == name)
            return d;
    }
    return {};
}

QAction *tst_DesktopActionsEndToEnd::action(const char *objectName) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(objectName));
}

QString
tst_DesktopActionsEndToEnd::confirm(const char *objectName, int typed,
                                    const std::function<void(DesktopActionDialog *)> &before)
{
    QAction *a = action(objectName);
    if (!a || !a->isEnabled())
        return {};
    a->trigger();
    DesktopActionDialog *dialog = m_window->desktopActions()->dialog();
    if (!dialog || !dialog->isVisible())
        return {};
    if (typed > 0) {
        if (!dialog->typedConfirmation() || dialog->confirmButton()->isEnabled())
            return {};
        QTest::keyClicks(dialog->typedConfirmation()->lineEdit(), QString::number(typed));
    }
    if (before)
        before(dialog);
    if (!dialog->confirmButton()->isEnabled())
        return {};
    QSignalSpy submitted(dialog, &DesktopActionDialog::submitted);
    dialog->confirmButton()->click();
    return submitted.isEmpty() ? QString() : submitted.first().first().toString();
}

bool tst_DesktopActionsEndToEnd::apply(const char *objectName,
                                       const std::function<void(DesktopActionDialog *)> &fill)
{
    QAction *a = action(objectName);
    if (!a || !a->isEnabled())
        return false;
    a->trigger();
    DesktopActionDialog *dialog = m_window->desktopActions()->dialog();
    if (!dialog || !dialog->isVisible())
        return false;
    if (fill)
        fill(dialog);
    if (!dialog->confirmButton()->isEnabled())
        return false;
    QSignalSpy applied(dialog, &DesktopActionDialog::applied);
    dialog->confirmButton()->click();
    return applied.count() > 0 || applied.wait(20000);
}

bool tst_DesktopActionsEndToEnd::waitFinished(const QString &batchId)
{
    JobCenter *jobs = m_window->session()->jobCenter();
    QSignalSpy finished(jobs, &JobCenter::batchFinished);
    QDeadlineTimer deadline(45000);
    while (!deadline.hasExpired()) {
        if (jobs->batch(batchId).isFinished())
            return true;
        finished.wait(500);
    }
    return jobs->batch(batchId).isFinished();
}

void tst_DesktopActionsEndToEnd::refreshAndWait()
{
    QSignalSpy loaded(m_window->desktopsView(), &DesktopsView::loaded);
    m_window->desktopsView()->refresh();
    QVERIFY(loaded.wait(10000));
}

void tst_DesktopActionsEndToEnd::disabledWithReason()
{
    // A shut-off desktop without a user: stopping or detaching it makes no sense.
    select({QStringLiteral("WKS-POOL-02")});
    QAction *stop = action("desktopStopAction");
    QVERIFY(!stop->isEnabled());
    QCOMPARE(stop->toolTip(), QStringLiteral("WKS-POOL-02: already shut off"));
    QVERIFY(!action("desktopDetachAction")->isEnabled());
    QCOMPARE(action("desktopDetachAction")->toolTip(),
             QStringLiteral("WKS-POOL-02: no user assigned"));
    QVERIFY(action("desktopStartAction")->isEnabled());
    QCOMPARE(action("desktopStartAction")->toolTip(),
             DesktopActions::confirmText(DesktopAction::Start, 1));
    // The same actions are in the Desktops menu, the toolbar and the table's context menu,
    // whose tooltips are shown (a disabled action says why).
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("desktopsMenu"));
    QVERIFY(menu->actions().contains(stop));
    QVERIFY(menu->toolTipsVisible());
    QVERIFY(m_window->desktopsView()->actionBar()->actions().contains(stop));
    QMenu *context = m_window->desktopActions()->contextMenu();
    QVERIFY(context->actions().contains(stop));
    QVERIFY(context->toolTipsVisible());

    // Several desktops: enabled when one qualifies; the tooltip counts those skipped.
    select({QStringLiteral("WKS-POOL-01"), QStringLiteral("WKS-POOL-02")});
    QVERIFY(stop->isEnabled());
    QVERIFY2(stop->toolTip().startsWith(DesktopActions::confirmText(DesktopAction::Stop, 1)),
             qPrintable(stop->toolTip()));
    QVERIFY2(stop->toolTip().contains(QStringLiteral("(WKS-POOL-02: already shut off)")),
             qPrintable(stop->toolTip()));
    // Single-desktop actions say so.
    QVERIFY(!action("desktopRenameAction")->isEnabled());
    QCOMPARE(action("desktopRenameAction")->toolTip(), QStringLiteral("Select a single desktop."));

    // Nothing selected.
    m_window->desktopsView()->table()->clearSelection();
    QVERIFY(!action("desktopDeleteAction")->isEnabled());
    QCOMPARE(action("desktopDeleteAction")->toolTip(),
             QStringLiteral("Select one or more desktops first."));
}

void tst_DesktopActionsEndToEnd::detailsShowNetworkAndDisks()
{
    select({QStringLiteral("WKS-FIN-001")});
    DesktopDetailsPanel *details = m_window->desktopsView()->details();
    QVERIFY(details->value(QStringLiteral("nics")).contains(QStringLiteral("192.168.0.11")));
    QVERIFY(details->value(QStringLiteral("nics")).contains(QStringLiteral("MAC fa:16:3e:")));
    QCOMPARE(details->value(QStringLiteral("data_disks")).count(u'\n'), 0);
    QVERIFY(details->value(QStringLiteral("data_disks")).contains(QStringLiteral("100 GB SAS")));
    QVERIFY(details->value(QStringLiteral("system_disk")).contains(QStringLiteral("80 GB")));
    QCOMPARE(details->value(QStringLiteral("eip")), QStringLiteral("None"));
    // The list has no security groups: the panel reads the desktop's own detail for them.
    QTRY_VERIFY_WITH_TIMEOUT(!details->value(QStringLiteral("security_groups")).isEmpty(), 20000);
}

void tst_DesktopActionsEndToEnd::stopStartThenDelete()
{
    const QStringList two{QStringLiteral("WKS-FIN-001"), QStringLiteral("WKS-POOL-01")};
    select(two);
    // Stop: destructive on two desktops, so the count is typed.
    const QString stopBatch = confirm("desktopStopAction", 2);
    QVERIFY(!stopBatch.isEmpty());
    JobCenter *jobs = m_window->session()->jobCenter();
    QVERIFY(m_window->jobsDock()->isVisible());
    auto *panel = m_window->jobsDock()->findChild<JobsPanel *>();
    QVERIFY(panel);
    QVERIFY(jobs->batches().size() >= 1);
    QVERIFY(waitFinished(stopBatch));
    QCOMPARE(jobs->batch(stopBatch).failed, 0);
    QCOMPARE(jobs->items(stopBatch).size(), 2);
    // The table shows the new state (the engine's end refreshes it; the service may take a
    // moment to report the final status).
    QTRY_VERIFY_WITH_TIMEOUT(desktop(two.at(0)).status == QLatin1String("SHUTOFF")
                                     && desktop(two.at(1)).status == QLatin1String("SHUTOFF"),
                             30000);

    // Start them again: not destructive, no count to type.
    select(two);
    const QString startBatch = confirm("desktopStartAction");
    QVERIFY(!startBatch.isEmpty());
    QVERIFY(waitFinished(startBatch));
    QTRY_VERIFY_WITH_TIMEOUT(desktop(two.at(0)).status == QLatin1String("ACTIVE")
                                     && desktop(two.at(1)).status == QLatin1String("ACTIVE"),
                             30000);

    // Delete one desktop (no count for one) through the context menu's action.
    select({QStringLiteral("WKS-POOL-02")});
    QVERIFY(m_window->desktopActions()->contextMenu()->actions().contains(
            action("desktopDeleteAction")));
    const QString deleteBatch = confirm("desktopDeleteAction");
    QVERIFY(!deleteBatch.isEmpty());
    QVERIFY(waitFinished(deleteBatch));
    QCOMPARE(jobs->batch(deleteBatch).failed, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->desktopsView()->model()->rowCount(), 4, 30000);
    QVERIFY(desktop(QStringLiteral("WKS-POOL-02")).desktopId.isEmpty());
}

void tst_DesktopActionsEndToEnd::partlyFailingBatch()
{
    const QStringList two{QStringLiteral("WKS-FIN-001"), QStringLiteral("WKS-POOL-01")};
    select(two);
    const QString poolId = desktop(QStringLiteral("WKS-POOL-01")).desktopId;
    // Someone else stops WKS-POOL-01 while the administrator reads the confirmation.
    const QString batch = confirm("desktopStopAction", 2, [this, poolId](DesktopActionDialog *) {
        WorkspaceClient other(EmulatorConfig::forEmulator(m_console.emu));
        DesktopActionRequest request;
        request.desktopIds = {poolId};
        request.action = DesktopActionRequest::Action::Stop;
        TypedCall<ActionResult> *call = other.runDesktopAction(request);
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(call->isOk());
        // Wait until it is off: the console's stop then finds it so.
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            TypedCall<DesktopInfo> *read = other.desktop(poolId);
            QSignalSpy got(read, &ApiCall::finished);
            QVERIFY(got.wait(5000));
            if (read->result().status == QLatin1String("SHUTOFF"))
                return;
            QTest::qWait(100);
        }
        QFAIL("the out-of-band stop did not finish");
    });
    QVERIFY(!batch.isEmpty());
    QVERIFY(waitFinished(batch));
    JobCenter *jobs = m_window->session()->jobCenter();
    const BatchSummary summary = jobs->batch(batch);
    QCOMPARE(summary.failed + summary.refused, 1);
    QCOMPARE(summary.succeeded, 1);
    bool sawFailure = false;
    for (const BatchItem &item : jobs->items(batch)) {
        if (item.desktopId == poolId || item.computerName == QLatin1String("WKS-POOL-01")) {
            QVERIFY(item.outcome() == BatchItem::Outcome::Failed
                    || item.outcome() == BatchItem::Outcome::Refused);
            QVERIFY(!item.message.isEmpty());
            sawFailure = true;
        }
    }
    QVERIFY(sawFailure);
    QTRY_VERIFY_WITH_TIMEOUT(
            desktop(QStringLiteral("WKS-FIN-001")).status == QLatin1String("SHUTOFF"), 30000);
}

void tst_DesktopActionsEndToEnd::detachUser()
{
    select({QStringLiteral("WKS-FIN-001")});
    QVERIFY(desktop(QStringLiteral("WKS-FIN-001")).hasUser());
    const QString batch = confirm("desktopDetachAction");
    QVERIFY(!batch.isEmpty());
    QVERIFY(waitFinished(batch));
    QCOMPARE(m_window->session()->jobCenter()->batch(batch).failed, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!desktop(QStringLiteral("WKS-FIN-001")).hasUser(), 30000);
}

void tst_DesktopActionsEndToEnd::renameMaintenanceTags()
{
    // Rename: one call; the table shows the new name once the dialog closes.
    select({QStringLiteral("WKS-POOL-01")});
    const QString id = desktop(QStringLiteral("WKS-POOL-01")).desktopId;
    QVERIFY(apply("desktopRenameAction", [](DesktopActionDialog *d) {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("renameEdit"));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("WKS-POOL-11"));
    }));
    QTRY_COMPARE_WITH_TIMEOUT(desktop(QStringLiteral("WKS-POOL-11")).desktopId, id, 20000);

    // Maintenance mode on two desktops, a batch of the job engine; the details panel says so.
    select({QStringLiteral("WKS-POOL-11"), QStringLiteral("WKS-POOL-02")});
    const QString maintenance = confirm("desktopMaintenanceAction");
    QVERIFY(!maintenance.isEmpty());
    QVERIFY(waitFinished(maintenance));
    QCOMPARE(m_window->session()->jobCenter()->batch(maintenance).kind, BatchKind::Maintenance);
    QCOMPARE(m_window->session()->jobCenter()->batch(maintenance).succeeded, 2);
    QTRY_VERIFY_WITH_TIMEOUT(desktop(QStringLiteral("WKS-POOL-11")).inMaintenanceMode
                                     && desktop(QStringLiteral("WKS-POOL-02")).inMaintenanceMode,
                             20000);
    select({QStringLiteral("WKS-POOL-02")});
    QVERIFY(m_window->desktopsView()
                    ->details()
                    ->value(QStringLiteral("maintenance"))
                    .startsWith(QStringLiteral("On")));

    // A tag on both, then removed from both: each a batch of the job engine, both desktops
    // succeeded in it.
    select({QStringLiteral("WKS-POOL-11"), QStringLiteral("WKS-POOL-02")});
    const QString tagged = confirm("desktopTagsAction", 0, [](DesktopActionDialog *d) {
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("tagKeyEdit")),
                         QStringLiteral("dept"));
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("tagValueEdit")),
                         QStringLiteral("finance"));
    });
    QVERIFY(!tagged.isEmpty());
    QVERIFY(waitFinished(tagged));
    QCOMPARE(m_window->session()->jobCenter()->batch(tagged).kind, BatchKind::TagAdd);
    QCOMPARE(m_window->session()->jobCenter()->batch(tagged).succeeded, 2);
    QTRY_VERIFY_WITH_TIMEOUT(
            desktop(QStringLiteral("WKS-POOL-11")).tags.value(QStringLiteral("dept"))
                            == QLatin1String("finance")
                    && desktop(QStringLiteral("WKS-POOL-02")).tags.contains(QStringLiteral("dept")),
            20000);
    select({QStringLiteral("WKS-POOL-11"), QStringLiteral("WKS-POOL-02")});
    const QString untagged = confirm("desktopTagsAction", 0, [](DesktopActionDialog *d) {
        d->findChild<QAbstractButton *>(QStringLiteral("tagsRemoveRadio"))->click();
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("tagKeyEdit")),
                         QStringLiteral("dept"));
    });
    QVERIFY(!untagged.isEmpty());
    QVERIFY(waitFinished(untagged));
    QCOMPARE(m_window->session()->jobCenter()->batch(untagged).kind, BatchKind::TagRemove);
    QCOMPARE(m_window->session()->jobCenter()->batch(untagged).succeeded, 2);
    QTRY_VERIFY_WITH_TIMEOUT(
            !desktop(QStringLiteral("WKS-POOL-11")).tags.contains(QStringLiteral("dept")), 20000);
}

void tst_DesktopActionsEndToEnd::addDataDisk()
{
    select({QStringLiteral("WKS-FIN-001")});
    QCOMPARE(desktop(QStringLiteral("WKS-FIN-001")).dataVolumes.size(), 1);
    QVERIFY(apply("desktopAddDiskAction", [](DesktopActionDialog *d) {
        d->findChild<QSpinBox *>(QStringLiteral("addDiskSizeSpin"))->setValue(50);
    }));
    // The service adds it in a task of its own: the table keeps reading until it is done.
    QTRY_COMPARE_WITH_TIMEOUT(desktop(QStringLiteral("WKS-FIN-001")).dataVolumes.size(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(desktop(QStringLiteral("WKS-FIN-001")).isIdle(), 30000);

    // Expand the first disk; a size below today's is refused in place first.
    select({QStringLiteral("WKS-FIN-001")});
    const QString first = desktop(QStringLiteral("WKS-FIN-001")).dataVolumes.at(0).id;
    QVERIFY(apply("desktopExpandDiskAction", [first](DesktopActionDialog *d) {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("expandDiskCombo"));
        combo->setCurrentIndex(combo->findData(first));
        auto *spin = d->findChild<QSpinBox *>(QStringLiteral("expandDiskSizeSpin"));
        spin->setValue(90);
        QVERIFY(!d->confirmButton()->isEnabled());
        spin->setValue(150);
    }));
    auto sizeOf = [this](const QString &volumeId) {
        for (const DesktopVolume &v : desktop(QStringLiteral("WKS-FIN-001")).dataVolumes) {
            if (v.id == volumeId)
                return v.size;
        }
        return 0;
    };
    QTRY_COMPARE_WITH_TIMEOUT(sizeOf(first), 150, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(desktop(QStringLiteral("WKS-FIN-001")).isIdle(), 30000);

    // Remove the added disk.
    select({QStringLiteral("WKS-FIN-001")});
    QVERIFY(apply("desktopRemoveDiskAction", [first](DesktopActionDialog *d) {
        auto *list = d->findChild<QListWidget *>(QStringLiteral("removeDiskList"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() != first)
                list->item(i)->setCheckState(Qt::Checked);
        }
    }));
    QTRY_COMPARE_WITH_TIMEOUT(desktop(QStringLiteral("WKS-FIN-001")).dataVolumes.size(), 1, 30000);
    QCOMPARE(desktop(QStringLiteral("WKS-FIN-001")).dataVolumes.at(0).id, first);
}

void tst_DesktopActionsEndToEnd::changeProductAndRebuild()
{
    // Change product: a batch of one desktop (no count to type).
    select({QStringLiteral("WKS-POOL-01")});
    const QString bigger = QStringLiteral("workspace.x86.general.xlarge2.windows");
    QVERIFY(desktop(QStringLiteral("WKS-POOL-01")).productId != bigger);
    const QString resize = confirm("desktopResizeAction", 0, [bigger](DesktopActionDialog *d) {
        auto *input = d->findChild<ResizeInput *>();
        QSignalSpy loaded(input, &ResizeInput::catalogLoaded);
        QVERIFY(input->isLoaded() || loaded.wait(10000));
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("resizeProductCombo"));
        combo->setCurrentIndex(combo->findData(bigger));
    });
    QVERIFY(!resize.isEmpty());
    QVERIFY(waitFinished(resize));
    QCOMPARE(m_window->session()->jobCenter()->batch(resize).failed, 0);
    QTRY_COMPARE_WITH_TIMEOUT(desktop(QStringLiteral("WKS-POOL-01")).productId, bigger, 30000);

    // Rebuild WKS-DEV-001 (Linux x86) from the private Ubuntu image.
    select({QStringLiteral("WKS-DEV-001")});
    const QString image = QStringLiteral("2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0");
    const QString rebuild = confirm("desktopRebuildAction", 0, [image](DesktopActionDialog *d) {
        auto *input = d->findChild<RebuildInput *>();
        QSignalSpy loaded(input, &RebuildInput::catalogLoaded);
        QVERIFY(input->isLoaded() || loaded.wait(10000));
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("rebuildImageCombo"));
        combo->setCurrentIndex(combo->findData(image));
    });
    QVERIFY(!rebuild.isEmpty());
    QVERIFY(waitFinished(rebuild));
    QCOMPARE(m_window->session()->jobCenter()->batch(rebuild).failed, 0);
    QTRY_COMPARE_WITH_TIMEOUT(desktop(QStringLiteral("WKS-DEV-001")).imageId, image, 30000);
}

void tst_DesktopActionsEndToEnd::conflictShownInTheDialog()
{
    // The desktop is idle when the rename opens; someone reboots it before Confirm: the service
    // answers 409 and the dialog says so, keeping what was typed.
    select({QStringLiteral("WKS-FIN-001")});
    const QString id = desktop(QStringLiteral("WKS-FIN-001")).desktopId;
    // The reboot must outlast the confirmation: at the suite's time scale it takes 40 ms, which a
    // loaded machine can spend before Confirm (the rename then succeeds and the dialog closes).
    QVERIFY(m_console.emu.configure({{QStringLiteral("time_scale"), 10.0}})
                    .contains(QStringLiteral("config")));
    const auto restoreScale = qScopeGuard([this] {
        m_console.emu.configure({{QStringLiteral("time_scale"), 0.02}});
    });
    action("desktopRenameAction")->trigger();
    QPointer<DesktopActionDialog> d = m_window->desktopActions()->dialog();
    QVERIFY(d && d->isVisible());
    auto *edit = d->findChild<QLineEdit *>(QStringLiteral("renameEdit"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("WKS-FIN-100"));
    WorkspaceClient other(EmulatorConfig::forEmulator(m_console.emu));
    DesktopActionRequest request;
    request.desktopIds = {id};
    request.action = DesktopActionRequest::Action::Reboot;
    TypedCall<ActionResult> *reboot = other.runDesktopAction(request);
    QSignalSpy rebooted(reboot, &ApiCall::finished);
    QVERIFY(rebooted.wait(10000));
    QVERIFY(reboot->isOk() && reboot->result().failures.isEmpty());
    QVERIFY(d->confirmButton()->isEnabled());
    d->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d || !d->errorText().isEmpty(), 20000);
    QVERIFY2(d, "the dialog closed: the rename was accepted while the desktop rebooted");
    QVERIFY2(d->errorText().contains(QStringLiteral("refused")), qPrintable(d->errorText()));
    QVERIFY(d->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("WKS-FIN-100"));
    QVERIFY(d->confirmButton()->isEnabled()); // it may be tried again once the reboot is over
    QVERIFY(desktop(QStringLiteral("WKS-FIN-100")).desktopId.isEmpty());
}

QTEST_MAIN(tst_DesktopActionsEndToEnd)
#include "tst_desktopactionsendtoend.moc"
