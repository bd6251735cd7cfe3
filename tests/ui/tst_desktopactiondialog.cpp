// The day-2 confirmations against wsemu over real sockets: who is connected now, the typed
// count for destructive batches, inputs checked live with nothing sent while they are wrong
// (rename, product of the desktop's OS, image of its OS and architecture, disk sizes, tags),
// accessible names, and the size of every dialog on a 1366×768 screen.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/profiles/profile.h"
#include "models/rules/day2rules.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/desktopactions/adddiskinput.h"
#include "ui/desktopactions/deleteinput.h"
#include "ui/desktopactions/desktopactiondialog.h"
#include "ui/desktopactions/detachinput.h"
#include "ui/desktopactions/expanddiskinput.h"
#include "ui/desktopactions/maintenanceinput.h"
#include "ui/desktopactions/powerinput.h"
#include "ui/desktopactions/rebuildinput.h"
#include "ui/desktopactions/removediskinput.h"
#include "ui/desktopactions/renameinput.h"
#include "ui/desktopactions/resizeinput.h"
#include "ui/desktopactions/tagsinput.h"
#include "ui/widgets/typedcountconfirmation.h"
#include "wsemuwidgettest.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace wsc;

class tst_DesktopActionDialog : public WsemuWidgetTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsWhoIsConnected();
    void typedCount_data();
    void typedCount();
    void renameCheckedLive_data();
    void renameCheckedLive();
    void productsOfTheDesktopsOs();
    void imagesOfTheSameOsAndArchitecture();
    void diskSizes_data();
    void diskSizes();
    void removeDiskNeedsATick();
    void tagsCheckedLive_data();
    void tagsCheckedLive();
    void fitsSmallScreenAndAccessible_data();
    void fitsSmallScreenAndAccessible();

private:
    DesktopInfo desktop(const QString &name) const;
    QList<DesktopInfo> desktops(const QStringList &names) const;
    DesktopActionDialog *dialog(DesktopAction action, const QList<DesktopInfo> &selection,
                                DesktopActionInput *input);

    std::unique_ptr<WorkspaceClient> m_client;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<JobCenter> m_jobs;
    QList<DesktopInfo> m_desktops;
    std::unique_ptr<DesktopActionDialog> m_dialog;
};

void tst_DesktopActionDialog::initTestCase()
{
    startEmulator({QStringLiteral("--time-scale"), QStringLiteral("0.01")},
                  QLocale(QStringLiteral("en_US")));
}

void tst_DesktopActionDialog::cleanupTestCase()
{
    stopEmulator();
}

void tst_DesktopActionDialog::init()
{
    m_client = std::make_unique<WorkspaceClient>(EmulatorConfig::forEmulator(m_emu));
    m_journal = std::make_unique<JobJournal>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QVERIFY(m_journal->open());
    m_jobs = std::make_unique<JobCenter>(m_client.get(), m_journal.get(),
                                         QString::fromLatin1(Profile::SandboxName));
    TypedCall<QList<DesktopInfo>> *call = m_client->allDesktops(DesktopQuery());
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(10000));
    QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    m_desktops = call->result();
    QCOMPARE(m_desktops.size(), 5);
}

void tst_DesktopActionDialog::cleanup()
{
    m_dialog.reset();
    m_jobs.reset();
    m_journal.reset();
    m_client.reset();
}

DesktopInfo tst_DesktopActionDialog::desktop(const QString &name) const
{
    for (const DesktopInfo &d : m_desktops) {
        if (d.computerName == name)
            return d;
    }
    return {};
}

QList<DesktopInfo> tst_DesktopActionDialog::desktops(const QStringList &names) const
{
    QList<DesktopInfo> out;
    for (const QString &name : names)
        out << desktop(name);
    return out;
}

DesktopActionDialog *tst_DesktopActionDialog::dialog(DesktopAction action,
                                                     const QList<DesktopInfo> &selection,
                                                     DesktopActionInput *input)
{
    m_dialog = std::make_unique<DesktopActionDialog>(action, Day2Rules::judge(action, selection),
                                                     input, m_client.get(), m_jobs.get());
    m_dialog->show();
    return m_dialog.get();
}

