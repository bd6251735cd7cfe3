// Day2Rules: which selected desktops each day-2 action applies to, the reason given for the
// others, and the actions that take one desktop or desktops of one OS.

#include "models/rules/day2rules.h"
#include "support/day2desktops.h"

#include <QStandardPaths>
#include <QTest>

using namespace wsc;

Q_DECLARE_METATYPE(DesktopInfo)

class tst_Day2Rules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void single_data();
    void single();
    void partialSelection();
    void singleDesktopActions_data();
    void singleDesktopActions();
    void oneOperatingSystemPerBatch_data();
    void oneOperatingSystemPerBatch();
};

namespace {

DesktopInfo desktop(const QString &name, const QString &status, const QString &user = {},
                    const QString &task = {})
{
    return Day2Desktops::make(name, status, user, task);
}

DesktopInfo withDisk(DesktopInfo d)
{
    DesktopVolume v;
    v.id = QStringLiteral("vol-1");
    v.type = QStringLiteral("SAS");
    v.size = 100;
    d.dataVolumes << v;
    return d;
}

} // namespace

void tst_Day2Rules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Day2Rules::single_data()
{
    QTest::addColumn<DesktopAction>("action");
    QTest::addColumn<DesktopInfo>("desktop");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("reason"); // part of the tooltip when disabled

    const DesktopInfo active
            = desktop(QStringLiteral("A"), QStringLiteral("ACTIVE"), QStringLiteral("alice"));
    const DesktopInfo off = desktop(QStringLiteral("B"), QStringLiteral("SHUTOFF"));
    const DesktopInfo hibernated
            = desktop(QStringLiteral("C"), QStringLiteral("HIBERNATED"), QStringLiteral("bob"));
    const DesktopInfo busy = desktop(QStringLiteral("D"), QStringLiteral("ACTIVE"),
                                     QStringLiteral("carol"), QStringLiteral("rebooting"));
    const DesktopInfo building = desktop(QStringLiteral("E"), QString());

    QTest::newRow("start off") << DesktopAction::Start << off << true << QString();
    QTest::newRow("start hibernated") << DesktopAction::Start << hibernated << true << QString();
    QTest::newRow("start active") << DesktopAction::Start << active << false
                                  << QStringLiteral("already running");
    QTest::newRow("stop active") << DesktopAction::Stop << active << true << QString();
    QTest::newRow("stop off") << DesktopAction::Stop << off << false
                              << QStringLiteral("already shut off");
    QTest::newRow("reboot hibernated")
            << DesktopAction::Reboot << hibernated << false << QStringLiteral("hibernated");
    QTest::newRow("hibernate active") << DesktopAction::Hibernate << active << true << QString();
    QTest::newRow("stop busy") << DesktopAction::Stop << busy << false
                               << QStringLiteral("task is running");
    QTest::newRow("delete busy") << DesktopAction::Delete << busy << false
                                 << QStringLiteral("task is running");
    QTest::newRow("tags busy") << DesktopAction::Tags << busy << true << QString();
    QTest::newRow("delete building")
            << DesktopAction::Delete << building << false << QStringLiteral("still being created");
    QTest::newRow("detach assigned") << DesktopAction::Detach << active << true << QString();
    QTest::newRow("detach unassigned")
            << DesktopAction::Detach << off << false << QStringLiteral("no user assigned");
    QTest::newRow("detach hibernated") << DesktopAction::Detach << hibernated << false
                                       << QStringLiteral("hibernated desktops cannot be detached");
    QTest::newRow("delete off") << DesktopAction::Delete << off << true << QString();
    QTest::newRow("expand without disk")
            << DesktopAction::ExpandDisk << active << false << QStringLiteral("no data disk");
    QTest::newRow("expand with disk")
            << DesktopAction::ExpandDisk << withDisk(active) << true << QString();
    QTest::newRow("remove with disk")
            << DesktopAction::RemoveDisk << withDisk(off) << true << QString();
    QTest::newRow("add disk") << DesktopAction::AddDisk << active << true << QString();
    QTest::newRow("rename") << DesktopAction::Rename << off << true << QString();
    QTest::newRow("maintenance") << DesktopAction::Maintenance << active << true << QString();
}

