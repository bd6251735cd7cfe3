#include "ui/mainwindow/desktoptablefilter.h"
#include "ui/mainwindow/desktoptablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

namespace {

DesktopInfo desktop(int i, const QString &status = QStringLiteral("ACTIVE"))
{
    DesktopInfo d;
    d.desktopId = QStringLiteral("id-%1").arg(i, 4, 10, QLatin1Char('0'));
    // Names, users, addresses and dates each in another order than the ids.
    d.computerName = QStringLiteral("WKS-%1").arg((i * 7919) % 1000, 4, 10, QLatin1Char('0'));
    if (i % 3 != 0)
        d.userName = QStringLiteral("user%1").arg((i * 104729) % 997);
    d.status = status;
    d.ipAddresses = {QStringLiteral("10.%1.%2.%3").arg(i % 3).arg((i * 31) % 256).arg(i % 250)};
    d.productId = QStringLiteral("workspace.p%1").arg(i % 4);
    d.availabilityZone = QStringLiteral("cn-north-4%1").arg(QChar(u'a' + i % 3));
    d.created = QDateTime::fromSecsSinceEpoch(1700000000 + qint64((i * 48271) % 10007) * 3600,
                                              Qt::UTC)
                        .toString(Qt::ISODate);
    if (i % 5 == 0) {
        d.taskStatus = QStringLiteral("rebooting");
        d.process = (i * 13) % 100;
    }
    return d;
}

QList<DesktopInfo> range(int first, int count)
{
    QList<DesktopInfo> out;
    for (int i = first; i < first + count; ++i)
        out << desktop(i);
    return out;
}

QSet<QString> idsOf(const DesktopTableModel &model)
{
    QSet<QString> out;
    for (const DesktopInfo &d : model.desktops())
        out.insert(d.desktopId);
    return out;
}

/**
 * A model and the filter on it, sorted by a column, as a view holds them, each watched by
 * QAbstractItemModelTester: the rows under test.
 */
struct WatchedTable
{
    explicit WatchedTable(int sortColumn)
    {
        filter.setSourceModel(&model);
        filter.sort(sortColumn);
    }