void tst_DesktopActionDialog::showsWhoIsConnected()
{
    // WKS-FIN-002's user is connected in the seed tenant; WKS-FIN-001's is not.
    DesktopActionDialog *d
            = dialog(DesktopAction::Reboot,
                     desktops({QStringLiteral("WKS-FIN-001"), QStringLiteral("WKS-FIN-002")}),
                     new PowerInput(DesktopActionRequest::Action::Reboot));
    QSignalSpy checked(d, &DesktopActionDialog::connectStatusChecked);
    QVERIFY(checked.wait(10000));
    QVERIFY(d->isConnectStatusKnown());
    QCOMPARE(d->connectedDesktopIds(),
             QStringList{desktop(QStringLiteral("WKS-FIN-002")).desktopId});
    const QString said = d->findChild<QLabel *>(QStringLiteral("actionConnected"))->text();
    QVERIFY2(said.contains(QStringLiteral("wangfang on WKS-FIN-002")), qPrintable(said));
    QVERIFY(!said.contains(QStringLiteral("WKS-FIN-001")));
    auto *table = d->findChild<QTableWidget *>(QStringLiteral("actionTargets"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Connected now"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Not connected"));
    const QString consequence = d->findChild<QLabel *>(QStringLiteral("actionConsequence"))->text();
    QVERIFY2(consequence.startsWith(QStringLiteral("2 desktop"))
                     && consequence.contains(QStringLiteral("will be restarted")),
             qPrintable(consequence));
    // Force is said in words too.
    d->findChild<QCheckBox *>(QStringLiteral("powerForceCheck"))->setChecked(true);
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("actionConsequence"))
                    ->text()
                    .contains(QStringLiteral("Forced")));
}

void tst_DesktopActionDialog::typedCount_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("asked");

    const QStringList two{QStringLiteral("WKS-POOL-01"), QStringLiteral("WKS-POOL-02")};
    const QStringList one{QStringLiteral("WKS-POOL-02")};
    const QStringList active{QStringLiteral("WKS-FIN-001"), QStringLiteral("WKS-POOL-01")};
    QTest::newRow("delete two") << int(DesktopAction::Delete) << two << true;
    QTest::newRow("delete one") << int(DesktopAction::Delete) << one << false;
    QTest::newRow("stop two") << int(DesktopAction::Stop) << active << true;
    QTest::newRow("start one") << int(DesktopAction::Start) << one << false;
}

void tst_DesktopActionDialog::typedCount()
{
    QFETCH(int, action);
    QFETCH(QStringList, names);
    QFETCH(bool, asked);

    const auto kind = static_cast<DesktopAction>(action);
    DesktopActionInput *input
            = kind == DesktopAction::Delete
                      ? static_cast<DesktopActionInput *>(new DeleteInput)
                      : new PowerInput(kind == DesktopAction::Stop
                                               ? DesktopActionRequest::Action::Stop
                                               : DesktopActionRequest::Action::Start);
    DesktopActionDialog *d = dialog(kind, desktops(names), input);
    QPushButton *confirm = d->confirmButton();
    QCOMPARE(d->typedConfirmation() != nullptr, asked);
    if (!asked) {
        QVERIFY(confirm->isEnabled());
        return;
    }
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!confirm->toolTip().isEmpty());
    QLineEdit *edit = d->typedConfirmation()->lineEdit();
    QTest::keyClicks(edit, QString::number(names.size() + 1));
    QVERIFY(!confirm->isEnabled());
    // Pressing Confirm anyway (a shortcut) starts nothing.
    d->accept();
    QVERIFY(m_jobs->batches().isEmpty());
    edit->clear();
    QTest::keyClicks(edit, QString::number(names.size()));
    QVERIFY(confirm->isEnabled());
    QVERIFY(confirm->text().contains(QString::number(names.size())));
}

void tst_DesktopActionDialog::renameCheckedLive_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("message");

    QTest::newRow("fine") << "WKS-FIN-009" << true << QString();
    QTest::newRow("unchanged") << "WKS-FIN-001" << false << QString();
    QTest::newRow("taken") << "wks-fin-002" << false << QStringLiteral("already the name");
    QTest::newRow("forbidden character") << "WKS_FIN!" << false << QString();
    QTest::newRow("too long in Chinese")
            << QStringLiteral("财务部电脑一二三四五") << false << QStringLiteral("at most 15");
    QTest::newRow("starts with hyphen") << "-WKS" << false << QString();
    QTest::newRow("empty") << "" << false << QStringLiteral("Type the new name");
}

