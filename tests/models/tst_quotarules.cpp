#include "models/rules/quotarules.h"

#include <QTest>

using namespace wsc;

namespace {

Quota quota(const char *type, qint64 limit, qint64 used, const char *unit = "")
{
    Quota q;
    q.type = QLatin1String(type);
    q.quota = limit;
    q.used = used;
    q.unit = QLatin1String(unit);
    return q;
}

Product product(int cpu, qint64 memoryMb, bool gpu)
{
    Product p;
    p.productId = QStringLiteral("p");
    p.cpu = cpu;
    p.memoryMb = memoryMb;
    p.isGpu = gpu;
    return p;
}

CreateDesktopRequest request(int root, const QList<int> &data)
{
    CreateDesktopRequest r;
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = root;
    for (int size : data) {
        Volume v;
        v.type = QStringLiteral("SAS");
        v.size = size;
        r.dataVolumes.append(v);
    }
    return r;
}

} // namespace

/** QuotaRules: what a batch of desktops needs from each quota, and where it does not fit. */
class tst_QuotaRules : public QObject
{
    Q_OBJECT

private slots:
    void demand();
    void gpuCountsApart();
    void shortfalls_data();
    void shortfalls();
    void desktopsLeft();
};

void tst_QuotaRules::demand()
{
    const Product p = product(4, 8192, false);
    const QMap<QString, qint64> d = QuotaRules::desktopDemand(request(80, {100, 50}), 10, &p);
    QCOMPARE(d.value(QStringLiteral("general_instances")), 10);
    QCOMPARE(d.value(QStringLiteral("cores")), 40);
    QCOMPARE(d.value(QStringLiteral("Memory")), 81920);
    QCOMPARE(d.value(QStringLiteral("volumes")), 30);
    QCOMPARE(d.value(QStringLiteral("volume_gigabytes")), 2300);
    QVERIFY(!d.contains(QStringLiteral("gpu_instances")));
    // Without the product, only what the request itself says.
    const QMap<QString, qint64> bare = QuotaRules::desktopDemand(request(80, {}), 3, nullptr);
    QCOMPARE(bare.value(QStringLiteral("general_instances")), 3);
    QVERIFY(!bare.contains(QStringLiteral("cores")));
    QVERIFY(QuotaRules::desktopDemand(request(80, {}), 0, &p).isEmpty());
}

void tst_QuotaRules::gpuCountsApart()
{
    const Product gpu = product(8, 32768, true);
    const QMap<QString, qint64> d = QuotaRules::desktopDemand(request(80, {}), 2, &gpu);
    QCOMPARE(d.value(QStringLiteral("gpu_instances")), 2);
    QVERIFY(!d.contains(QStringLiteral("general_instances")));
    QCOMPARE(QuotaRules::instanceType(&gpu), QStringLiteral("gpu_instances"));
    QCOMPARE(QuotaRules::instanceType(nullptr), QStringLiteral("general_instances"));
}

void tst_QuotaRules::shortfalls_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<QStringList>("over");
    QTest::addColumn<qint64>("remaining");
    QTest::newRow("fits") << 10 << qint64(90) << QStringList() << qint64(-1);
    QTest::newRow("exactly fits") << 5 << qint64(95) << QStringList() << qint64(-1);
    QTest::newRow("one too many") << 6 << qint64(95) << QStringList{"general_instances"}
                                  << qint64(5);
    QTest::newRow("100000 rows in a quota of 100")
            << 100000 << qint64(0) << QStringList{"cores", "general_instances", "volume_gigabytes"}
            << qint64(100);
    QTest::newRow("already over") << 1 << qint64(120) << QStringList{"general_instances"}
                                  << qint64(0);
}

void tst_QuotaRules::shortfalls()
{
    QFETCH(int, count);
    QFETCH(qint64, used);
    QFETCH(QStringList, over);
    QFETCH(qint64, remaining);
    const QList<Quota> quotas{quota("general_instances", 100, used), quota("cores", 1600, used * 4),
                              quota("users", -1, 10), quota("volume_gigabytes", 1000000, 0, "GB")};
    const Product p = product(4, 8192, false);
    const QList<QuotaShortfall> found
            = QuotaRules::shortfalls(quotas, QuotaRules::desktopDemand(request(80, {}), count, &p));
    QStringList types;
    for (const QuotaShortfall &s : found)
        types.append(s.type);
    types.sort();
    QCOMPARE(types, over);
    for (const QuotaShortfall &s : found) {
        if (s.type != QLatin1String("general_instances"))
            continue;
        QCOMPARE(s.quota, 100);
        QCOMPARE(s.used, used);
        QCOMPARE(s.requested, count);
        QCOMPARE(s.remaining(), remaining);
        QCOMPARE(s.excess(), count - remaining);
    }
}

void tst_QuotaRules::desktopsLeft()
{
    const QList<Quota> quotas{quota("general_instances", 100, 30), quota("gpu_instances", 10, 10)};
    const Product cpu = product(4, 8192, false);
    const Product gpu = product(8, 32768, true);
    QCOMPARE(QuotaRules::desktopsLeft(quotas, &cpu), 70);
    QCOMPARE(QuotaRules::desktopsLeft(quotas, &gpu), 0);
    QCOMPARE(QuotaRules::desktopsLeft({}, &cpu), -1);
    QCOMPARE(QuotaRules::desktopsLeft({quota("general_instances", -1, 3)}, &cpu), -1);
}

QTEST_GUILESS_MAIN(tst_QuotaRules)
#include "tst_quotarules.moc"
