#include "models/domain/availabilityzone.h"
#include "models/domain/desktopinfo.h"
#include "models/domain/directoryuser.h"
#include "models/domain/imageinfo.h"
#include "models/domain/jobinfo.h"
#include "models/domain/jsonread.h"
#include "models/domain/product.h"
#include "models/domain/quota.h"
#include "models/domain/securitygroupinfo.h"
#include "models/domain/subjobinfo.h"
#include "models/domain/subnetinfo.h"
#include "models/domain/workspaceinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace wsc;

/** The tolerant response readers of models/: real shapes, missing and mistyped fields. */
class tst_ResponseTypes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jsonRead_data();
    void jsonRead();
    void product();
    void productLanguage_data();
    void productLanguage();
    void desktop();
    void job();
    void jobStatusFromSubJobs_data();
    void jobStatusFromSubJobs();
    void others();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
};

static QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

void tst_ResponseTypes::jsonRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<bool>("flag");
    QTest::newRow("native") << QByteArray(R"({"v":12})") << "12" << qint64(12) << true;
    QTest::newRow("numeric string")
            << QByteArray(R"({"v":"8192"})") << "8192" << qint64(8192) << false;
    QTest::newRow("bool string") << QByteArray(R"({"v":"TRUE"})") << "TRUE" << qint64(0) << true;
    QTest::newRow("bool") << QByteArray(R"({"v":false})") << "false" << qint64(0) << false;
    QTest::newRow("null") << QByteArray(R"({"v":null})") << "" << qint64(0) << false;
    QTest::newRow("object") << QByteArray(R"({"v":{"a":1}})") << "" << qint64(0) << false;
    QTest::newRow("missing") << QByteArray(R"({})") << "" << qint64(0) << false;
    QTest::newRow("fraction") << QByteArray(R"({"v":2.9})") << "2.9" << qint64(2) << true;
    // Numbers beyond qint64 are no integer (the cast would be undefined behaviour; fuzzing
    // found it): the fallback, and the text of the double.
    QTest::newRow("huge") << QByteArray(R"({"v":1e300})") << "1e+300" << qint64(0) << true;
    QTest::newRow("huge negative")
            << QByteArray(R"({"v":-1e300})") << "-1e+300" << qint64(0) << true;
    QTest::newRow("huge string") << QByteArray(R"({"v":"4.1e57"})") << "4.1e57" << qint64(0)
                                 << false;
    QTest::newRow("2^63") << QByteArray(R"({"v":9223372036854775808})") << "9.22337e+18"
                          << qint64(0) << true;
    QTest::newRow("-2^63") << QByteArray(R"({"v":-9223372036854775808})") << "-9223372036854775808"
                           << std::numeric_limits<qint64>::min() << true;
}

void tst_ResponseTypes::jsonRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QFETCH(qint64, number);
    QFETCH(bool, flag);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(JsonRead::string(o, QStringLiteral("v")), text);
    QCOMPARE(JsonRead::integer(o, QStringLiteral("v")), number);
    QCOMPARE(JsonRead::boolean(o, QStringLiteral("v")), flag);
}

void tst_ResponseTypes::product()
{
    const Product p = Product::fromJson(obj(R"({
        "product_id":"workspace.x86.ultimate.large2","flavor_id":"kc1.xlarge.2","type":"BASE",
        "architecture":"x86","cpu":"4","memory":"8192","is_gpu":false,"system_disk_type":"SAS",
        "system_disk_size":"80","descriptions":"CPU:4vCPUs,Memory:8GB","charge_mode":"1",
        "status":"normal","package_type":"ultimate",
        "product_desc":{"zh_cn":"4核8GB","en_us":"4 vCPUs 8 GB"},
        "name":{"zh_cn":"旗舰版","en_us":"Ultimate"}})"));
    QCOMPARE(p.productId, QStringLiteral("workspace.x86.ultimate.large2"));
    QCOMPARE(p.cpu, 4);
    QCOMPARE(p.memoryMb, qint64(8192));
    QCOMPARE(p.memoryGb(), 8.0);
    QCOMPARE(Product::mbToGb(1536), 1.5);
    QCOMPARE(p.systemDiskSize, 80);
    QVERIFY(p.isAvailable());
    QCOMPARE(p.displayName(QStringLiteral("zh_CN")), QStringLiteral("旗舰版"));
}