void tst_DesktopActionDialog::renameCheckedLive()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, message);

    QStringList taken;
    for (const DesktopInfo &d : std::as_const(m_desktops))
        taken << d.computerName;
    DesktopActionDialog *d = dialog(DesktopAction::Rename, {desktop(QStringLiteral("WKS-FIN-001"))},
                                    new RenameInput(taken));
    auto *edit = d->findChild<QLineEdit *>(QStringLiteral("renameEdit"));
    QVERIFY(edit);
    // The field starts with the current name, selected: typing replaces it.
    QCOMPARE(edit->text(), QStringLiteral("WKS-FIN-001"));
    QVERIFY(!d->confirmButton()->isEnabled());
    edit->clear();
    edit->insert(name); // as typed (QTest cannot type Chinese)
    QCOMPARE(d->confirmButton()->isEnabled(), valid);
    if (!message.isEmpty()) {
        const QString shown = d->findChild<QWidget *>(QStringLiteral("renameMessage"))
                                      ->findChild<QLabel *>(QStringLiteral("fieldMessageText"))
                                      ->text();
        QVERIFY2(shown.contains(message), qPrintable(shown));
    }
    if (!valid) {
        const int before = m_client->requestCount();
        d->accept();
        QCOMPARE(m_client->requestCount(), before);
        QVERIFY(d->isVisible());
    }
}

void tst_DesktopActionDialog::productsOfTheDesktopsOs()
{
    const DesktopInfo linux = desktop(QStringLiteral("WKS-DEV-001"));
    QCOMPARE(linux.osType, QStringLiteral("Linux"));
    auto *input = new ResizeInput(m_client.get());
    DesktopActionDialog *d = dialog(DesktopAction::Resize, {linux}, input);
    QSignalSpy loaded(input, &ResizeInput::catalogLoaded);
    QVERIFY(loaded.wait(10000));
    auto *combo = d->findChild<QComboBox *>(QStringLiteral("resizeProductCombo"));
    QVERIFY(combo->count() > 0);
    for (int i = 0; i < combo->count(); ++i) {
        const QString id = combo->itemData(i).toString();
        // Linux x86 only: neither Windows nor Kunpeng (arm) products.
        QVERIFY2(id.endsWith(QStringLiteral(".linux"))
                         && !id.startsWith(QStringLiteral("workspace.k.")),
                 qPrintable(id));
    }
    // The desktop's own product is no change: refused in place, nothing sent.
    const int own = combo->findData(linux.productId);
    QVERIFY(own >= 0);
    combo->setCurrentIndex(own);
    QVERIFY(!d->confirmButton()->isEnabled());
    QVERIFY(d->findChild<QWidget *>(QStringLiteral("resizeMessage"))->isVisible());
    const int other = combo->findData(QStringLiteral("workspace.x86.agile.medium2.linux"));
    QVERIFY(other >= 0);
    combo->setCurrentIndex(other);
    QVERIFY(d->confirmButton()->isEnabled());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("actionConsequence"))
                    ->text()
                    .contains(QStringLiteral("workspace.x86.agile.medium2.linux")));
}

void tst_DesktopActionDialog::imagesOfTheSameOsAndArchitecture()
{
    const DesktopInfo linux = desktop(QStringLiteral("WKS-DEV-001"));
    QCOMPARE(linux.architecture, QStringLiteral("x86"));
    auto *input = new RebuildInput(m_client.get());
    DesktopActionDialog *d = dialog(DesktopAction::Rebuild, {linux}, input);
    QSignalSpy loaded(input, &RebuildInput::catalogLoaded);
    QVERIFY(loaded.wait(10000));
    auto *combo = d->findChild<QComboBox *>(QStringLiteral("rebuildImageCombo"));
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown << combo->itemText(i);
    // Ubuntu images (x86 Linux), not the Kunpeng ones (arm) nor Windows.
    QVERIFY2(shown.join(u'|').contains(QStringLiteral("Ubuntu 22.04")),
             qPrintable(shown.join(u'|')));
    QVERIFY(!shown.join(u'|').contains(QStringLiteral("Kunpeng")));
    QVERIFY(!shown.join(u'|').contains(QStringLiteral("Windows")));
    QVERIFY(!d->confirmButton()->isEnabled()); // nothing chosen yet
    combo->setCurrentIndex(0);
    QVERIFY(d->confirmButton()->isEnabled());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("actionConsequence"))
                    ->text()
                    .contains(QStringLiteral("erased")));
}

