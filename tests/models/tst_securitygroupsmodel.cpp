#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/securitygroupsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The checkable security-group list bound to the request. */
class tst_SecurityGroupsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkAndUncheck();
    void unknownIdsGetARow();
    void moreThanFiveIsReported();
};

namespace {

QList<SecurityGroupInfo> groups(int n)
{
    QList<SecurityGroupInfo> out;
    for (int i = 0; i < n; ++i) {
        SecurityGroupInfo g;
        g.id = QStringLiteral("sg-%1").arg(i);
        g.name = QStringLiteral("group%1").arg(i);
        g.description = i == 0 ? QStringLiteral("desktops") : QString();
        out << g;
    }
    return out;
}

} // namespace

void tst_SecurityGroupsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SecurityGroupsModel::checkAndUncheck()
{
    CreateRequestModel request;
    SecurityGroupsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    request.setSecurityGroupCatalog(groups(3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("group0 — desktops"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("group1"));
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);

    QVERIFY(model.setData(model.index(2), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    // The order picked is the order sent.
    QCOMPARE(request.securityGroups(), (QStringList{"sg-2", "sg-0"}));
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(request.securityGroupsChosen());

    QVERIFY(model.setData(model.index(2), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(request.securityGroups(), QStringList{"sg-0"});
    QVERIFY(!model.setData(model.index(2), Qt::Checked, Qt::DisplayRole));
}

void tst_SecurityGroupsModel::unknownIdsGetARow()
{
    CreateRequestModel request;
    request.setSecurityGroupCatalog(groups(2));
    SecurityGroupsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A draft lists a group the service does not know: it stays visible, checked and marked.
    request.setSecurityGroups({QStringLiteral("sg-1"), QStringLiteral("sg-gone")});
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOf(QStringLiteral("sg-gone"));
    QCOMPARE(row, 2);
    QCOMPARE(model.index(row).data().toString(), QStringLiteral("sg-gone"));
    QSignalSpy findings(&request, &CreateRequestModel::findingsChanged);
    QVERIFY(findings.wait(1000));
    QCOMPARE(model.index(row).data(SecurityGroupsModel::SeverityRole).toInt(), 2);
    QCOMPARE(model.index(0).data(SecurityGroupsModel::SeverityRole).toInt(), 0);
}

void tst_SecurityGroupsModel::moreThanFiveIsReported()
{
    CreateRequestModel request;
    request.setSecurityGroupCatalog(groups(7));
    SecurityGroupsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 6; ++i)
        QVERIFY(model.setData(model.index(i), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(request.securityGroups().size(), 6);
    bool tooMany = false;
    for (const Finding &f : request.findingsUnder({QStringLiteral("security_groups")}))
        tooMany = tooMany || f.code == QLatin1String("security_groups.too_many");
    QVERIFY(tooMany);
}

QTEST_GUILESS_MAIN(tst_SecurityGroupsModel)
#include "tst_securitygroupsmodel.moc"
