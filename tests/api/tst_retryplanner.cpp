#include "api/jobs/batchoperation.h"
#include "api/jobs/batchoutcome.h"
#include "api/jobs/batchplan.h"
#include "api/jobs/retryplanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wsc;

/**
 * Retries planned from the first plan (RetryPlanner): desktops named in desktops[] go again
 * with their own entries and addresses, unnamed ones as `size` = the number that failed under
 * the same prefix (never `size` beside `desktops`), refused and unknown ones are left out, the
 * cap cuts again, and the broken desktops of failed creates are listed for deletion first.
 */
class tst_RetryPlanner : public QObject
{
    Q_OBJECT

private slots:
    void named_data();
    void named();
    void unnamed_data();
    void unnamed();
    void attachDeletesNothing();
    void nothingToRetry();
    void desktopIds_data();
    void desktopIds();
};

namespace {

QJsonObject bodyOf(const BatchChunk &c)
{
    return QJsonDocument::fromJson(c.body).object();
}

/** A first plan of @p count named desktops in chunks of @p cap, with fixed addresses. */
BatchPlan namedPlan(int count, int cap)
{
    BatchPlan plan;
    plan.kind = BatchKind::Create;
    plan.sourceCount = count;
    for (int first = 0; first < count; first += cap) {
        BatchChunk c;
        c.index = static_cast<int>(plan.chunks.size());
        QJsonArray desktops;
        QJsonArray ips;
        for (int s = first; s < qMin(count, first + cap); ++s) {
            desktops.append(
                    QJsonObject{{QStringLiteral("user_name"), QStringLiteral("u%1").arg(s)},
                                {QStringLiteral("computer_name"), QStringLiteral("PC%1").arg(s)}});
            ips.append(QStringLiteral("10.0.0.%1").arg(s + 10));
            c.sourceIndexes << s;
        }
        c.body = QJsonDocument(QJsonObject{{QStringLiteral("product_id"), QStringLiteral("p")},
                                           {QStringLiteral("desktops"), desktops},
                                           {QStringLiteral("desktop_ips"), ips}})
                         .toJson(QJsonDocument::Compact);
        plan.chunks << c;
    }
    return plan;
}

BatchPlan sizePlan(const QList<int> &sizes, const QString &prefix)
{
    BatchPlan plan;
    plan.kind = BatchKind::Create;
    int first = 0;
    for (int size : sizes) {
        BatchChunk c;
        c.index = static_cast<int>(plan.chunks.size());
        c.body = QJsonDocument(QJsonObject{{QStringLiteral("product_id"), QStringLiteral("p")},
                                           {QStringLiteral("size"), size},
                                           {QStringLiteral("desktop_name"), prefix}})
                         .toJson(QJsonDocument::Compact);
        for (int k = 0; k < size; ++k)
            c.sourceIndexes << first + k;
        first += size;
        plan.chunks << c;
    }
    plan.sourceCount = first;
    return plan;
}

/** The plan's items with the service's answer: @p failedRows failed their sub-jobs. */
QList<BatchItem> finished(const BatchPlan &plan, const QList<int> &failedRows,
                          const QList<int> &refusedRows = {})
{
    QList<BatchItem> items = BatchOutcome::itemsOf(plan, {});
    for (BatchItem &i : items) {
        if (refusedRows.contains(i.sourceIndex)) {
            ChunkTransition t;
            t.to = ChunkState::Failed;
            t.error.kind = ApiError::Kind::Http;
            t.error.httpStatus = 400;
            t.error.errorCode = QStringLiteral("WKS.00010004");
            BatchOutcome::applyTransition(i, t);
            continue;
        }
        SubJobInfo s;
        s.id = QStringLiteral("s%1").arg(i.sourceIndex);
        s.status = failedRows.contains(i.sourceIndex) ? QStringLiteral("FAILED")
                                                      : QStringLiteral("SUCCESS");
        s.desktopId = QStringLiteral("d%1").arg(i.sourceIndex);
        s.computerName = i.computerName.isEmpty() ? QStringLiteral("LAB%1").arg(i.sourceIndex)
                                                  : i.computerName;
        BatchOutcome::applySubJob(i, s);
        i.chunkState = ChunkState::Done;
    }
    return items;
}

} // namespace

