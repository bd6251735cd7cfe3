#include "ui/mainwindow/desktoptablefilter.h"
#include "ui/mainwindow/desktoptablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace wsc;

namespace {

const QStringList Statuses{QStringLiteral("ACTIVE"), QStringLiteral("SHUTOFF"),
                           QStringLiteral("ERROR")};

DesktopInfo desktop(int i, int version)
{
    DesktopInfo d;
    d.desktopId = QStringLiteral("id-%1").arg(i, 5, 10, QLatin1Char('0'));
    // Names, users and statuses change with the version, so an update may move or hide a row.
    d.computerName = QStringLiteral("WKS-%1").arg((i * 7919 + version * 31) % 1000, 4, 10,
                                                  QLatin1Char('0'));
    if ((i + version) % 3 != 0)
        d.userName = QStringLiteral("user%1").arg((i * 104729 + version) % 97);
    d.status = Statuses.at((i + version) % Statuses.size());
    d.ipAddresses = {QStringLiteral("10.%1.%2.%3").arg(i % 3).arg((i * 31) % 256).arg(i % 250)};
    d.productId = QStringLiteral("workspace.p%1").arg((i + version) % 4);
    d.availabilityZone = QStringLiteral("cn-north-4%1").arg(QChar(u'a' + i % 3));
    d.created = QDateTime::fromSecsSinceEpoch(1700000000 + qint64((i * 48271) % 10007) * 3600,
                                              Qt::UTC)
                        .toString(Qt::ISODate);
    return d;
}

/** The rows the filter should show, worked out from scratch through the model's roles. */
QStringList expectedIds(const DesktopTableModel &model, const QString &status,
                        const QStringList &words, int column, Qt::SortOrder order)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!status.isEmpty()
            && index.data(DesktopTableModel::StatusRole)
                       .toString()
                       .compare(status, Qt::CaseInsensitive))
            continue;
        const QString haystack = index.data(DesktopTableModel::SearchRole).toString();
        if (std::all_of(words.cbegin(), words.cend(),
                        [&haystack](const QString &word) { return haystack.contains(word); }))
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = column < 0 ? 0 : model.compare(a, b, column);
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a < b;
    });
    QStringList out;
    for (const int row : rows)
        out << model.desktop(row).desktopId;
    return out;
}

QStringList shownIds(const DesktopTableFilter &filter)
{
    QStringList out;
    for (int row = 0; row < filter.rowCount(); ++row)
        out << filter.index(row, 0).data(DesktopTableModel::DesktopIdRole).toString();
    return out;
}

} // namespace

/**
 * DesktopTableFilter keeps its own order and shown rows through every change the model makes
 * (pages merged, rows updated so they move or leave the filter, rows removed, a language
 * switch) and every filter and sort change: after each step it shows what a filter and sort
 * from scratch would, and a selected row stays selected while it is shown.
 */
class tst_DesktopTableFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sameAsFromScratch_data();
    void sameAsFromScratch();
    void clearingTheSearchKeepsTheOrder();
};

void tst_DesktopTableFilter::sameAsFromScratch_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("small pages") << quint32(1) << 7;
    QTest::newRow("pages of 40") << quint32(2) << 40;
    QTest::newRow("pages of 40, another draw") << quint32(3) << 40;
    // Large enough that a language switch changes more rows than are handled one by one.
    QTest::newRow("pages of 300") << quint32(4) << 300;
}

