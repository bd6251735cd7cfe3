// DesktopActionSet and the actions' tooltips: the enabled state and tooltip of each day-2 action
// follow the selection as Day2Rules judges it (tests/models/tst_day2rules has the rules).

#include "models/i18n/translator.h"
#include "models/rules/day2rules.h"
#include "support/day2desktops.h"
#include "ui/desktopactions/desktopactionset.h"

#include <QAction>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

Q_DECLARE_METATYPE(DesktopInfo)

class tst_DesktopActionSet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toolTips();
    void actionSetFollowsSelection();
    void menuHasEveryAction();

private:
    Translator m_translator; ///< the English plurals ("2 Desktops")
};

namespace {

DesktopInfo desktop(const QString &name, const QString &status, const QString &user = {},
                    const QString &task = {})
{
    return Day2Desktops::make(name, status, user, task);
}

} // namespace

void tst_DesktopActionSet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_translator.setLanguage(QStringLiteral("en"));
}

void tst_DesktopActionSet::toolTips()
{
    // What it does with the desktops it applies to, and the first one skipped with why.
    const QList<DesktopInfo> selection{
            desktop(QStringLiteral("A"), QStringLiteral("ACTIVE"), QStringLiteral("alice")),
            desktop(QStringLiteral("B"), QStringLiteral("SHUTOFF")),
            desktop(QStringLiteral("C"), QStringLiteral("ACTIVE"), QStringLiteral("carol"))};
    const QString tip = DesktopActions::toolTip(DesktopAction::Stop,
                                                Day2Rules::judge(DesktopAction::Stop, selection));
    QVERIFY2(tip.startsWith(DesktopActions::confirmText(DesktopAction::Stop, 2)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("(B: already shut off)")), qPrintable(tip));
    QCOMPARE(DesktopActions::toolTip(DesktopAction::Stop,
                                     Day2Rules::judge(DesktopAction::Stop, {selection.at(0)})),
             DesktopActions::confirmText(DesktopAction::Stop, 1));
    QCOMPARE(DesktopActions::toolTip(DesktopAction::Start,
                                     Day2Rules::judge(DesktopAction::Start, {selection.at(0)})),
             QStringLiteral("A: already running"));
}

void tst_DesktopActionSet::actionSetFollowsSelection()
{
    DesktopActionSet set;
    QAction *start = set.action(DesktopAction::Start);
    QAction *stop = set.action(DesktopAction::Stop);
    QVERIFY(start && stop);
    QCOMPARE(stop->objectName(), QStringLiteral("desktopStopAction"));
    // Without a session nothing can run, and the tooltip says why.
    set.setSelection({desktop(QStringLiteral("A"), QStringLiteral("ACTIVE"))}, false,
                     QStringLiteral("Open a profile first."));
    QVERIFY(!stop->isEnabled());
    QCOMPARE(stop->toolTip(), QStringLiteral("Open a profile first."));

    set.setSelection({desktop(QStringLiteral("A"), QStringLiteral("ACTIVE"))}, true);
    QVERIFY(stop->isEnabled());
    QVERIFY(!start->isEnabled());
    QCOMPARE(start->toolTip(), QStringLiteral("A: already running"));
    QCOMPARE(start->statusTip(), start->toolTip());

    set.setSelection({}, true);
    for (const DesktopAction action : DesktopActions::all()) {
        QVERIFY(!set.action(action)->isEnabled());
        QCOMPARE(set.action(action)->toolTip(),
                 QStringLiteral("Select one or more desktops first."));
    }
}

void tst_DesktopActionSet::menuHasEveryAction()
{
    DesktopActionSet set;
    QMenu menu;
    set.addTo(&menu);
    QSet<QString> names;
    for (QAction *a : menu.actions()) {
        names << a->objectName();
        if (a->menu()) {
            for (QAction *sub : a->menu()->actions())
                names << sub->objectName();
        }
    }
    for (const DesktopAction action : DesktopActions::all()) {
        QVERIFY2(names.contains(DesktopActions::objectName(action)),
                 qPrintable(DesktopActions::objectName(action)));
        QVERIFY(!DesktopActions::menuText(action).isEmpty());
        QVERIFY(!DesktopActions::title(action).isEmpty());
    }
}

QTEST_MAIN(tst_DesktopActionSet)
#include "tst_desktopactionset.moc"
