// ChunkPlanner: batches of any size become API-sized requests, in order, each desktop traced
// back to its source index, top-level fields copied, and size-based names kept meaningful.

#include "models/rules/attachrules.h"
#include "models/rules/chunkplanner.h"
#include "models/rules/createrules.h"

#include <QStandardPaths>
#include <QtTest>

using namespace wsc;

namespace {

CreateDesktopRequest requestWithDesktops(int n)
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("DEDICATED");
    r.productId = QStringLiteral("workspace.x86.ultimate.large2");
    r.imageType = QStringLiteral("gold");
    r.imageId = QStringLiteral("img");
    r.rootVolume = Volume{QStringLiteral("SAS"), 80, {}, {}, {}};
    r.dataVolumes = {Volume{QStringLiteral("SSD"), 100, {}, {}, {}}};
    r.nics = {QStringLiteral("subnet-1")};
    r.securityGroups = {QStringLiteral("sg-1")};
    r.emailNotification = false;
    r.enterpriseProjectId = QStringLiteral("0");
    r.tags = {Tag{QStringLiteral("batch"), QStringLiteral("b1")}};
    r.eip = Eip{QString(), QStringLiteral("5_bgp"), QStringLiteral("TRAFFIC"), 5};
    r.availabilityZone = QStringLiteral("az1");
    r.desktops.reserve(n);
    for (int i = 0; i < n; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("user%1").arg(i);
        d.computerName = QStringLiteral("pc%1").arg(i);
        r.desktops.append(d);
    }
    return r;
}

CreateDesktopRequest createWithSize(int size, const QString &name)
{
    CreateDesktopRequest r = requestWithDesktops(0);
    r.size = size;
    r.desktopName = name;
    return r;
}

AttachRequest attachOf(int n)
{
    AttachRequest r;
    r.imageType = QStringLiteral("private");
    r.imageId = QStringLiteral("img-9");
    r.desktopNamePolicyId = QStringLiteral("pol");
    r.osType = QStringLiteral("Windows");
    r.orderId = QStringLiteral("o");
    r.enterpriseProjectId = QStringLiteral("ep");
    for (int i = 0; i < n; ++i) {
        AttachDesktop d;
        d.desktopId = QStringLiteral("d%1").arg(i);
        d.userName = QStringLiteral("u%1").arg(i);
        d.userGroup = QStringLiteral("users");
        r.desktops.append(d);
    }
    return r;
}

// Everything but the desktops must be the source's.
bool sameTopLevel(CreateDesktopRequest a, CreateDesktopRequest b)
{
    a.desktops.clear();
    b.desktops.clear();
    a.size.reset();
    b.size.reset();
    return a == b;
}

/**
 * The columns of a chunking table (desktops, cap, the chunk sizes expected) and the splits every
 * chunked request shares: none, one, exactly the cap, one over it, two full chunks, 10 000.
 */
void addChunkSplits()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("0") << 0 << 50 << QList<int>{};
    QTest::newRow("1") << 1 << 50 << QList<int>{1};
    QTest::newRow("50") << 50 << 50 << QList<int>{50};
    QTest::newRow("51") << 51 << 50 << QList<int>{50, 1};
    QTest::newRow("100") << 100 << 50 << QList<int>{50, 50};
    QTest::newRow("10000") << 10000 << 50 << QList<int>(200, 50);
}

} // namespace

class tst_ChunkPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createWithDesktops_data();
    void createWithDesktops();
    void createBySize_data();
    void createBySize();
    void sizeOneChunkKeepsPrefixMeaning();
    void attach_data();
    void attach();
    void capDefaults();
    void desktopIpsFollowTheirDesktops_data();
    void desktopIpsFollowTheirDesktops();
};

void tst_ChunkPlanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_ChunkPlanner::createWithDesktops_data()
{
    addChunkSplits();
    QTest::newRow("101 cap 100") << 101 << 100 << QList<int>{100, 1};
    QTest::newRow("10000 cap 100") << 10000 << 100 << QList<int>(100, 100);
    QTest::newRow("7 cap 3") << 7 << 3 << QList<int>{3, 3, 1};
}