void tst_Day2Rules::single()
{
    QFETCH(DesktopAction, action);
    QFETCH(DesktopInfo, desktop);
    QFETCH(bool, enabled);
    QFETCH(QString, reason);

    const Day2Verdict v = Day2Rules::judge(action, {desktop});
    QCOMPARE(v.isEnabled(), enabled);
    if (enabled) {
        QCOMPARE(v.targets.size(), 1);
        QVERIFY(v.skipped.isEmpty());
    } else {
        QVERIFY2(v.blocked.contains(reason), qPrintable(v.blocked));
        // The reason names the desktop so that the administrator knows which one.
        QVERIFY(v.blocked.contains(desktop.computerName));
    }
}

void tst_Day2Rules::partialSelection()
{
    const QList<DesktopInfo> selection{
            desktop(QStringLiteral("A"), QStringLiteral("ACTIVE"), QStringLiteral("alice")),
            desktop(QStringLiteral("B"), QStringLiteral("SHUTOFF")),
            desktop(QStringLiteral("C"), QStringLiteral("ACTIVE"), QStringLiteral("carol"))};
    const Day2Verdict stop = Day2Rules::judge(DesktopAction::Stop, selection);
    QVERIFY(stop.isEnabled());
    QCOMPARE(stop.targets.size(), 2);
    QCOMPARE(stop.targets.at(0).computerName, QStringLiteral("A"));
    QCOMPARE(stop.targets.at(1).computerName, QStringLiteral("C"));
    QCOMPARE(stop.skipped.size(), 1);
    QCOMPARE(stop.skipReasons.first(), QStringLiteral("already shut off"));

    const Day2Verdict none = Day2Rules::judge(DesktopAction::Start, {selection.at(0)});
    QVERIFY(!none.isEnabled());
    const Day2Verdict empty = Day2Rules::judge(DesktopAction::Delete, {});
    QVERIFY(!empty.isEnabled());
    QCOMPARE(empty.blocked, QStringLiteral("Select one or more desktops first."));
}

void tst_Day2Rules::singleDesktopActions_data()
{
    QTest::addColumn<DesktopAction>("action");
    QTest::newRow("rename") << DesktopAction::Rename;
    QTest::newRow("add disk") << DesktopAction::AddDisk;
    QTest::newRow("expand disk") << DesktopAction::ExpandDisk;
    QTest::newRow("remove disk") << DesktopAction::RemoveDisk;
}

void tst_Day2Rules::singleDesktopActions()
{
    QFETCH(DesktopAction, action);
    const QList<DesktopInfo> two{withDisk(desktop(QStringLiteral("A"), QStringLiteral("ACTIVE"))),
                                 withDisk(desktop(QStringLiteral("B"), QStringLiteral("ACTIVE")))};
    const Day2Verdict v = Day2Rules::judge(action, two);
    QVERIFY(!v.isEnabled());
    QCOMPARE(v.blocked, QStringLiteral("Select a single desktop."));
    QVERIFY(Day2Rules::judge(action, {two.first()}).isEnabled());
}

void tst_Day2Rules::oneOperatingSystemPerBatch_data()
{
    QTest::addColumn<DesktopAction>("action");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<bool>("enabled");

    QTest::newRow("resize same") << DesktopAction::Resize << "Windows"
                                 << "x86" << true;
    QTest::newRow("resize other os") << DesktopAction::Resize << "Linux"
                                     << "x86" << false;
    QTest::newRow("rebuild same") << DesktopAction::Rebuild << "Windows"
                                  << "x86" << true;
    QTest::newRow("rebuild other os") << DesktopAction::Rebuild << "Linux"
                                      << "x86" << false;
    QTest::newRow("rebuild other arch") << DesktopAction::Rebuild << "Windows"
                                        << "arm" << false;
    QTest::newRow("delete other os") << DesktopAction::Delete << "Linux"
                                     << "arm" << true;
}

void tst_Day2Rules::oneOperatingSystemPerBatch()
{
    QFETCH(DesktopAction, action);
    QFETCH(QString, os);
    QFETCH(QString, arch);
    QFETCH(bool, enabled);

    DesktopInfo other = desktop(QStringLiteral("B"), QStringLiteral("ACTIVE"));
    other.osType = os;
    other.architecture = arch;
    const Day2Verdict v = Day2Rules::judge(
            action, {desktop(QStringLiteral("A"), QStringLiteral("ACTIVE")), other});
    QCOMPARE(v.isEnabled(), enabled);
    if (!enabled)
        QVERIFY(v.blocked.contains(QStringLiteral("select desktops of one")));
}

QTEST_GUILESS_MAIN(tst_Day2Rules)
#include "tst_day2rules.moc"