void tst_RetryPlanner::named_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("failed");
    QTest::addColumn<QList<int>>("refused");
    QTest::addColumn<int>("chunks");

    QTest::newRow("two of ten") << 10 << 50 << QList<int>{3, 7} << QList<int>{} << 1;
    QTest::newRow("cut by the cap again")
            << 10 << 2 << QList<int>{0, 1, 2, 5, 9} << QList<int>{} << 3;
    QTest::newRow("refused rows stay out") << 6 << 3 << QList<int>{1} << QList<int>{3, 4, 5} << 1;
}

void tst_RetryPlanner::named()
{
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(QList<int>, failed);
    QFETCH(QList<int>, refused);
    QFETCH(int, chunks);
    const BatchPlan first = namedPlan(count, cap);
    const RetryPlan retry = BatchOperation::of(BatchKind::Create)
                                    .retry(first, finished(first, failed, refused), cap);
    QCOMPARE(retry.desktops, int(failed.size()));
    QCOMPARE(retry.plan.chunks.size(), chunks);
    QList<int> sent;
    for (const BatchChunk &c : retry.plan.chunks) {
        const QJsonObject body = bodyOf(c);
        QVERIFY(!body.contains(QStringLiteral("size")));
        QCOMPARE(body.value(QStringLiteral("product_id")).toString(), QStringLiteral("p"));
        const QJsonArray desktops = body.value(QStringLiteral("desktops")).toArray();
        const QJsonArray ips = body.value(QStringLiteral("desktop_ips")).toArray();
        QVERIFY(desktops.size() <= cap);
        QCOMPARE(ips.size(), desktops.size());
        for (int p = 0; p < desktops.size(); ++p) {
            const int s = c.sourceIndexes.at(p);
            // The same desktop, the same address, the same row.
            QCOMPARE(desktops.at(p).toObject().value(QStringLiteral("computer_name")).toString(),
                     QStringLiteral("PC%1").arg(s));
            QCOMPARE(ips.at(p).toString(), QStringLiteral("10.0.0.%1").arg(s + 10));
            sent << s;
        }
    }
    QCOMPARE(sent, failed);
    QStringList broken;
    for (int s : failed)
        broken << QStringLiteral("d%1").arg(s);
    QCOMPARE(retry.cleanup, broken);
}

void tst_RetryPlanner::unnamed_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("failed");
    QTest::addColumn<QList<int>>("retrySizes");
    QTest::addColumn<QString>("singleName"); ///< desktop_name of a chunk of 1, when there is one

    QTest::newRow("11 of 20") << QList<int>{20} << 50
                              << QList<int>{0, 2, 3, 5, 8, 9, 11, 12, 15, 17, 19} << QList<int>{11}
                              << QString();
    QTest::newRow("from 49 + 2, all") << QList<int>{49, 2} << 50 << [] {
        QList<int> all;
        for (int i = 0; i < 51; ++i)
            all << i;
        return all;
    }() << QList<int>{49, 2} << QString();
    QTest::newRow("one left keeps its own name")
            << QList<int>{20} << 50 << QList<int>{6} << QList<int>{1} << QStringLiteral("LAB6");
}

void tst_RetryPlanner::unnamed()
{
    QFETCH(QList<int>, sizes);
    QFETCH(int, cap);
    QFETCH(QList<int>, failed);
    QFETCH(QList<int>, retrySizes);
    QFETCH(QString, singleName);
    const BatchPlan first = sizePlan(sizes, QStringLiteral("LAB"));
    const RetryPlan retry
            = BatchOperation::of(BatchKind::Create).retry(first, finished(first, failed), cap);
    QCOMPARE(retry.desktops, int(failed.size()));
    QList<int> got;
    QList<int> sources;
    for (const BatchChunk &c : retry.plan.chunks) {
        const QJsonObject body = bodyOf(c);
        // Never both: the service refuses desktops beside size (WKS.00010004).
        QVERIFY(!body.contains(QStringLiteral("desktops")));
        const int size = body.value(QStringLiteral("size")).toInt();
        got << size;
        QCOMPARE(c.sourceIndexes.size(), size);
        sources << c.sourceIndexes;
        const QString name = body.value(QStringLiteral("desktop_name")).toString();
        QCOMPARE(name, size == 1 && !singleName.isEmpty() ? singleName : QStringLiteral("LAB"));
    }
    QCOMPARE(got, retrySizes);
    QCOMPARE(sources, failed);
    QCOMPARE(retry.cleanup.size(), failed.size());
}