    DesktopTableModel model;
    DesktopTableFilter filter;
    QAbstractItemModelTester modelTester{&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester filterTester{&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

/**
 * DesktopTableModel and DesktopTableFilter as a page-by-page load drives them: pages merged in
 * any order with duplicates, rows updated in place without a reset (the selection stays), rows
 * gone removed at the end, and the cached sort and search keys agreeing with the roles.
 */
class tst_DesktopTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pagesInAnyOrder_data();
    void pagesInAnyOrder();
    void refreshKeepsSelection();
    void sortMatchesSortRole_data();
    void sortMatchesSortRole();
    void searchFollowsUpdates();
    void createdOrder_data();
    void createdOrder();
    void keysMadeAhead();
    void zonesFollowRows();
    void slicedMergeSameAsOne_data();
    void slicedMergeSameAsOne();
    void slicedRemovalSameAsOne_data();
    void slicedRemovalSameAsOne();
};

void tst_DesktopTableModel::pagesInAnyOrder_data()
{
    QTest::addColumn<QList<int>>("pageOrder");
    QTest::addColumn<int>("overlap"); // desktops each page repeats from the one before
    QTest::newRow("in order") << QList<int>{0, 1, 2, 3} << 0;
    QTest::newRow("reversed") << QList<int>{3, 2, 1, 0} << 0;
    QTest::newRow("shuffled, overlapping") << QList<int>{2, 0, 3, 1} << 3;
    QTest::newRow("one page twice") << QList<int>{1, 1, 0, 3, 2} << 0;
}

void tst_DesktopTableModel::pagesInAnyOrder()
{
    QFETCH(QList<int>, pageOrder);
    QFETCH(int, overlap);
    WatchedTable table(DesktopTableModel::NameColumn);
    DesktopTableModel &model = table.model;
    DesktopTableFilter &filter = table.filter;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    constexpr int PageSize = 25;
    for (int page : pageOrder)
        model.mergeDesktops(range(qMax(0, page * PageSize - overlap), PageSize + overlap));
    QCOMPARE(model.rowCount(), 4 * PageSize);
    QCOMPARE(filter.rowCount(), 4 * PageSize);
    QCOMPARE(idsOf(model).size(), 4 * PageSize);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.desktop(row).desktopId), row);
    QCOMPARE(resets.size(), 0);
}

// A refresh: the same desktops with changes, a new one, one gone. The selected row follows its
// desktop through the in-place update and the removal; no reset happens.
void tst_DesktopTableModel::refreshKeepsSelection()
{
    WatchedTable table(DesktopTableModel::NameColumn);
    DesktopTableModel &model = table.model;
    DesktopTableFilter &filter = table.filter;
    model.mergeDesktops(range(0, 40));
    QItemSelectionModel selection(&filter);
    const QString chosen = desktop(17).desktopId;
    const QModelIndex source = model.index(model.rowOf(chosen), 0);
    selection.select(filter.mapFromSource(source),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The new load: page 2 first (with the chosen one shut off), then page 1; 3 is gone, 40 new.
    QList<DesktopInfo> second = range(20, 21);
    QList<DesktopInfo> first = range(0, 20);
    first.removeAt(3);
    for (DesktopInfo &d : first) {
        if (d.desktopId == chosen)
            d.status = QStringLiteral("SHUTOFF");
    }
    first.append(desktop(17, QStringLiteral("SHUTOFF"))); // met twice in one load
    model.mergeDesktops(second);
    QCOMPARE(changed.size(), 0); // nothing shown changed on that page: no signal
    model.mergeDesktops(first);
    QCOMPARE(changed.size(), 1);
    QSet<QString> seen;
    for (const DesktopInfo &d : second + first)
        seen.insert(d.desktopId);
    QCOMPARE(model.rowCount(), 41); // removal waits for the end of the load
    model.removeDesktopsNotIn(seen);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.rowOf(desktop(3).desktopId), -1);
    QVERIFY(model.rowOf(desktop(40).desktopId) >= 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.desktop(row).desktopId), row);
    QCOMPARE(resets.size(), 0);

    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(DesktopTableModel::DesktopIdRole).toString(), chosen);
    QCOMPARE(rows.first().data(DesktopTableModel::StatusRole).toString(),
             QStringLiteral("SHUTOFF"));
}

void tst_DesktopTableModel::sortMatchesSortRole_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < DesktopTableModel::ColumnCount; ++c) {
        const QByteArray name = QMetaEnum::fromType<DesktopTableModel::Column>().valueToKey(c);
        QTest::newRow(QByteArray(name + " ascending").constData()) << c << Qt::AscendingOrder;
        QTest::newRow(QByteArray(name + " descending").constData()) << c << Qt::DescendingOrder;
    }
}

// The filter sorts from the model's cached keys; the order is the one SortRole gives.
void tst_DesktopTableModel::sortMatchesSortRole()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    DesktopTableModel model;
    DesktopTableFilter filter;
    filter.setSourceModel(&model);
    model.mergeDesktops(range(0, 200));
    filter.sort(column, order);
    QCOMPARE(filter.rowCount(), 200);
    for (int row = 1; row < filter.rowCount(); ++row) {
        const QVariant a = filter.index(row - 1, column).data(DesktopTableModel::SortRole);
        const QVariant b = filter.index(row, column).data(DesktopTableModel::SortRole);
        const QPartialOrdering c = QVariant::compare(a, b);
        if (order == Qt::AscendingOrder)
            QVERIFY2(c != QPartialOrdering::Greater, qPrintable(QString::number(row)));
        else
            QVERIFY2(c != QPartialOrdering::Less, qPrintable(QString::number(row)));
    }
}