void tst_ChunkPlanner::createWithDesktops()
{
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(QList<int>, sizes);
    const CreateDesktopRequest source = requestWithDesktops(count);
    const QList<CreateChunk> chunks = ChunkPlanner::planCreate(source, cap);
    QCOMPARE(chunks.size(), sizes.size());
    int next = 0;
    ValidationContext context;
    context.createCap = cap;
    for (int c = 0; c < chunks.size(); ++c) {
        const CreateChunk &chunk = chunks.at(c);
        QCOMPARE(chunk.request.desktops.size(), sizes.at(c));
        QCOMPARE(chunk.sourceIndexes.size(), sizes.at(c));
        QVERIFY(!chunk.request.size);
        QVERIFY(sameTopLevel(chunk.request, source));
        for (int i = 0; i < chunk.sourceIndexes.size(); ++i) {
            // In order, without gaps, and each index names the desktop it carries.
            QCOMPARE(chunk.sourceIndexes.at(i), next);
            QVERIFY(chunk.request.desktops.at(i) == source.desktops.at(next));
            ++next;
        }
        // Every chunk is a valid request on its own.
        if (c < 3 || c == chunks.size() - 1) {
            const Findings f = CreateRules::validateSingleRequest(chunk.request, context);
            QVERIFY2(f.isEmpty(), qPrintable(f.value(0).code + QLatin1Char(' ') + f.value(0).path));
        }
    }
    QCOMPARE(next, count);
}

void tst_ChunkPlanner::createBySize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("0") << 0 << 50 << QList<int>{};
    QTest::newRow("1") << 1 << 50 << QList<int>{1};
    QTest::newRow("50") << 50 << 50 << QList<int>{50};
    // 50 + 1 would make the last desktop's prefix its whole name: 49 + 2 instead.
    QTest::newRow("51") << 51 << 50 << QList<int>{49, 2};
    QTest::newRow("52") << 52 << 50 << QList<int>{50, 2};
    QTest::newRow("100") << 100 << 50 << QList<int>{50, 50};
    QTest::newRow("101") << 101 << 50 << QList<int>{50, 49, 2};
    QList<int> many(200, 50);
    QTest::newRow("10000") << 10000 << 50 << many;
    QTest::newRow("4 cap 3") << 4 << 3 << QList<int>{2, 2};
}

void tst_ChunkPlanner::createBySize()
{
    QFETCH(int, size);
    QFETCH(int, cap);
    QFETCH(QList<int>, sizes);
    const CreateDesktopRequest source = createWithSize(size, QStringLiteral("lab"));
    const QList<CreateChunk> chunks = ChunkPlanner::planCreate(source, cap);
    QCOMPARE(chunks.size(), sizes.size());
    int next = 0;
    for (int c = 0; c < chunks.size(); ++c) {
        const CreateChunk &chunk = chunks.at(c);
        QCOMPARE(chunk.request.size, std::optional<int>(sizes.at(c)));
        QVERIFY(chunk.request.desktops.isEmpty());
        QCOMPARE(chunk.request.desktopName, QStringLiteral("lab"));
        QVERIFY(sameTopLevel(chunk.request, source));
        QCOMPARE(chunk.request.desktopCount(), sizes.at(c));
        for (const int index : chunk.sourceIndexes)
            QCOMPARE(index, next++);
    }
    QCOMPARE(next, size);
}

void tst_ChunkPlanner::sizeOneChunkKeepsPrefixMeaning()
{
    // Only a cap of 1 or 2 forces a one-desktop chunk out of a larger batch: that desktop
    // gets the prefix plus its number, as the batch would have named it.
    const QList<CreateChunk> byTwo
            = ChunkPlanner::planCreate(createWithSize(5, QStringLiteral("lab")), 2);
    QCOMPARE(byTwo.size(), 3);
    QCOMPARE(byTwo.at(0).request.desktopName, QStringLiteral("lab"));
    QCOMPARE(byTwo.at(2).request.size, std::optional<int>(1));
    QCOMPARE(byTwo.at(2).request.desktopName, QStringLiteral("lab5"));
    QCOMPARE(byTwo.at(2).sourceIndexes, QList<int>{4});

    const QList<CreateChunk> byOne
            = ChunkPlanner::planCreate(createWithSize(12, QStringLiteral("abcdefghijklm")), 1);
    QCOMPARE(byOne.size(), 12);
    QCOMPARE(byOne.at(0).request.desktopName, QStringLiteral("abcdefghijklm1"));
    // 13 + 2 digits = 15, the name limit
    QCOMPARE(byOne.at(11).request.desktopName, QStringLiteral("abcdefghijklm12"));
    ValidationContext context;
    context.createCap = 1;
    for (const CreateChunk &chunk : byOne)
        QVERIFY(CreateRules::validateSingleRequest(chunk.request, context).isEmpty());

    const QList<CreateChunk> long100
            = ChunkPlanner::planCreate(createWithSize(100, QStringLiteral("abcdefghijklm")), 1);
    QCOMPARE(long100.at(99).request.desktopName, QStringLiteral("abcdefghijkl100"));

    // A batch of exactly one keeps its name: there it is the name.
    const QList<CreateChunk> single
            = ChunkPlanner::planCreate(createWithSize(1, QStringLiteral("reception")), 1);
    QCOMPARE(single.size(), 1);
    QCOMPARE(single.at(0).request.desktopName, QStringLiteral("reception"));

    // Without a name there is nothing to keep.
    const QList<CreateChunk> unnamed = ChunkPlanner::planCreate(createWithSize(3, QString()), 2);
    QCOMPARE(unnamed.at(1).request.desktopName, QString());
}

