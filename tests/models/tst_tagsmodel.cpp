#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/tagsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The tags table bound to the request: key/value edits, optional values, per-cell findings. */
class tst_TagsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editTags();
    void limitOfTwenty();
    void cellFindings_data();
    void cellFindings();
};

void tst_TagsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TagsModel::editTags()
{
    CreateRequestModel request;
    TagsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 2));
    model.setData(model.index(0, TagsModel::KeyColumn), QStringLiteral("team"));
    model.setData(model.index(0, TagsModel::ValueColumn), QStringLiteral("财务"));
    model.setData(model.index(1, TagsModel::KeyColumn), QStringLiteral("solo"));
    QCOMPARE(request.tags().size(), 2);
    QCOMPARE(request.tags().at(0).value.value_or(QString()), QStringLiteral("财务"));
    // An empty value is "no value": the key alone is sent.
    QVERIFY(!request.tags().at(1).value.has_value());
    model.setData(model.index(0, TagsModel::ValueColumn), QString());
    QVERIFY(!request.tags().at(0).value.has_value());
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(request.tags().size(), 1);
    QCOMPARE(request.tags().at(0).key, QStringLiteral("solo"));
}

void tst_TagsModel::limitOfTwenty()
{
    CreateRequestModel request;
    TagsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, TagsModel::MaxTags));
    QVERIFY(!model.canAdd());
    QVERIFY(!model.insertRows(0, 1));
}

void tst_TagsModel::cellFindings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("keyCode");
    QTest::addColumn<QString>("valueCode");
    QTest::newRow("fine") << "team"
                          << "finance"
                          << ""
                          << "";
    QTest::newRow("empty key") << ""
                               << "x"
                               << "tag.key.required"
                               << "";
    QTest::newRow("reserved") << "_sys_owner"
                              << ""
                              << "tag.key.reserved"
                              << "";
    QTest::newRow("equals sign") << "a=b"
                                 << ""
                                 << "tag.key.chars"
                                 << "";
    QTest::newRow("long value") << "k" << QString(44, QLatin1Char('v')) << ""
                                << "tag.value.length";
    QTest::newRow("duplicate key") << "first"
                                   << ""
                                   << "tags.duplicate_key"
                                   << "";
}

void tst_TagsModel::cellFindings()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, keyCode);
    QFETCH(QString, valueCode);
    CreateRequestModel request;
    TagsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 2));
    model.setData(model.index(0, TagsModel::KeyColumn), QStringLiteral("first"));
    model.setData(model.index(1, TagsModel::KeyColumn), key);
    model.setData(model.index(1, TagsModel::ValueColumn), value);
    QSignalSpy findings(&request, &CreateRequestModel::findingsChanged);
    QVERIFY(findings.wait(1000));
    const auto codesOf = [&](int column) {
        return model.index(1, column).data(TagsModel::IssueCodesRole).toStringList();
    };
    QCOMPARE(codesOf(TagsModel::KeyColumn),
             keyCode.isEmpty() ? QStringList() : QStringList{keyCode});
    QCOMPARE(codesOf(TagsModel::ValueColumn),
             valueCode.isEmpty() ? QStringList() : QStringList{valueCode});
    QCOMPARE(model.index(1, TagsModel::KeyColumn).data(TagsModel::SeverityRole).toInt(),
             keyCode.isEmpty() ? 0 : 2);
}

QTEST_GUILESS_MAIN(tst_TagsModel)
#include "tst_tagsmodel.moc"
