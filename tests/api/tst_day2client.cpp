#include "api/http/workspaceclient.h"

#include "support/apicallwait.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The day-2 calls of WorkspaceClient against wsemu, read back through the typed results: who is
 * connected, a power action with a refused desktop in ActionResult, the details' disks,
 * addresses, architecture and maintenance flag, tags and the project's tags, a rename, and the
 * documented errors (404, 409) as ApiError.
 */
class tst_Day2Client : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void connectStatus_data();
    void connectStatus();
    void actionResultListsRefusals();
    void detailsCarryDisksAndAddresses();
    void tagsRenameMaintenance();
    void errors_data();
    void errors();

private:
    QString idOf(const QString &computerName);

    EmulatorProcess m_emu;
    ConnectionConfig m_config;
};

void tst_Day2Client::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")}),
             qPrintable(m_emu.errorString()));
    EmulatorConfig::pointAt(m_config, m_emu);
}

void tst_Day2Client::init()
{
    QVERIFY(!m_emu.reset(false).contains(QStringLiteral("error_code")));
}

QString tst_Day2Client::idOf(const QString &computerName)
{
    WorkspaceClient client(m_config);
    DesktopQuery query;
    query.computerNames = {computerName};
    auto *call = client.allDesktops(query);
    if (!waitFor(call) || !call->isOk() || call->result().size() != 1)
        return {};
    return call->result().constFirst().desktopId;
}

void tst_Day2Client::connectStatus_data()
{
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<int>("desktops");
    QTest::addColumn<int>("connected");
    QTest::newRow("everyone") << QStringList() << 5 << 1;
    QTest::newRow("wangfang") << QStringList{QStringLiteral("wangfang")} << 1 << 1;
    QTest::newRow("zhangwei and liuyang")
            << QStringList{QStringLiteral("zhangwei"), QStringLiteral("liuyang")} << 2 << 0;
}

void tst_Day2Client::connectStatus()
{
    QFETCH(QStringList, users);
    QFETCH(int, desktops);
    QFETCH(int, connected);
    WorkspaceClient client(m_config);
    auto *call = client.connectStatus(users);
    QVERIFY(waitFor(call));
    QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    QCOMPARE(call->result().size(), desktops);
    int now = 0;
    for (const DesktopConnectStatus &s : call->result()) {
        QVERIFY(!s.desktopId.isEmpty());
        QVERIFY(!s.desktopName.isEmpty());
        if (s.isConnected()) {
            ++now;
            QCOMPARE(s.attachedUserNames, QStringList{QStringLiteral("wangfang")});
        }
    }
    QCOMPARE(now, connected);
}

void tst_Day2Client::actionResultListsRefusals()
{
    WorkspaceClient client(m_config);
    DesktopActionRequest request;
    request.desktopIds = {idOf(QStringLiteral("WKS-FIN-001")), idOf(QStringLiteral("WKS-POOL-02"))};
    request.action = DesktopActionRequest::Action::Start;
    auto *call = client.runDesktopAction(request);
    QVERIFY(waitFor(call));
    QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    const ActionResult r = call->result();
    QVERIFY(!r.jobId.isEmpty());
    QCOMPARE(r.failures.size(), 1);
    QCOMPARE(r.failures.first().desktopId, request.desktopIds.first());
    QCOMPARE(r.failures.first().desktopName, QStringLiteral("WKS-FIN-001"));
    QCOMPARE(r.failures.first().error.errorCode, QStringLiteral("WKS.00010032"));
    auto *job = client.job(r.jobId);
    QVERIFY(waitFor(job) && job->isOk());
    QCOMPARE(job->result().jobType, QStringLiteral("operateDesktops"));
    QCOMPARE(job->result().subJobs.size(), 1);
}