// The search reads cached texts: an update of a row must reach them.
void tst_DesktopTableModel::searchFollowsUpdates()
{
    DesktopTableModel model;
    DesktopTableFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.mergeDesktops(range(0, 30));
    filter.setSearchText(QStringLiteral("shut off"));
    QCOMPARE(filter.rowCount(), 0);
    model.mergeDesktops(
            {desktop(4, QStringLiteral("SHUTOFF")), desktop(9, QStringLiteral("SHUTOFF"))});
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearchText(desktop(9).computerName.toLower() + QStringLiteral(" off"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(DesktopTableModel::DesktopIdRole).toString(),
             desktop(9).desktopId);
    filter.setSearchText({});
    filter.setStatus(QStringLiteral("SHUTOFF"));
    QCOMPARE(filter.rowCount(), 2);
}

void tst_DesktopTableModel::createdOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("seconds") << "2026-12-07T10:00:00Z"
                             << "2026-12-07T10:00:01Z";
    QTest::newRow("milliseconds") << "2026-12-07T10:00:00.999Z"
                                  << "2026-12-07T10:00:01.000Z";
    QTest::newRow("years apart, leap day") << "2024-02-29T23:59:59Z"
                                           << "2003-03-01T00:00:00Z";
    QTest::newRow("no Z (UTC all the same)") << "2026-12-07T10:00:00"
                                             << "2026-12-07T09:59:59Z";
    QTest::newRow("offset") << "2026-12-07T10:00:00+08:00"
                            << "2026-12-07T03:00:00Z";
    QTest::newRow("unreadable") << "yesterday"
                                << "2026-12-07T10:00:00Z";
    QTest::newRow("month 13") << "2026-13-07T10:00:00Z"
                              << "2026-12-07T10:00:00Z";
    QTest::newRow("same") << "2026-12-07T10:00:00.000Z"
                          << "2026-12-07T10:00:00Z";
}

// The creation time key (read directly for the service's usual shape) orders as createdTime().
void tst_DesktopTableModel::createdOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    DesktopInfo first = desktop(1);
    first.created = a;
    DesktopInfo second = desktop(2);
    second.created = b;
    DesktopTableModel model;
    model.mergeDesktops({first, second});
    const QDateTime ta = DesktopTableModel::createdTime(first);
    const QDateTime tb = DesktopTableModel::createdTime(second);
    auto before = [](const QDateTime &x, const QDateTime &y) {
        if (x.isValid() != y.isValid())
            return !x.isValid();
        return x.isValid() && x.toMSecsSinceEpoch() < y.toMSecsSinceEpoch();
    };
    QCOMPARE(model.lessThan(0, 1, DesktopTableModel::CreatedColumn), before(ta, tb));
    QCOMPARE(model.lessThan(1, 0, DesktopTableModel::CreatedColumn), before(tb, ta));
}