void tst_ResponseTypes::productLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "中文描述";
    QTest::newRow("zh-cn") << "zh-cn"
                           << "中文描述";
    QTest::newRow("zh") << "zh"
                        << "中文描述";
    QTest::newRow("en") << "en"
                        << "English text";
    QTest::newRow("fr falls back to English") << "fr"
                                              << "English text";
}

void tst_ResponseTypes::productLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const Product p = Product::fromJson(obj(
            R"({"product_desc":{"zh_CN":"中文描述","en-US":"English text"},"descriptions":"raw"})"));
    QCOMPARE(p.description(language), expected);
    QCOMPARE(Product::fromJson(obj(R"({"descriptions":"raw"})")).description(language),
             QStringLiteral("raw"));
}

void tst_ResponseTypes::desktop()
{
    const DesktopInfo d = DesktopInfo::fromJson(obj(R"({
        "desktop_id":"d-1","computer_name":"PC-01","ip_addresses":["10.0.0.5"],
        "user_name":"zhangsan","user_group":"users","desktop_type":"DEDICATED","status":"ACTIVE",
        "task_status":"","attach_state":"ATTACHED","process":null,"created":"2022-01-21T06:57:47.459Z",
        "product":{"product_id":"p1","cpu":"2","memory":"4096"},
        "metadata":{"metering.image_id":"img-1","os_type":"Windows"},
        "security_groups":[{"id":"sg-1","name":"x"}],"tags":[{"key":"k","value":"v"}],
        "attach_user_infos":[{"user_name":"zhangsan","type":"USER"}]})"));
    QCOMPARE(d.desktopId, QStringLiteral("d-1"));
    QCOMPARE(d.productId, QStringLiteral("p1"));
    QCOMPARE(d.memoryMb, qint64(4096));
    QCOMPARE(d.imageId, QStringLiteral("img-1"));
    QCOMPARE(d.securityGroupIds, QStringList{QStringLiteral("sg-1")});
    QCOMPARE(d.tags.value(QStringLiteral("k")), QStringLiteral("v"));
    QVERIFY(!d.process.has_value());
    QVERIFY(d.hasUser());
    QVERIFY(d.isIdle());
    QCOMPARE(d.attachedUsers.size(), 1);
    QVERIFY(!DesktopInfo::fromJson(obj(R"({"attach_state":"UNATTACH","user_name":"x"})"))
                     .hasUser());
    // The light list spells the address ip_address.
    QCOMPARE(DesktopInfo::fromJson(obj(R"({"ip_address":"1.2.3.4"})")).ipAddresses,
             QStringList{QStringLiteral("1.2.3.4")});
}

void tst_ResponseTypes::job()
{
    const JobInfo j = JobInfo::fromJson(obj(R"({
        "id":"j1","job_type":"createDesktops","status":"RUNNING","sub_jobs_total":2,
        "sub_jobs":[
          {"id":"s1","status":"SUCCESS","process":100,"entities":{"desktop_id":"d1","user_name":"u1","desktop_name":"PC-1"}},
          {"id":"s2","status":"FAILED","error_code":"WKS.0100","fail_reason":"no capacity","entities":{"user_name":"u2"}}]})"));
    QCOMPARE(j.id, QStringLiteral("j1"));
    QCOMPARE(j.subJobs.size(), 2);
    QCOMPARE(j.subJobs.at(0).jobId, QStringLiteral("j1"));
    QCOMPARE(j.subJobs.at(0).computerName, QStringLiteral("PC-1"));
    QCOMPARE(j.subJobs.at(1).failReason, QStringLiteral("no capacity"));
    QCOMPARE(j.succeededCount(), 1);
    QCOMPARE(j.failedCount(), 1);
    QCOMPARE(j.progress(), 100);
    QVERIFY(!j.isTerminal());
}

void tst_ResponseTypes::jobStatusFromSubJobs_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << "";
    QTest::newRow("all waiting") << QStringList{"WAITING", "WAITING"} << "WAITING";
    QTest::newRow("running") << QStringList{"WAITING", "RUNNING", "SUCCESS"} << "RUNNING";
    QTest::newRow("all success") << QStringList{"SUCCESS", "SUCCESS"} << "SUCCESS";
    QTest::newRow("partial failure") << QStringList{"SUCCESS", "FAILED"} << "FAILED";
}