void tst_ChunkPlanner::attach_data()
{
    addChunkSplits();
    QTest::newRow("25 cap 10") << 25 << 10 << QList<int>{10, 10, 5};
}

void tst_ChunkPlanner::attach()
{
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(QList<int>, sizes);
    const AttachRequest source = attachOf(count);
    const QList<AttachChunk> chunks = ChunkPlanner::planAttach(source, cap);
    QCOMPARE(chunks.size(), sizes.size());
    int next = 0;
    ValidationContext context;
    context.attachCap = cap;
    for (int c = 0; c < chunks.size(); ++c) {
        const AttachChunk &chunk = chunks.at(c);
        QCOMPARE(chunk.request.desktops.size(), sizes.at(c));
        AttachRequest top = chunk.request;
        top.desktops = source.desktops;
        QVERIFY(top == source);
        for (int i = 0; i < chunk.sourceIndexes.size(); ++i) {
            QCOMPARE(chunk.sourceIndexes.at(i), next);
            QVERIFY(chunk.request.desktops.at(i) == source.desktops.at(next));
            ++next;
        }
        if (c < 3)
            QVERIFY(AttachRules::validateSingleRequest(chunk.request, context).isEmpty());
    }
    QCOMPARE(next, count);
}

void tst_ChunkPlanner::capDefaults()
{
    QCOMPARE(ChunkPlanner::planCreate(requestWithDesktops(120), 0).size(), 3);
    QCOMPARE(ChunkPlanner::planCreate(requestWithDesktops(120), -5).first().request.desktops.size(),
             50);
    QCOMPARE(ChunkPlanner::planCreate(requestWithDesktops(120)).size(), 3);
    QCOMPARE(ChunkPlanner::planAttach(attachOf(120), 0).size(), 3);
    QCOMPARE(ChunkPlanner::planAttach(attachOf(120)).size(), 3);
    // An empty request (no desktops, no size) plans nothing.
    QVERIFY(ChunkPlanner::planCreate(CreateDesktopRequest()).isEmpty());
    QVERIFY(ChunkPlanner::planAttach(AttachRequest()).isEmpty());
}

// desktop_ips (model: the addresses the desktops get, 0–100) name one address per desktop in
// order: each chunk carries its own desktops' addresses. A list of another length is copied.
void tst_ChunkPlanner::desktopIpsFollowTheirDesktops_data()
{
    QTest::addColumn<bool>("bySize");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("ips");
    QTest::newRow("desktops, one address each") << false << 7 << 7;
    QTest::newRow("size, one address each") << true << 7 << 7;
    QTest::newRow("desktops, fewer addresses: copied") << false << 7 << 2;
}

void tst_ChunkPlanner::desktopIpsFollowTheirDesktops()
{
    QFETCH(bool, bySize);
    QFETCH(int, count);
    QFETCH(int, ips);
    CreateDesktopRequest source
            = bySize ? createWithSize(count, QStringLiteral("lab")) : requestWithDesktops(count);
    for (int i = 0; i < ips; ++i)
        source.desktopIps << QStringLiteral("10.0.0.%1").arg(i + 10);
    const QList<CreateChunk> chunks = ChunkPlanner::planCreate(source, 3);
    QVERIFY(chunks.size() > 1);
    for (const CreateChunk &chunk : chunks) {
        if (ips != count) {
            QCOMPARE(chunk.request.desktopIps, source.desktopIps);
            continue;
        }
        QCOMPARE(chunk.request.desktopIps.size(), chunk.sourceIndexes.size());
        for (int i = 0; i < chunk.sourceIndexes.size(); ++i)
            QCOMPARE(chunk.request.desktopIps.at(i),
                     source.desktopIps.at(chunk.sourceIndexes.at(i)));
    }
}

QTEST_APPLESS_MAIN(tst_ChunkPlanner)
#include "tst_chunkplanner.moc"