void tst_Day2Client::detailsCarryDisksAndAddresses()
{
    WorkspaceClient client(m_config);
    auto *call = client.desktop(idOf(QStringLiteral("WKS-DEV-001")));
    QVERIFY(waitFor(call) && call->isOk());
    const DesktopInfo d = call->result();
    QCOMPARE(d.rootVolume.size, 80);
    QVERIFY(!d.rootVolume.id.isEmpty());
    QCOMPARE(d.dataVolumes.size(), 1);
    QCOMPARE(d.dataVolumes.first().size, 100);
    QCOMPARE(d.dataVolumes.first().device, QStringLiteral("/dev/vdb"));
    QCOMPARE(d.addresses.size(), 1);
    QCOMPARE(d.addresses.first().address, QStringLiteral("192.168.0.13"));
    QCOMPARE(d.addresses.first().type, QStringLiteral("fixed"));
    QVERIFY(!d.addresses.first().macAddress.isEmpty());
    QCOMPARE(d.architecture, QStringLiteral("x86"));
    QCOMPARE(d.inMaintenanceMode, false);

    auto *expand = client.expandDesktopVolume(d.desktopId, d.dataVolumes.first().id, 150);
    QVERIFY(waitFor(expand));
    QVERIFY2(expand->isOk(), qPrintable(expand->error().summary()));
    auto *again = client.desktop(d.desktopId);
    QVERIFY(waitFor(again) && again->isOk());
    QCOMPARE(again->result().dataVolumes.first().size, 150);
}

void tst_Day2Client::tagsRenameMaintenance()
{
    WorkspaceClient client(m_config);
    const QString id = idOf(QStringLiteral("WKS-FIN-001"));
    Tag tag;
    tag.key = QStringLiteral("dept");
    tag.value = QStringLiteral("finance");
    auto *add = client.addDesktopTags(DesktopTagsChange::sameTags({id}, {tag}));
    QVERIFY(waitFor(add) && add->isOk());
    auto *tags = client.projectTags();
    QVERIFY(waitFor(tags) && tags->isOk());
    QCOMPARE(tags->result().size(), 1);
    QCOMPARE(tags->result().first().key, QStringLiteral("dept"));
    QCOMPARE(tags->result().first().values, QStringList{QStringLiteral("finance")});

    auto *rename = client.renameDesktop(id, QStringLiteral("FIN-NEW-01"));
    QVERIFY(waitFor(rename) && rename->isOk());
    auto *maintenance = client.setMaintenanceMode({id}, true);
    QVERIFY(waitFor(maintenance) && maintenance->isOk());
    auto *d = client.desktop(id);
    QVERIFY(waitFor(d) && d->isOk());
    QCOMPARE(d->result().computerName, QStringLiteral("FIN-NEW-01"));
    QCOMPARE(d->result().inMaintenanceMode, true);
    QCOMPARE(d->result().tags.value(QStringLiteral("dept")), QStringLiteral("finance"));

    auto *remove = client.deleteDesktopTags(DesktopTagsChange::sameTags({id}, {tag}));
    QVERIFY(waitFor(remove) && remove->isOk());
    auto *none = client.projectTags();
    QVERIFY(waitFor(none) && none->isOk());
    QVERIFY(none->result().isEmpty());
}

void tst_Day2Client::errors_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("delete an unknown desktop") << "delete" << 404 << "WKS.00010010";
    QTest::newRow("resize to another OS") << "resize" << 400 << "WKS.00010007";
    QTest::newRow("rename a busy desktop") << "rename-busy" << 409 << "WKS.00010032";
}

void tst_Day2Client::errors()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QString, code);
    WorkspaceClient client(m_config);
    const QString fin1 = idOf(QStringLiteral("WKS-FIN-001"));
    ApiCall *sent = nullptr;
    if (call == QLatin1String("delete")) {
        DeleteDesktopsRequest r;
        r.desktopIds = {QStringLiteral("00000000-0000-0000-0000-000000000000")};
        sent = client.batchDeleteDesktops(r);
    } else if (call == QLatin1String("resize")) {
        ResizeRequest r;
        r.desktopIds = {fin1};
        r.productId = QStringLiteral("workspace.x86.general.large2.linux");
        sent = client.resizeDesktops(r);
    } else {
        // A stop that takes a while keeps the desktop busy.
        m_emu.configure({{QStringLiteral("time_scale"), 5}});
        DesktopActionRequest stop;
        stop.desktopIds = {fin1};
        stop.action = DesktopActionRequest::Action::Stop;
        auto *busy = client.runDesktopAction(stop);
        QVERIFY(waitFor(busy) && busy->isOk());
        m_emu.configure({{QStringLiteral("time_scale"), 0}});
        sent = client.renameDesktop(fin1, QStringLiteral("FIN-BUSY-01"));
    }
    QVERIFY(waitFor(sent));
    QVERIFY(!sent->isOk());
    QCOMPARE(sent->error().httpStatus, status);
    QCOMPARE(sent->error().errorCode, code);
    QVERIFY(!sent->error().errorMessage.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Day2Client)
#include "tst_day2client.moc"