void tst_ResponseTypes::jobStatusFromSubJobs()
{
    QFETCH(QStringList, statuses);
    QFETCH(QString, expected);
    QList<SubJobInfo> subs;
    for (const QString &s : statuses) {
        SubJobInfo sub;
        sub.status = s;
        subs.append(sub);
    }
    QCOMPARE(JobInfo::statusFromSubJobs(subs), expected);
}

void tst_ResponseTypes::others()
{
    const WorkspaceInfo w = WorkspaceInfo::fromJson(obj(R"({"id":"w","status":"SUBSCRIBED",
        "ad_domains":{"domain_type":"LITE_AS"},"vpc_id":"v","subnet_ids":[{"subnet_id":"s1"},{"subnet_id":"s2"}],
        "desktop_security_group":{"id":"sg","name":"WorkspaceUserSecurityGroup"}})"));
    QVERIFY(w.isSubscribed());
    QCOMPARE(w.domainType, QStringLiteral("LITE_AS"));
    QCOMPARE(w.subnetIds.size(), 2);
    QCOMPARE(w.desktopSecurityGroupId, QStringLiteral("sg"));

    const QList<Quota> quotas = Quota::listFromJson(obj(
            R"({"quotas":{"resources":[{"type":"general_instances","quota":100,"used":"30","unit":""},{"type":"users","quota":-1,"used":3}]}})"));
    QCOMPARE(quotas.size(), 2);
    QCOMPARE(quotas.at(0).remaining(), qint64(70));
    QCOMPARE(quotas.at(1).remaining(), qint64(-1));

    const AvailabilityZone z = AvailabilityZone::fromJson(obj(
            R"({"availability_zone":"cn-north-4a","display_name":"AZ1","i18n":{"zh_cn":"可用区1"},"default_availability_zone":true,"sold_out":{"products":["p9"]}})"));
    QCOMPARE(z.name(QStringLiteral("zh_CN")), QStringLiteral("可用区1"));
    QCOMPARE(z.name(QStringLiteral("en")), QStringLiteral("可用区1")); // only language offered
    QVERIFY(z.isDefault);
    QCOMPARE(z.soldOutProducts, QStringList{QStringLiteral("p9")});

    const ImageInfo i = ImageInfo::fromJson(
            obj(R"({"id":"i","min_ram":"2048","min_disk":40,"image_type":"gold"})"));
    QCOMPARE(i.minRamMb, qint64(2048));
    QCOMPARE(i.minDiskGb, 40);

    const DirectoryUser u = DirectoryUser::fromJson(obj(
            R"({"id":"u","user_name":"li","total_desktops":"2","locked":"false","group_names":["g"]})"));
    QCOMPARE(u.totalDesktops, 2);
    QVERIFY(!u.locked);

    QCOMPARE(SubnetInfo::fromJson(obj(R"({"id":"s","cidr":"10.0.0.0/24"})")).cidr,
             QStringLiteral("10.0.0.0/24"));
    QCOMPARE(SecurityGroupInfo::fromJson(obj(R"({"id":"g","name":"n"})")).name,
             QStringLiteral("n"));
}

void tst_ResponseTypes::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("everything mistyped") << QByteArray(
            R"({"product_id":[],"memory":{},"cpu":true,"sub_jobs":{"id":5},"desktops":"x",
              "entities":"y","process":"abc","ad_domains":[1],"subnet_ids":"s","security_groups":[1,null],
              "tags":[{"key":null}],"quotas":[],"i18n":5,"product":"p","metadata":[]})");
    QTest::newRow("scalar") << QByteArray("42");
}

// Every reader on garbage: no crash, defaults only.
void tst_ResponseTypes::garbageNeverCrashes()
{
    QFETCH(QByteArray, json);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue v = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    Product::fromJson(v);
    ImageInfo::fromJson(v);
    DesktopInfo::fromJson(v);
    DirectoryUser::fromJson(v);
    const JobInfo j = JobInfo::fromJson(v);
    QVERIFY(j.progress() >= 0);
    SubJobInfo::fromJson(v);
    WorkspaceInfo::fromJson(v);
    SubnetInfo::fromJson(v);
    SecurityGroupInfo::fromJson(v);
    AvailabilityZone::fromJson(v);
    Quota::listFromJson(v);
    QVERIFY(Product::fromJson(QJsonValue(42)).productId.isEmpty());
}

QTEST_APPLESS_MAIN(tst_ResponseTypes)
#include "tst_responsetypes.moc"