// Keys made with the page (on a loader's pool thread) sort and search as keys made in the merge;
// keys made before a language change are made again.
void tst_DesktopTableModel::keysMadeAhead()
{
    DesktopTableModel ahead;
    DesktopTableModel here;
    QAbstractItemModelTester tester(&ahead, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<DesktopInfo> first = range(0, 60);
    const QList<DesktopInfo> second = range(40, 60);
    ahead.mergeDesktops(first, DesktopTableModel::pageKeys(first));
    const QList<DesktopRowKeys> stale = DesktopTableModel::pageKeys(second);
    ahead.retranslate();
    ahead.mergeDesktops(second, stale);
    here.mergeDesktops(first);
    here.mergeDesktops(second);
    QCOMPARE(ahead.rowCount(), 100);
    QCOMPARE(ahead.rowCount(), here.rowCount());
    for (int row = 0; row < ahead.rowCount(); ++row) {
        QCOMPARE(ahead.index(row, 0).data(DesktopTableModel::SearchRole),
                 here.index(row, 0).data(DesktopTableModel::SearchRole));
        for (int column = 0; column < DesktopTableModel::ColumnCount; ++column) {
            QCOMPARE(ahead.lessThan(row, (row * 37) % 100, column),
                     here.lessThan(row, (row * 37) % 100, column));
        }
    }
    QVERIFY(ahead.rowMatches(3, QStringLiteral("active")));
    QVERIFY(ahead.rowMatches(3, desktop(3).ipAddresses.first()));
    QVERIFY(!ahead.rowMatches(3, QStringLiteral("active wks")));
}

// The zone list is counted as rows come, change and go.
void tst_DesktopTableModel::zonesFollowRows()
{
    DesktopTableModel model;
    model.mergeDesktops(range(0, 2));
    QCOMPARE(model.zones(),
             (QStringList{QStringLiteral("cn-north-4a"), QStringLiteral("cn-north-4b")}));
    DesktopInfo moved = desktop(1);
    moved.availabilityZone = QStringLiteral("cn-north-4c");
    model.mergeDesktops({moved});
    QCOMPARE(model.zones(),
             (QStringList{QStringLiteral("cn-north-4a"), QStringLiteral("cn-north-4c")}));
    model.removeDesktopsNotIn({moved.desktopId});
    QCOMPARE(model.zones(), QStringList{QStringLiteral("cn-north-4c")});
    model.setDesktops({});
    QVERIFY(model.zones().isEmpty());
}

void tst_DesktopTableModel::slicedMergeSameAsOne_data()
{
    QTest::addColumn<int>("slice");
    QTest::addColumn<bool>("keysAhead");
    for (int slice : {1, 7, 25, 60, 1000}) {
        QTest::addRow("slices of %d", slice) << slice << true;
        QTest::addRow("slices of %d, keys made in the merge", slice) << slice << false;
    }
}

// A view merges a page in slices over several event-loop turns: the rows (order, content, keys)
// and the sorted view are those of merging each page at once, duplicates in a page included.
void tst_DesktopTableModel::slicedMergeSameAsOne()
{
    QFETCH(int, slice);
    QFETCH(bool, keysAhead);
    WatchedTable table(DesktopTableModel::UserColumn);
    DesktopTableModel &sliced = table.model;
    DesktopTableFilter &slicedFilter = table.filter;
    DesktopTableModel whole;
    DesktopTableFilter wholeFilter;
    wholeFilter.setSourceModel(&whole);
    wholeFilter.sort(DesktopTableModel::UserColumn);
    // A first load, then a refresh with changes, a duplicate and new desktops.
    QList<DesktopInfo> refreshed = range(20, 60);
    refreshed[5].status = QStringLiteral("SHUTOFF");
    refreshed[30].userName = QStringLiteral("someone");
    refreshed.append(desktop(22, QStringLiteral("ERROR"))); // met twice: the later copy wins
    refreshed.insert(3, desktop(80));
    refreshed.append(desktop(80, QStringLiteral("BUILD")));
    for (const QList<DesktopInfo> &page : {range(0, 50), refreshed}) {
        const QList<DesktopRowKeys> keys
                = keysAhead ? DesktopTableModel::pageKeys(page) : QList<DesktopRowKeys>();
        whole.mergeDesktops(page, keys);
        for (qsizetype from = 0; from < page.size(); from += slice)
            sliced.mergeDesktops(page, keys, from, slice);
    }
    QCOMPARE(sliced.rowCount(), whole.rowCount());
    QCOMPARE(sliced.rowCount(), 81);
    for (int row = 0; row < whole.rowCount(); ++row) {
        QCOMPARE(sliced.desktop(row).desktopId, whole.desktop(row).desktopId);
        QCOMPARE(sliced.desktop(row).status, whole.desktop(row).status);
        QCOMPARE(sliced.rowOf(whole.desktop(row).desktopId), row);
        QCOMPARE(sliced.index(row, 0).data(DesktopTableModel::SearchRole),
                 whole.index(row, 0).data(DesktopTableModel::SearchRole));
    }
    QCOMPARE(sliced.desktop(sliced.rowOf(desktop(22).desktopId)).status, QStringLiteral("ERROR"));
    QCOMPARE(sliced.desktop(sliced.rowOf(desktop(80).desktopId)).status, QStringLiteral("BUILD"));
    QCOMPARE(sliced.zones(), whole.zones());
    QCOMPARE(slicedFilter.rowCount(), wholeFilter.rowCount());
    for (int row = 0; row < wholeFilter.rowCount(); ++row) {
        QCOMPARE(slicedFilter.index(row, 0).data(DesktopTableModel::SortRole),
                 wholeFilter.index(row, 0).data(DesktopTableModel::SortRole));
        QCOMPARE(slicedFilter.index(row, DesktopTableModel::UserColumn)
                         .data(DesktopTableModel::SortRole),
                 wholeFilter.index(row, DesktopTableModel::UserColumn)
                         .data(DesktopTableModel::SortRole));
    }
}

void tst_DesktopTableModel::slicedRemovalSameAsOne_data()
{
    QTest::addColumn<QList<int>>("gone");
    QTest::addColumn<int>("slice");
    const QList<int> scattered{0, 3, 4, 5, 17, 18, 40, 41, 42, 43, 77, 98, 99};
    for (int slice : {1, 2, 5, 100})
        QTest::addRow("scattered, slices of %d", slice) << scattered << slice;
    QList<int> all;
    for (int i = 0; i < 100; ++i)
        all << i;
    QTest::newRow("all, slices of 9") << all << 9;
    QTest::newRow("last only") << QList<int>{99} << 1;
    QTest::newRow("unknown ids skipped") << QList<int>{2, 150, 151} << 2;
}

// The rows of desktops gone at the end of a load, removed a few at a time: the same rows remain,
// in the same order, their row index right after every slice, the selection kept.
void tst_DesktopTableModel::slicedRemovalSameAsOne()
{
    QFETCH(QList<int>, gone);
    QFETCH(int, slice);
    WatchedTable table(DesktopTableModel::NameColumn);
    DesktopTableModel &sliced = table.model;
    DesktopTableFilter &filter = table.filter;
    DesktopTableModel whole;
    sliced.mergeDesktops(range(0, 100));
    whole.mergeDesktops(range(0, 100));
    QItemSelectionModel selection(&filter);
    const QString chosen = desktop(50).desktopId;
    selection.select(filter.mapFromSource(sliced.index(sliced.rowOf(chosen), 0)),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSet<QString> seen = idsOf(whole);
    for (int i : gone)
        seen.remove(desktop(i).desktopId);
    QStringList ids;
    for (int i : gone)
        ids << desktop(i).desktopId;
    whole.removeDesktopsNotIn(seen);
    QSignalSpy resets(&sliced, &QAbstractItemModel::modelReset);
    for (qsizetype from = 0; from < ids.size(); from += slice) {
        sliced.removeDesktops(ids.mid(from, slice));
        for (int row = 0; row < sliced.rowCount(); ++row)
            QCOMPARE(sliced.rowOf(sliced.desktop(row).desktopId), row);
    }
    QCOMPARE(resets.size(), 0);
    QCOMPARE(sliced.rowCount(), whole.rowCount());
    QCOMPARE(filter.rowCount(), whole.rowCount());
    for (int row = 0; row < whole.rowCount(); ++row)
        QCOMPARE(sliced.desktop(row).desktopId, whole.desktop(row).desktopId);
    for (int i : gone)
        QCOMPARE(sliced.rowOf(desktop(i).desktopId), -1);
    QCOMPARE(sliced.zones(), whole.zones());
    QCOMPARE(sliced.desktopsNotIn(seen), QStringList());
    const QModelIndexList rows = selection.selectedRows();
    if (gone.contains(50)) {
        QVERIFY(rows.isEmpty());
    } else {
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(DesktopTableModel::DesktopIdRole).toString(), chosen);
    }
}

QTEST_MAIN(tst_DesktopTableModel)
#include "tst_desktoptablemodel.moc"
