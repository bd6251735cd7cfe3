// DesktopDetailWriter: the detail list's pages it writes are byte for byte what serialising
// DesktopView::detail objects gives, for the seeded and the generated tenant, before and after
// desktops, their users and the list change (the writer keeps what it took from the catalog).

#include "emulator/catalog.h"
#include "emulator/desktopdetailwriter.h"
#include "emulator/desktopview.h"
#include "emulator/emulatoroptions.h"
#include "emulator/statestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace wsemu;

/** What is done to the tenant between two reads of the same page. */
enum class Change {
    None,
    Status,
    Process,
    UserRemoved,
    UserAttached,
    DesktopRemoved,
    Tags,
    Volumes,
    OddTexts
};
Q_DECLARE_METATYPE(Change)

class tst_DesktopDetailWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageAsSerialised_data();
    void pageAsSerialised();
};

namespace {

/** The page as DesktopService wrote it before the cache. */
QByteArray serialised(const QList<const DesktopRecord *> &desktops, qsizetype total,
                      const Catalog &catalog, StateStore &state)
{
    QJsonArray page;
    for (const DesktopRecord *d : desktops)
        page.append(DesktopView::detail(*d, catalog, state, false));
    return QJsonDocument(QJsonObject{{QStringLiteral("desktops"), page},
                                     {QStringLiteral("total_count"), total}})
            .toJson(QJsonDocument::Compact);
}

QList<const DesktopRecord *> firstDesktops(const StateStore &state, int count)
{
    QList<const DesktopRecord *> out;
    for (const DesktopRecord &d : state.desktops()) {
        if (out.size() == count)
            break;
        out.append(&d);
    }
    return out;
}

} // namespace

void tst_DesktopDetailWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DesktopDetailWriter::pageAsSerialised_data()
{
    QTest::addColumn<bool>("generated");
    QTest::addColumn<Change>("change");
    for (const bool generated : {false, true}) {
        const char *tenant = generated ? "generated" : "seed";
        QTest::addRow("%s, unchanged", tenant) << generated << Change::None;
        QTest::addRow("%s, status", tenant) << generated << Change::Status;
        QTest::addRow("%s, process", tenant) << generated << Change::Process;
        QTest::addRow("%s, user removed", tenant) << generated << Change::UserRemoved;
        QTest::addRow("%s, user attached", tenant) << generated << Change::UserAttached;
        QTest::addRow("%s, desktop removed", tenant) << generated << Change::DesktopRemoved;
        QTest::addRow("%s, tags", tenant) << generated << Change::Tags;
        QTest::addRow("%s, data volumes", tenant) << generated << Change::Volumes;
        QTest::addRow("%s, texts to escape", tenant) << generated << Change::OddTexts;
    }
}

void tst_DesktopDetailWriter::pageAsSerialised()
{
    QFETCH(bool, generated);
    QFETCH(Change, change);
    const EmulatorOptions options;
    const Catalog catalog(options.projectId, options.domainType);
    StateStore state;
    state.resetToSeed(false, 1765000000000, generated ? 300 : 0);
    QVERIFY(state.desktops().size() >= 5);
    DesktopDetailWriter writer(&catalog);
    const int count = qMin(int(state.desktops().size()), 200);

    QList<const DesktopRecord *> page = firstDesktops(state, count);
    QCOMPARE(writer.page(page, state.desktops().size(), state),
             serialised(page, state.desktops().size(), catalog, state));
    // Twice: the second with the catalog parts kept from the first.
    QCOMPARE(writer.page(page, state.desktops().size(), state),
             serialised(page, state.desktops().size(), catalog, state));

    DesktopRecord *first = state.desktop(state.desktops().first().id);
    QVERIFY(first);
    switch (change) {
    case Change::None:
        break;
    case Change::Status:
        first->status = first->status == QLatin1String("ACTIVE") ? QStringLiteral("SHUTOFF")
                                                                 : QStringLiteral("ACTIVE");
        break;
    case Change::Process:
        first->taskStatus = QStringLiteral("rebooting");
        first->process = 40;
        break;
    case Change::UserRemoved: {
        // The view looks the user's id up by name: it changes outside the desktop's record.
        const DesktopRecord *withUser = nullptr;
        for (const DesktopRecord &d : state.desktops()) {
            if (!d.userName.isEmpty() && d.attachUserInfos.isEmpty()
                && state.userByName(d.userName)) {
                withUser = &d;
                break;
            }
        }
        if (!withUser)
            QSKIP("no desktop with a user record in this tenant");
        QVERIFY(state.removeUser(state.userByName(withUser->userName)->id));
        break;
    }
    case Change::UserAttached:
        first->userName = QStringLiteral("someone");
        first->userGroup = QStringLiteral("users");
        first->attachState = QStringLiteral("ATTACHED");
        first->attachUserInfos
                = QJsonArray{QJsonObject{{QStringLiteral("user_name"), QStringLiteral("someone")}}};
        break;
    case Change::DesktopRemoved:
        QVERIFY(state.removeDesktop(state.desktops().first().id));
        break;
    case Change::Volumes:
        first->dataVolumes = QJsonArray{
                QJsonObject{{QStringLiteral("id"), QStringLiteral("v-1")},
                            {QStringLiteral("type"), QStringLiteral("SSD")},
                            {QStringLiteral("size"), 100},
                            {QStringLiteral("iops"), 3000.5},
                            {QStringLiteral("kms_id"), QStringLiteral("k")}},
                QJsonObject{{QStringLiteral("size"), 1e16}, {QStringLiteral("throughput"), 125}}};
        first->rootVolume.remove(QStringLiteral("type"));
        break;
    case Change::OddTexts:
        QVERIFY(state.renameDesktop(first->id, QString::fromUtf8("桌面-\"1\"\\\t\x01\x7f")));
        first->userName = QString::fromUtf8("用户 ü");
        first->attachUserInfos = QJsonArray();
        first->sid = QString(QChar(0xd800)); // a lone surrogate
        break;
    case Change::Tags:
        first->tags.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("team")},
                                       {QStringLiteral("value"), QStringLiteral("a")}});
        break;
    }
    page = firstDesktops(state, count);
    QCOMPARE(writer.page(page, state.desktops().size(), state),
             serialised(page, state.desktops().size(), catalog, state));
}

QTEST_GUILESS_MAIN(tst_DesktopDetailWriter)
#include "tst_desktopdetailwriter.moc"