void tst_RetryPlanner::attachDeletesNothing()
{
    BatchPlan first = namedPlan(4, 50);
    first.kind = BatchKind::Attach;
    const RetryPlan retry
            = BatchOperation::of(BatchKind::Attach).retry(first, finished(first, {1, 2}), 50);
    QCOMPARE(retry.desktops, 2);
    QVERIFY(retry.cleanup.isEmpty());
    QCOMPARE(retry.plan.kind, BatchKind::Attach);
}

void tst_RetryPlanner::nothingToRetry()
{
    const BatchPlan first = namedPlan(4, 50);
    QList<BatchItem> items = finished(first, {}, {0, 1});
    // A chunk whose answer is still unknown is not failed: sending it again could double it.
    items[2].subJobStatus = SubJobStatus::None;
    items[2].chunkState = ChunkState::Unknown;
    const RetryPlan retry = BatchOperation::of(BatchKind::Create).retry(first, items, 50);
    QVERIFY(retry.plan.chunks.isEmpty());
    QCOMPARE(retry.desktops, 0);
}

void tst_RetryPlanner::desktopIds_data()
{
    // Day-2 kinds: the failed desktops' ids again, every other field of the first request kept.
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("failed");
    QTest::addColumn<int>("requests");
    QTest::newRow("power, 3 of 10 in chunks of 4")
            << int(BatchKind::Power) << "desktop_ids" << 10 << 4 << QList<int>{0, 5, 9} << 1;
    QTest::newRow("delete, 5 of 10, cap 2")
            << int(BatchKind::Delete) << "desktop_ids" << 10 << 2 << QList<int>{1, 2, 3, 7, 8} << 3;
    QTest::newRow("resize: desktops[]")
            << int(BatchKind::Resize) << "desktops" << 6 << 100 << QList<int>{2, 4} << 1;
    QTest::newRow("none failed") << int(BatchKind::Rebuild) << "desktop_ids" << 4 << 100
                                 << QList<int>{} << 0;
}

void tst_RetryPlanner::desktopIds()
{
    QFETCH(int, kind);
    QFETCH(QString, listKey);
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(QList<int>, failed);
    QFETCH(int, requests);
    const BatchKind k = BatchKind(kind);
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("d%1").arg(i);
        list.append(listKey == QLatin1String("desktops")
                            ? QJsonValue(QJsonObject{{QStringLiteral("desktop_id"), id}})
                            : QJsonValue(id));
    }
    const QJsonObject request{{listKey, list}, {QStringLiteral("op_type"), QStringLiteral("x")}};
    const BatchPlan first = BatchPlan::forDesktops(k, request, cap);
    QCOMPARE(first.chunks.size(), (count + cap - 1) / cap);
    const RetryPlan retry = BatchOperation::of(k).retry(first, finished(first, failed), cap);
    QCOMPARE(retry.plan.chunks.size(), requests);
    QCOMPARE(retry.desktops, failed.size());
    QVERIFY(retry.cleanup.isEmpty());
    QList<int> sources;
    QStringList ids;
    for (const BatchChunk &c : retry.plan.chunks) {
        const QJsonObject body = bodyOf(c);
        QCOMPARE(body.value(QStringLiteral("op_type")).toString(), QStringLiteral("x"));
        QVERIFY(c.sourceIndexes.size() <= cap);
        sources << c.sourceIndexes;
        for (const QJsonValue &v : body.value(listKey).toArray())
            ids << (v.isObject() ? v.toObject().value(QStringLiteral("desktop_id")).toString()
                                 : v.toString());
    }
    QCOMPARE(sources, failed);
    QStringList expected;
    for (int f : failed)
        expected << QStringLiteral("d%1").arg(f);
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(tst_RetryPlanner)
#include "tst_retryplanner.moc"
