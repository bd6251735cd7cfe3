// StateStore's indexes: every lookup by id, computer name and user name, and every address handed
// out, agrees with a plain scan of the lists (what the store did before it was indexed), through
// adds, removes, renames, resets and a reload from JSON.

#include "emulator/statestore.h"

#include <QHostAddress>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace wsemu;

/** One step of a scenario: what is done to the store. */
struct StoreStep
{
    enum Kind { AddDesktop, RemoveDesktop, RenameDesktop, AddUser, RemoveUser, Reload };
    Kind kind;
    QString id;
    QString name; ///< computer or user name
};
Q_DECLARE_METATYPE(StoreStep)

class tst_StateStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lookupsAgreeWithAScan_data();
    void lookupsAgreeWithAScan();
    void seededTenant();
    void addressesLowestFreeFirst_data();
    void addressesLowestFreeFirst();
    void addressesOfAFailedRequestStayFree();
    void subnetRunsOut();
};

namespace {

const QString Subnet = QStringLiteral("subnet-a");
const QString Cidr = QStringLiteral("10.0.0.0/24");

// The store before it was indexed: a scan of the list, first match in list order.
const DesktopRecord *scanDesktop(const StateStore &store, const QString &id)
{
    for (const DesktopRecord &d : store.desktops()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const DesktopRecord *scanComputerName(const StateStore &store, const QString &name)
{
    for (const DesktopRecord &d : store.desktops()) {
        if (d.computerName.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

const UserRecord *scanUser(const StateStore &store, const QString &id)
{
    for (const UserRecord &u : store.users()) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

const UserRecord *scanUserName(const StateStore &store, const QString &name)
{
    for (const UserRecord &u : store.users()) {
        if (u.userName.compare(name, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

DesktopRecord desktopRecord(const QString &id, const QString &computerName, const QString &ip = {})
{
    DesktopRecord d;
    d.id = id;
    d.computerName = computerName;
    d.subnetId = Subnet;
    d.ipAddress = ip;
    return d;
}

/** Every name a scenario uses, in other cases too, and some never used. */
QStringList probes(const QList<StoreStep> &steps)
{
    QStringList names{QStringLiteral("nobody"), QString()};
    for (const StoreStep &s : steps) {
        names << s.id << s.name << s.name.toUpper() << s.name.toLower();
    }
    return names;
}

/** Compares every lookup with the scan; on a mismatch returns what differed. */
QString disagreement(StateStore &store, const QStringList &names)
{
    for (const QString &name : names) {
        if (store.desktop(name) != scanDesktop(store, name))
            return QStringLiteral("desktop(%1)").arg(name);
        if (store.desktopByComputerName(name) != scanComputerName(store, name))
            return QStringLiteral("desktopByComputerName(%1)").arg(name);
        if (store.user(name) != scanUser(store, name))
            return QStringLiteral("user(%1)").arg(name);
        if (store.userByName(name) != scanUserName(store, name))
            return QStringLiteral("userByName(%1)").arg(name);
    }
    return {};
}

} // namespace

void tst_StateStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_StateStore::lookupsAgreeWithAScan_data()
{
    QTest::addColumn<QList<StoreStep>>("steps");

    using S = StoreStep;
    QTest::newRow("adds") << QList<StoreStep>{{S::AddDesktop, "d1", "PC-01"},
                                              {S::AddDesktop, "d2", "pc-02"},
                                              {S::AddUser, "u1", "Alice"},
                                              {S::AddUser, "u2", "bob"}};
    QTest::newRow("the same name in two cases: the first added wins")
            << QList<StoreStep>{{S::AddDesktop, "d1", "Pc-01"},
                                {S::AddDesktop, "d2", "PC-01"},
                                {S::AddUser, "u1", "Alice"},
                                {S::AddUser, "u2", "ALICE"}};
    QTest::newRow("the first removed: the second is found")
            << QList<StoreStep>{{S::AddDesktop, "d1", "pc-01"}, {S::AddDesktop, "d2", "PC-01"},
                                {S::AddDesktop, "d3", "pc-03"}, {S::RemoveDesktop, "d1", {}},
                                {S::AddUser, "u1", "alice"},    {S::AddUser, "u2", "Alice"},
                                {S::AddUser, "u3", "carol"},    {S::RemoveUser, "u1", {}}};
    QTest::newRow("removes from the middle shift positions") << QList<StoreStep>{
            {S::AddDesktop, "d1", "a"}, {S::AddDesktop, "d2", "b"},   {S::AddDesktop, "d3", "c"},
            {S::AddDesktop, "d4", "d"}, {S::RemoveDesktop, "d2", {}}, {S::RemoveDesktop, "d9", {}},
            {S::AddDesktop, "d5", "B"}, {S::RemoveDesktop, "d4", {}}, {S::AddUser, "u1", "a"},
            {S::AddUser, "u2", "b"},    {S::AddUser, "u3", "c"},      {S::RemoveUser, "u2", {}}};
    QTest::newRow("renames (the attach path)")
            << QList<StoreStep>{{S::AddDesktop, "d1", "old-1"},  {S::AddDesktop, "d2", "old-2"},
                                {S::RenameDesktop, "d1", "NEW"}, {S::RenameDesktop, "d2", "new"},
                                {S::RenameDesktop, "d1", "x"},   {S::RenameDesktop, "d9", "y"},
                                {S::AddDesktop, "d3", "OLD-1"}};
    QTest::newRow("Chinese and non-ASCII names")
            << QList<StoreStep>{{S::AddDesktop, "d1", "研发01"},
                                {S::AddDesktop, "d2", "ÄRGER"},
                                {S::AddUser, "u1", "张三"},
                                {S::AddUser, "u2", "Ödön"}};
    QTest::newRow("a reload rebuilds the indexes")
            << QList<StoreStep>{{S::AddDesktop, "d1", "pc-01"},
                                {S::AddUser, "u1", "alice"},
                                {S::Reload, {}, {}},
                                {S::AddDesktop, "d2", "PC-01"},
                                {S::RemoveDesktop, "d1", {}},
                                {S::RenameDesktop, "d2", "pc-02"},
                                {S::RemoveUser, "u1", {}}};
}

void tst_StateStore::lookupsAgreeWithAScan()
{
    QFETCH(QList<StoreStep>, steps);

    StateStore store;
    store.resetToSeed(true, 0);
    const QStringList names = probes(steps);
    for (const StoreStep &s : std::as_const(steps)) {
        switch (s.kind) {
        case StoreStep::AddDesktop:
            store.addDesktop(desktopRecord(s.id, s.name));
            break;
        case StoreStep::RemoveDesktop: {
            const bool exists = scanDesktop(store, s.id) != nullptr;
            QCOMPARE(store.removeDesktop(s.id), exists);
            QVERIFY(!store.desktop(s.id));
            break;
        }
        case StoreStep::RenameDesktop: {
            const bool exists = store.desktop(s.id) != nullptr;
            QCOMPARE(store.renameDesktop(s.id, s.name), exists);
            if (exists)
                QCOMPARE(store.desktop(s.id)->computerName, s.name);
            break;
        }
        case StoreStep::AddUser: {
            UserRecord u;
            u.id = s.id;
            u.userName = s.name;
            store.addUser(u);
            break;
        }
        case StoreStep::RemoveUser:
            QVERIFY(store.removeUser(s.id));
            QVERIFY(!store.user(s.id));
            break;
        case StoreStep::Reload: {
            const QJsonObject saved = store.toJson();
            StateStore reloaded;
            QString error;
            QVERIFY2(reloaded.fromJson(saved, &error), qPrintable(error));
            QCOMPARE(reloaded.desktops().size(), store.desktops().size());
            const QString differs = disagreement(reloaded, names);
            QVERIFY2(differs.isEmpty(), qPrintable(differs));
            QVERIFY(store.fromJson(saved, &error));
            break;
        }
        }
        // After every step, not only at the end.
        const QString differs = disagreement(store, names);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }
}

void tst_StateStore::seededTenant()
{
    // The seed's desktops and users are found by every index, as a scan finds them.
    StateStore store;
    store.resetToSeed(false, 0);
    QVERIFY(!store.desktops().isEmpty());
    QVERIFY(!store.users().isEmpty());
    QStringList names;
    for (const DesktopRecord &d : store.desktops())
        names << d.id << d.computerName << d.computerName.toUpper() << d.userName;
    for (const UserRecord &u : store.users())
        names << u.id << u.userName << u.userName.toUpper();
    const QString differs = disagreement(store, names);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));

    // The addresses in use are known from the start: the seed holds .11 to .15 of its subnet.
    StateStore::IpAllocator addresses(store, store.desktops().constFirst().subnetId,
                                      QStringLiteral("192.168.0.0/18"));
    QCOMPARE(addresses.next(), QStringLiteral("192.168.0.10"));
    QCOMPARE(addresses.next(), QStringLiteral("192.168.0.16"));
    QCOMPARE(addresses.next(), QStringLiteral("192.168.0.17"));
}

void tst_StateStore::addressesLowestFreeFirst_data()
{
    QTest::addColumn<QList<int>>("taken");    ///< last octets of addresses in use
    QTest::addColumn<QList<int>>("removed");  ///< desktops (by index in taken) removed after
    QTest::addColumn<QList<int>>("expected"); ///< last octets handed out next, in order

    QTest::newRow("empty subnet: from .10")
            << QList<int>{} << QList<int>{} << QList<int>{10, 11, 12};
    QTest::newRow("after the taken ones")
            << QList<int>{10, 11, 12} << QList<int>{} << QList<int>{13, 14};
    QTest::newRow("holes are filled first")
            << QList<int>{10, 12, 14} << QList<int>{} << QList<int>{11, 13, 15};
    QTest::newRow("a freed address is reused")
            << QList<int>{10, 11, 12, 13} << QList<int>{1} << QList<int>{11, 14};
    QTest::newRow("the lowest freed first")
            << QList<int>{10, 11, 12, 13, 14} << QList<int>{3, 0} << QList<int>{10, 13, 15};
}

void tst_StateStore::addressesLowestFreeFirst()
{
    QFETCH(QList<int>, taken);
    QFETCH(QList<int>, removed);
    QFETCH(QList<int>, expected);

    StateStore store;
    store.resetToSeed(true, 0);
    // A first request, so that the store's mark has moved before the changes below.
    StateStore::IpAllocator(store, Subnet, Cidr).next(); // handed out, never added
    for (int i = 0; i < taken.size(); ++i) {
        store.addDesktop(desktopRecord(QStringLiteral("d%1").arg(i), QStringLiteral("pc%1").arg(i),
                                       QStringLiteral("10.0.0.%1").arg(taken.at(i))));
        // Requests in between, as a tenant filled by many requests sees them.
        StateStore::IpAllocator(store, Subnet, Cidr).next();
    }
    for (const int i : std::as_const(removed))
        QVERIFY(store.removeDesktop(QStringLiteral("d%1").arg(i)));

    // Desktops of another subnet never count.
    DesktopRecord other = desktopRecord(QStringLiteral("o1"), QStringLiteral("other"),
                                        QStringLiteral("10.0.0.%1").arg(expected.constFirst()));
    other.subnetId = QStringLiteral("subnet-b");
    store.addDesktop(other);

    StateStore::IpAllocator addresses(store, Subnet, Cidr);
    QStringList got;
    QStringList want;
    for (const int octet : std::as_const(expected)) {
        got << addresses.next();
        want << QStringLiteral("10.0.0.%1").arg(octet);
    }
    QCOMPARE(got, want);
}

void tst_StateStore::addressesOfAFailedRequestStayFree()
{
    StateStore store;
    store.resetToSeed(true, 0);
    {
        // Handed out, but the request failed before its desktops were added.
        StateStore::IpAllocator addresses(store, Subnet, Cidr);
        QCOMPARE(addresses.next(), QStringLiteral("10.0.0.10"));
        QCOMPARE(addresses.next(), QStringLiteral("10.0.0.11"));
    }
    StateStore::IpAllocator addresses(store, Subnet, Cidr);
    const QString first = addresses.next();
    QCOMPARE(first, QStringLiteral("10.0.0.10"));
    store.addDesktop(desktopRecord(QStringLiteral("d1"), QStringLiteral("pc1"), first));
    QCOMPARE(StateStore::IpAllocator(store, Subnet, Cidr).next(), QStringLiteral("10.0.0.11"));
}

void tst_StateStore::subnetRunsOut()
{
    // A /28 has 16 addresses: .10 to .14 are usable (.15 is the broadcast).
    const QString small = QStringLiteral("10.0.1.0/28");
    StateStore store;
    store.resetToSeed(true, 0);
    for (int round = 0; round < 2; ++round) {
        StateStore::IpAllocator addresses(store, Subnet, small);
        QStringList got;
        for (QString next = addresses.next(); !next.isEmpty(); next = addresses.next())
            got << next;
        if (round == 0) {
            QCOMPARE(got.size(), 5);
            QCOMPARE(got.constLast(), QStringLiteral("10.0.1.14"));
            for (int i = 0; i < got.size(); ++i) {
                store.addDesktop(desktopRecord(QStringLiteral("d%1").arg(i),
                                               QStringLiteral("pc%1").arg(i), got.at(i)));
            }
        } else {
            QVERIFY(got.isEmpty()); // full
        }
    }
    QVERIFY(store.removeDesktop(QStringLiteral("d2")));
    StateStore::IpAllocator addresses(store, Subnet, small);
    QCOMPARE(addresses.next(), QStringLiteral("10.0.1.12"));
    QCOMPARE(addresses.next(), QString());
}

QTEST_GUILESS_MAIN(tst_StateStore)
#include "tst_statestore.moc"