void tst_DesktopActionDialog::diskSizes_data()
{
    QTest::addColumn<bool>("expand");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("valid");

    // The seed desktops have one 100 GB data disk.
    QTest::newRow("expand larger") << true << 150 << true;
    QTest::newRow("expand same") << true << 100 << false;
    QTest::newRow("expand smaller") << true << 50 << false;
    QTest::newRow("expand beyond max") << true << 40000 << false;
    QTest::newRow("add 100") << false << 100 << true;
    QTest::newRow("add too small") << false << 5 << false;
    QTest::newRow("add not tens") << false << 105 << false;
}

void tst_DesktopActionDialog::diskSizes()
{
    QFETCH(bool, expand);
    QFETCH(int, size);
    QFETCH(bool, valid);

    const DesktopInfo d0 = desktop(QStringLiteral("WKS-FIN-001"));
    QCOMPARE(d0.dataVolumes.size(), 1);
    DesktopActionDialog *d = expand ? dialog(DesktopAction::ExpandDisk, {d0}, new ExpandDiskInput)
                                    : dialog(DesktopAction::AddDisk, {d0}, new AddDiskInput);
    auto *spin = d->findChild<QSpinBox *>(expand ? QStringLiteral("expandDiskSizeSpin")
                                                 : QStringLiteral("addDiskSizeSpin"));
    QVERIFY(spin);
    spin->setValue(size);
    QCOMPARE(d->confirmButton()->isEnabled(), valid);
    const QString message
            = expand ? QStringLiteral("expandDiskMessage") : QStringLiteral("addDiskMessage");
    QCOMPARE(d->findChild<QWidget *>(message)->isVisible(), !valid);
    if (expand && size <= 100) {
        QVERIFY(d->findChild<QWidget *>(message)
                        ->findChild<QLabel *>(QStringLiteral("fieldMessageText"))
                        ->text()
                        .contains(QStringLiteral("larger than today's 100 GB")));
    }
}

void tst_DesktopActionDialog::removeDiskNeedsATick()
{
    DesktopActionDialog *d = dialog(DesktopAction::RemoveDisk,
                                    {desktop(QStringLiteral("WKS-POOL-02"))}, new RemoveDiskInput);
    auto *list = d->findChild<QListWidget *>(QStringLiteral("removeDiskList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(!d->confirmButton()->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(d->confirmButton()->isEnabled());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("actionConsequence"))
                    ->text()
                    .contains(QStringLiteral("cannot be undone")));
}

void tst_DesktopActionDialog::tagsCheckedLive_data()
{
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << false << "department"
                           << "finance" << true;
    QTest::newRow("key only") << false << "vip"
                              << "" << true;
    QTest::newRow("chinese") << false << QStringLiteral("部门") << QStringLiteral("财务") << true;
    QTest::newRow("forbidden in key") << false << "dept/x"
                                      << "" << false;
    QTest::newRow("forbidden in value") << false << "dept"
                                        << "a*b" << false;
    QTest::newRow("reserved") << false << "_sys_x"
                              << "" << false;
    QTest::newRow("empty key") << false << ""
                               << "x" << false;
    QTest::newRow("remove absent") << true << "nosuchtag"
                                   << "" << false;
}

void tst_DesktopActionDialog::tagsCheckedLive()
{
    QFETCH(bool, remove);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, valid);

    DesktopActionDialog *d
            = dialog(DesktopAction::Tags,
                     desktops({QStringLiteral("WKS-POOL-01"), QStringLiteral("WKS-POOL-02")}),
                     new TagsInput(m_client.get()));
    QVERIFY(!d->typedConfirmation()); // tags are not destructive
    if (remove)
        d->findChild<QAbstractButton *>(QStringLiteral("tagsRemoveRadio"))->click();
    // As typed (QTest cannot type Chinese).
    d->findChild<QLineEdit *>(QStringLiteral("tagKeyEdit"))->insert(key);
    d->findChild<QLineEdit *>(QStringLiteral("tagValueEdit"))->insert(value);
    QCOMPARE(d->confirmButton()->isEnabled(), valid);
}