void tst_DesktopTableFilter::sameAsFromScratch()
{
    QFETCH(quint32, seed);
    QFETCH(int, pageSize);
    QRandomGenerator random(seed);
    DesktopTableModel model;
    DesktopTableFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&filter);

    QHash<int, int> versions; // desktop number -> version in the model
    int next = 0;
    QString status;
    QStringList words;
    const QList<QStringList> searches{{},
                                      {QStringLiteral("wks-0")},
                                      {QStringLiteral("user1")},
                                      {QStringLiteral("user"), QStringLiteral("p2")}};
    for (int step = 0; step < 60; ++step) {
        const int op = int(random.bounded(8));
        QString what;
        if (op <= 2 || versions.isEmpty()) {
            what = QStringLiteral("merge new rows");
            QList<DesktopInfo> page;
            for (int i = 0; i < pageSize; ++i) {
                versions.insert(next, 0);
                page << desktop(next++, 0);
            }
            model.mergeDesktops(page);
        } else if (op == 3) {
            what = QStringLiteral("update rows");
            QList<DesktopInfo> page;
            const QList<int> known = versions.keys();
            for (int i = 0; i < pageSize; ++i) {
                const int n = known.at(int(random.bounded(int(known.size()))));
                page << desktop(n, ++versions[n]);
            }
            model.mergeDesktops(page);
        } else if (op == 4) {
            what = QStringLiteral("remove rows");
            QStringList gone;
            const QList<int> known = versions.keys();
            for (int i = 0; i < pageSize / 3 + 1; ++i) {
                const int n = known.at(int(random.bounded(int(known.size()))));
                if (versions.remove(n))
                    gone << desktop(n, 0).desktopId;
            }
            model.removeDesktops(gone);
        } else if (op == 5) {
            what = QStringLiteral("filter");
            status = random.bounded(2) ? QString() : Statuses.at(int(random.bounded(3)));
            words = searches.at(int(random.bounded(int(searches.size()))));
            filter.setStatus(status);
            filter.setSearchText(words.join(u' '));
        } else if (op == 6) {
            what = QStringLiteral("sort");
            const int column = int(random.bounded(DesktopTableModel::ColumnCount + 1)) - 1;
            filter.sort(column, random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        } else {
            what = QStringLiteral("language switch");
            model.retranslate();
        }
        const QStringList expected
                = expectedIds(model, status, words, filter.sortColumn(), filter.sortOrder());
        QVERIFY2(shownIds(filter) == expected,
                 qPrintable(QStringLiteral("step %1 (%2): %3 rows shown, %4 expected")
                                    .arg(step)
                                    .arg(what)
                                    .arg(filter.rowCount())
                                    .arg(expected.size())));
        // The selected row follows its desktop while it is shown.
        const QModelIndexList selected = selection.selectedRows();
        if (!selected.isEmpty()) {
            const QString id = selected.first().data(DesktopTableModel::DesktopIdRole).toString();
            QVERIFY(expected.contains(id));
            QCOMPARE(expected.indexOf(id), selected.first().row());
        }
        if (filter.rowCount() > 0) {
            const QModelIndex chosen = filter.index(int(random.bounded(filter.rowCount())), 0);
            selection.select(chosen,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        // Each source row maps to its shown row and back.
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QModelIndex source = filter.mapToSource(filter.index(row, 0));
            QCOMPARE(filter.mapFromSource(source).row(), row);
        }
    }
}

void tst_DesktopTableFilter::clearingTheSearchKeepsTheOrder()
{
    DesktopTableModel model;
    QList<DesktopInfo> rows;
    for (int i = 0; i < 500; ++i)
        rows << desktop(i, 0);
    model.mergeDesktops(rows);
    DesktopTableFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(DesktopTableModel::UserColumn, Qt::DescendingOrder);
    const QStringList sorted = shownIds(filter);
    filter.setSearchText(QStringLiteral("wks-01"));
    QVERIFY(filter.rowCount() > 0);
    QVERIFY(filter.rowCount() < 500);
    filter.setSearchText({});
    QCOMPARE(shownIds(filter), sorted);
    QCOMPARE(filter.sortColumn(), int(DesktopTableModel::UserColumn));
    QCOMPARE(filter.sortOrder(), Qt::DescendingOrder);
}

QTEST_MAIN(tst_DesktopTableFilter)
#include "tst_desktoptablefilter.moc"