void tst_DesktopActionDialog::fitsSmallScreenAndAccessible_data()
{
    QTest::addColumn<int>("action");
    for (const DesktopAction a : DesktopActions::all())
        QTest::newRow(qPrintable(DesktopActions::objectName(a))) << int(a);
}

void tst_DesktopActionDialog::fitsSmallScreenAndAccessible()
{
    QFETCH(int, action);
    const auto kind = static_cast<DesktopAction>(action);
    // Each action on the desktops it accepts among all five (one for single-desktop actions).
    QList<DesktopInfo> selection;
    for (const DesktopInfo &d : std::as_const(m_desktops)) {
        if (Day2Rules::reasonAgainst(kind, d).isEmpty())
            selection << d;
        if (Day2Rules::isSingle(kind) && !selection.isEmpty())
            break;
    }
    QVERIFY(!selection.isEmpty());
    DesktopActionInput *input = nullptr;
    switch (kind) {
    case DesktopAction::Start:
        input = new PowerInput(DesktopActionRequest::Action::Start);
        break;
    case DesktopAction::Stop:
        input = new PowerInput(DesktopActionRequest::Action::Stop);
        break;
    case DesktopAction::Reboot:
        input = new PowerInput(DesktopActionRequest::Action::Reboot);
        break;
    case DesktopAction::Hibernate:
        input = new PowerInput(DesktopActionRequest::Action::Hibernate);
        break;
    case DesktopAction::Detach:
        input = new DetachInput;
        break;
    case DesktopAction::Delete:
        input = new DeleteInput;
        break;
    case DesktopAction::Rename:
        input = new RenameInput({});
        break;
    case DesktopAction::Maintenance:
        input = new MaintenanceInput;
        break;
    case DesktopAction::AddDisk:
        input = new AddDiskInput;
        break;
    case DesktopAction::ExpandDisk:
        input = new ExpandDiskInput;
        break;
    case DesktopAction::RemoveDisk:
        input = new RemoveDiskInput;
        break;
    case DesktopAction::Tags:
        input = new TagsInput(m_client.get());
        break;
    case DesktopAction::Resize:
        input = new ResizeInput(m_client.get());
        break;
    case DesktopAction::Rebuild:
        input = new RebuildInput(m_client.get());
        break;
    }
    DesktopActionDialog *d = dialog(kind, selection, input);
    QSignalSpy checked(d, &DesktopActionDialog::connectStatusChecked);
    QVERIFY(checked.wait(10000));
    d->adjustSize();
    QVERIFY2(d->height() <= 740 && d->width() <= 1300,
             qPrintable(QStringLiteral("%1×%2").arg(d->width()).arg(d->height())));
    // Every input is named for a screen reader: by its own text, a label buddy or a name.
    QSet<QWidget *> buddies;
    for (QLabel *label : d->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies << label->buddy();
    }
    const QList<QWidget *> widgets = d->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool field = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                           || qobject_cast<QSpinBox *>(w) || qobject_cast<QListWidget *>(w);
        if (!field || qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QSpinBox *>(w->parentWidget()))
            continue;
        QVERIFY2(buddies.contains(w) || !w->accessibleName().isEmpty(),
                 qPrintable(w->objectName()));
    }
    for (QAbstractButton *b : d->findChildren<QAbstractButton *>()) {
        // The table's corner button is Qt's own, not an input.
        if (qobject_cast<QAbstractItemView *>(b->parentWidget()))
            continue;
        if (b->isVisibleTo(d))
            QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(),
                     qPrintable(b->objectName()));
    }
}

QTEST_MAIN(tst_DesktopActionDialog)
#include "tst_desktopactiondialog.moc"
