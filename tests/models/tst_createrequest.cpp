// CreateDesktopRequest and its parts: JSON is exactly the API body, reads back what it wrote,
// and reports unknown and mistyped fields by path.

#include "rulestestsupport.h"

#include "models/domain/createdesktoprequest.h"
#include "models/rules/createrules.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace wsc;
using namespace RulesTest;

namespace {

// The example request of the CreateDesktop page (seed 000), byte for byte.
const char seedExample[] = R"({
  "desktop_type" : "DEDICATED",
  "image_type" : "gold",
  "image_id" : "a866298d-67db-44b0-a1f1-9d09bdddc20f",
  "root_volume" : {
    "type" : "SAS",
    "size" : 80
  },
  "availability_zone" : "az3.manage.x86",
  "desktops" : [ {
    "user_name" : "ljh-002",
    "user_group" : "administrators",
    "user_email" : "aaaaa@huawei.com"
  } ],
  "nics" : [ {
    "subnet_id" : "5dee0216-2260-47c2-9368-98a27d910e55"
  } ],
  "product_id" : "workspace.c2.large.windows.2",
  "email_notification" : true
})";

CreateDesktopRequest fullRequest()
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("SHARED");
    r.availabilityZone = QStringLiteral("cn-north-4a");
    r.productId = QStringLiteral("workspace.x86.ultimate.large2");
    r.imageType = QStringLiteral("private");
    r.imageId = QStringLiteral("img-1");
    r.rootVolume = Volume{QStringLiteral("GPSSD2"), 100, 3000, 125, QStringLiteral("kms-1")};
    r.dataVolumes = {Volume{QStringLiteral("SSD"), 10, {}, {}, {}},
                     Volume{QStringLiteral("SAS"), 500, {}, {}, {}}};
    r.nics = {QStringLiteral("subnet-a"), QStringLiteral("subnet-b")};
    r.securityGroups = {QStringLiteral("sg-1")};
    DesktopItem d;
    d.userName = QStringLiteral("alice");
    d.userEmail = QStringLiteral("alice@example.com");
    d.userPhone = QStringLiteral("+8613800000000");
    d.userGroup = QStringLiteral("users");
    d.computerName = QStringLiteral("PC-ALICE");
    DesktopItem e;
    e.userName = QStringLiteral("bob");
    e.desktopNamePrefix = QStringLiteral("dev");
    r.desktops = {d, e};
    r.emailNotification = false;
    r.enterpriseProjectId = QStringLiteral("0");
    r.tags = {Tag{QStringLiteral("env"), QStringLiteral("prod")}, Tag{QStringLiteral("team"), {}},
              Tag{QStringLiteral("empty"), QString()}};
    r.eip = Eip{{}, QStringLiteral("5_bgp"), QStringLiteral("TRAFFIC"), 10};
    // The model's CreateDesktopReq fields beyond the seed page: read and sent back unchanged.
    r.buyType = QStringLiteral("custom");
    r.desktopIps = {QStringLiteral("192.168.0.20"), QStringLiteral("192.168.0.21")};
    r.ouName = QStringLiteral("OU=Lab");
    r.sharedVpc = SharedVpcParam{QStringLiteral("10.1.0.1"), 8443, {QStringLiteral("cn-north-4b")}};
    r.desktopNamePolicyId = QStringLiteral("policy-1");
    r.hourPackageProductId = QStringLiteral("hour-1");
    r.hourPackageOfferingId = QStringLiteral("offer-1");
    r.ifMountOldDesktopDisk = true;
    r.domain = QStringLiteral("corp.example");
    DesktopItem carol;
    carol.userName = QStringLiteral("carol");
    r.desktops.append(carol);
    DesktopItemExtras &more = r.desktops[2].setMore();
    more.domain = QStringLiteral("corp.example");
    more.osHostName = QStringLiteral("host-bob");
    more.copyVolumeDesktopId = QStringLiteral("dk-old");
    more.copyVolumeIds = {QStringLiteral("v-1"), QStringLiteral("v-2")};
    more.ifDeleteOldDesktop = false;
    return r;
}

} // namespace

class tst_CreateRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedExampleReadsCleanly();
    void seedExampleValidates();
    void seedExampleSerialisesToItself();
    void roundTrip_data();
    void roundTrip();
    void toJsonOmitsUnsetFields();
    void toJsonTypes();
    void partsRoundTrip();
    void problemsByPath_data();
    void problemsByPath();
    void keepsReadingAfterProblems();
    void booleanStrings_data();
    void booleanStrings();
    void desktopCount();
};

void tst_CreateRequest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_CreateRequest::seedExampleReadsCleanly()
{
    Findings problems;
    const CreateDesktopRequest r = CreateDesktopRequest::fromJson(parse(seedExample), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QCOMPARE(r.desktopType, QStringLiteral("DEDICATED"));
    QCOMPARE(r.imageType, QStringLiteral("gold"));
    QCOMPARE(r.rootVolume.type, QStringLiteral("SAS"));
    QCOMPARE(r.rootVolume.size, 80);
    QCOMPARE(r.availabilityZone, QStringLiteral("az3.manage.x86"));
    QCOMPARE(r.desktops.size(), 1);
    QCOMPARE(r.desktops.at(0).userName, QStringLiteral("ljh-002"));
    QCOMPARE(r.desktops.at(0).userGroup, QStringLiteral("administrators"));
    QCOMPARE(r.desktops.at(0).userEmail, QStringLiteral("aaaaa@huawei.com"));
    QCOMPARE(r.nics, QStringList{QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55")});
    QCOMPARE(r.productId, QStringLiteral("workspace.c2.large.windows.2"));
    QCOMPARE(r.emailNotification, std::optional<bool>(true));
    QVERIFY(!r.size);
    QVERIFY(!r.eip);
}

void tst_CreateRequest::seedExampleValidates()
{
    Findings problems;
    const CreateDesktopRequest r = CreateDesktopRequest::fromJson(parse(seedExample), &problems);
    // The product is a Windows one ("...windows.2") in the local (LITE_AS) directory.
    ValidationContext context;
    context.domainType = DomainType::LiteAs;
    context.os = OsType::Windows;
    const Findings single = CreateRules::validateSingleRequest(r, context);
    QVERIFY2(single.isEmpty(), qPrintable(describe(single)));
    context.domainType = DomainType::LocalAd;
    context.os = OsType::Unknown;
    const Findings batch = CreateRules::validate(r, context);
    QVERIFY2(batch.isEmpty(), qPrintable(describe(batch)));
}

void tst_CreateRequest::seedExampleSerialisesToItself()
{
    const QJsonObject seed = parse(seedExample);
    const CreateDesktopRequest r = CreateDesktopRequest::fromJson(seed, nullptr);
    QCOMPARE(r.toJson(), seed);
}

void tst_CreateRequest::roundTrip_data()
{
    QTest::addColumn<CreateDesktopRequest>("request");
    QTest::newRow("empty") << CreateDesktopRequest();
    QTest::newRow("full") << fullRequest();
    CreateDesktopRequest sized;
    sized.desktopType = QStringLiteral("DEDICATED");
    sized.size = 30;
    sized.desktopName = QStringLiteral("lab");
    sized.emailNotification = true;
    sized.eip = Eip{QStringLiteral("eip-123"), {}, {}, {}};
    QTest::newRow("size-based") << sized;
    CreateDesktopRequest odd;
    odd.size = 0; // out of range, but a value: it must survive the trip
    odd.rootVolume.iops = 0;
    odd.eip = Eip();
    odd.nics = {QString()};
    odd.desktops = {DesktopItem()};
    odd.tags = {Tag()};
    QTest::newRow("edge values") << odd;
    CreateDesktopRequest chinese;
    DesktopItem d;
    d.userName = QStringLiteral("zhang");
    d.computerName = QStringLiteral("研发-01");
    chinese.desktops = {d};
    chinese.tags = {Tag{QStringLiteral("部门"), QStringLiteral("研发")}};
    QTest::newRow("chinese") << chinese;
}

void tst_CreateRequest::roundTrip()
{
    QFETCH(CreateDesktopRequest, request);
    const QJsonObject json = request.toJson();
    Findings problems;
    const CreateDesktopRequest back = CreateDesktopRequest::fromJson(json, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(back == request);
    QCOMPARE(back.toJson(), json);
    // Through text too: the spec file is what wsctl reads.
    const QJsonObject reparsed
            = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Indented)).object();
    QVERIFY(CreateDesktopRequest::fromJson(reparsed, nullptr) == request);
}

void tst_CreateRequest::toJsonOmitsUnsetFields()
{
    QCOMPARE(CreateDesktopRequest().toJson(), QJsonObject());
    CreateDesktopRequest r;
    r.desktops = {DesktopItem()};
    r.desktops[0].userName = QStringLiteral("u1");
    const QJsonObject json = r.toJson();
    QCOMPARE(json.keys(), QStringList{QStringLiteral("desktops")});
    QCOMPARE(json.value(QLatin1String("desktops")).toArray().at(0).toObject().keys(),
             QStringList{QStringLiteral("user_name")});
    QVERIFY(!json.contains(QLatin1String("email_notification")));
    QVERIFY(!json.contains(QLatin1String("size")));
    QVERIFY(!json.contains(QLatin1String("eip")));
    QVERIFY(!json.contains(QLatin1String("tags")));
    QVERIFY(!json.contains(QLatin1String("root_volume")));
}

void tst_CreateRequest::toJsonTypes()
{
    const QJsonObject json = fullRequest().toJson();
    QCOMPARE(json.value(QLatin1String("email_notification")).type(), QJsonValue::Bool);
    QCOMPARE(json.value(QLatin1String("email_notification")).toBool(), false);
    const QJsonObject root = json.value(QLatin1String("root_volume")).toObject();
    QCOMPARE(root.value(QLatin1String("size")).type(), QJsonValue::Double);
    QCOMPARE(root.value(QLatin1String("size")).toInt(), 100);
    QCOMPARE(root.value(QLatin1String("iops")).toInt(), 3000);
    QCOMPARE(root.value(QLatin1String("throughput")).toInt(), 125);
    QCOMPARE(root.value(QLatin1String("kms_id")).toString(), QStringLiteral("kms-1"));
    const QJsonArray nics = json.value(QLatin1String("nics")).toArray();
    QCOMPARE(nics.size(), 2);
    QCOMPARE(nics.at(1).toObject(),
             QJsonObject({{QStringLiteral("subnet_id"), QStringLiteral("subnet-b")}}));
    QCOMPARE(json.value(QLatin1String("security_groups")).toArray().at(0).toObject(),
             QJsonObject({{QStringLiteral("id"), QStringLiteral("sg-1")}}));
    const QJsonArray tags = json.value(QLatin1String("tags")).toArray();
    QCOMPARE(tags.at(0).toObject(),
             QJsonObject({{QStringLiteral("key"), QStringLiteral("env")},
                          {QStringLiteral("value"), QStringLiteral("prod")}}));
    QCOMPARE(tags.at(1).toObject(), QJsonObject({{QStringLiteral("key"), QStringLiteral("team")}}));
    // A value that is set but empty is kept; only an unset value is left out.
    QCOMPARE(tags.at(2).toObject().value(QLatin1String("value")), QJsonValue(QString()));
    const QJsonObject eip = json.value(QLatin1String("eip")).toObject();
    QCOMPARE(eip.value(QLatin1String("bandwidth_size")).type(), QJsonValue::Double);
    QCOMPARE(eip.value(QLatin1String("bandwidth_size")).toInt(), 10);
    QVERIFY(!eip.contains(QLatin1String("id")));
    const QJsonObject bob = json.value(QLatin1String("desktops")).toArray().at(1).toObject();
    QCOMPARE(bob, QJsonObject({{QStringLiteral("user_name"), QStringLiteral("bob")},
                               {QStringLiteral("desktop_name_prefix"), QStringLiteral("dev")}}));
}

void tst_CreateRequest::partsRoundTrip()
{
    const Volume v{QStringLiteral("GPSSD2"), 80, 4000, 250, QStringLiteral("k")};
    Findings problems;
    QVERIFY(Volume::fromJson(v.toJson(), QStringLiteral("v"), &problems) == v);
    const DesktopItem d{QStringLiteral("a"),
                        QStringLiteral("a@b.cn"),
                        QStringLiteral("1"),
                        QStringLiteral("sudo"),
                        QStringLiteral("pc"),
                        QStringLiteral("p"),
                        {}};
    DesktopItem withExtras = d;
    withExtras.setMore().domain = QStringLiteral("dom");
    withExtras.setMore().osHostName = QStringLiteral("host");
    withExtras.setMore().copyVolumeDesktopId = QStringLiteral("dk-1");
    withExtras.setMore().copyVolumeIds = {QStringLiteral("v-1")};
    withExtras.setMore().ifDeleteOldDesktop = true;
    QVERIFY(withExtras != d);
    QVERIFY(!d.extras); // a copy changed on its own
    QVERIFY(DesktopItem::fromJson(withExtras.toJson(), QStringLiteral("d"), &problems)
            == withExtras);
    QVERIFY(DesktopItem::fromJson(d.toJson(), QStringLiteral("d"), &problems) == d);
    const Eip e{QStringLiteral("id"), QStringLiteral("5_sbgp"), QStringLiteral("BANDWIDTH"), 2000};
    QVERIFY(Eip::fromJson(e.toJson(), QStringLiteral("e"), &problems) == e);
    const Tag t{QStringLiteral("k"), QStringLiteral("v")};
    QVERIFY(Tag::fromJson(t.toJson(), QStringLiteral("t"), &problems) == t);
    const Tag noValue{QStringLiteral("k"), {}};
    QVERIFY(Tag::fromJson(noValue.toJson(), QStringLiteral("t"), &problems) == noValue);
    QVERIFY(Tag::fromJson(noValue.toJson(), QStringLiteral("t"), &problems) != t);
    const SharedVpcParam vpc{QStringLiteral("10.0.0.1"), 443, {QStringLiteral("cn-north-4a")}};
    QVERIFY(SharedVpcParam::fromJson(vpc.toJson(), QStringLiteral("s"), &problems) == vpc);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void tst_CreateRequest::problemsByPath_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isError");

    QTest::newRow("unknown top-level") << R"({"desktop_typ": "DEDICATED"})"
                                       << "desktop_typ"
                                       << "json.unknown_field" << true;
    QTest::newRow("unknown in desktops[3]")
            << R"({"desktops": [{}, {}, {}, {"user_name": "a", "usr_email": "x"}]})"
            << "desktops[3].usr_email"
            << "json.unknown_field" << true;
    QTest::newRow("unknown in root_volume") << R"({"root_volume": {"type": "SAS", "sise": 80}})"
                                            << "root_volume.sise"
                                            << "json.unknown_field" << true;
    QTest::newRow("unknown in nics[1]") << R"({"nics": [{"subnet_id": "a"}, {"id": "b"}]})"
                                        << "nics[1].id"
                                        << "json.unknown_field" << true;
    QTest::newRow("unknown in eip") << R"({"eip": {"bandwidth": 5}})"
                                    << "eip.bandwidth"
                                    << "json.unknown_field" << true;
    QTest::newRow("unknown in tags[0]") << R"({"tags": [{"key": "a", "val": "b"}]})"
                                        << "tags[0].val"
                                        << "json.unknown_field" << true;
    QTest::newRow("desktops[3].user_name number")
            << R"({"desktops": [{}, {}, {}, {"user_name": 42}]})"
            << "desktops[3].user_name"
            << "json.type" << true;
    QTest::newRow("root_volume.size string") << R"({"root_volume": {"type": "SAS", "size": "80"}})"
                                             << "root_volume.size"
                                             << "json.type" << true;
    QTest::newRow("root_volume.size fraction") << R"({"root_volume": {"size": 80.5}})"
                                               << "root_volume.size"
                                               << "json.type" << true;
    QTest::newRow("size too big for int") << R"({"size": 1e12})"
                                          << "size"
                                          << "json.type" << true;
    QTest::newRow("tags[2].key array") << R"({"tags": [{"key": "a"}, {"key": "b"}, {"key": []}]})"
                                       << "tags[2].key"
                                       << "json.type" << true;
    QTest::newRow("tags not a list") << R"({"tags": {"key": "a"}})"
                                     << "tags"
                                     << "json.type" << true;
    QTest::newRow("desktops[1] not an object") << R"({"desktops": [{}, "alice"]})"
                                               << "desktops[1]"
                                               << "json.type" << true;
    QTest::newRow("root_volume not an object") << R"({"root_volume": "SAS"})"
                                               << "root_volume"
                                               << "json.type" << true;
    QTest::newRow("eip not an object") << R"({"eip": true})"
                                       << "eip"
                                       << "json.type" << true;
    QTest::newRow("email_notification number") << R"({"email_notification": 1})"
                                               << "email_notification"
                                               << "json.type" << true;
    QTest::newRow("email_notification string yes") << R"({"email_notification": "yes"})"
                                                   << "email_notification"
                                                   << "json.type" << true;
    QTest::newRow("data_volumes[1].iops bool")
            << R"({"data_volumes": [{"type": "SAS", "size": 10}, {"iops": true}]})"
            << "data_volumes[1].iops"
            << "json.type" << true;
    QTest::newRow("security_groups[0].id number") << R"({"security_groups": [{"id": 7}]})"
                                                  << "security_groups[0].id"
                                                  << "json.type" << true;
    QTest::newRow("eip.bandwidth_size string") << R"({"eip": {"bandwidth_size": "10"}})"
                                               << "eip.bandwidth_size"
                                               << "json.type" << true;
}

void tst_CreateRequest::problemsByPath()
{
    QFETCH(QString, json);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(bool, isError);
    Findings problems;
    CreateDesktopRequest::fromJson(parse(json.toUtf8().constData()), &problems);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(problems.at(0).path, path);
    QCOMPARE(problems.at(0).code, code);
    QCOMPARE(problems.at(0).isError(), isError);
    QVERIFY(!problems.at(0).message.isEmpty());
}

void tst_CreateRequest::keepsReadingAfterProblems()
{
    Findings problems;
    const CreateDesktopRequest r = CreateDesktopRequest::fromJson(
            parse(R"({"desktop_type": 1, "product_id": "p", "extra": 2,
                      "desktops": [{"user_name": 3, "user_email": "a@b.cn"}, {"user_name": "b"}],
                      "size": "x", "image_id": "i"})"),
            &problems);
    QCOMPARE(problems.size(), 4);
    QCOMPARE(r.productId, QStringLiteral("p"));
    QCOMPARE(r.imageId, QStringLiteral("i"));
    QCOMPARE(r.desktops.size(), 2);
    QCOMPARE(r.desktops.at(0).userEmail, QStringLiteral("a@b.cn"));
    QCOMPARE(r.desktops.at(1).userName, QStringLiteral("b"));
    QVERIFY(r.desktopType.isEmpty());
    QVERIFY(!r.size);
    QVERIFY(hasErrors(problems));
    QCOMPARE(findingsUnder(problems, QStringLiteral("desktops")).size(), 1);
    QCOMPARE(findingsUnder(problems, QStringLiteral("desktops[0]")).size(), 1);
    QCOMPARE(findingsUnder(problems, QStringLiteral("desktops[1]")).size(), 0);
    // Messages show what was found, so a person can see the mistake without the file open.
    const Findings typeProblems = findingsUnder(problems, QStringLiteral("desktop_type"));
    QCOMPARE(typeProblems.size(), 1);
    QVERIFY2(typeProblems.at(0).message.contains(QLatin1String("1")),
             qPrintable(typeProblems.at(0).message));
    // null means "not set" and is no problem.
    Findings none;
    CreateDesktopRequest::fromJson(parse(R"({"size": null, "eip": null, "tags": null})"), &none);
    QVERIFY2(none.isEmpty(), qPrintable(describe(none)));
}

void tst_CreateRequest::booleanStrings_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<bool>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("true") << R"({"email_notification": true})" << true << true << QString();
    QTest::newRow("\"false\"") << R"({"email_notification": "false"})" << true << false
                               << "json.string_boolean";
    QTest::newRow("\"TRUE\"") << R"({"email_notification": "TRUE"})" << true << true
                              << "json.string_boolean";
    QTest::newRow("\"1\"") << R"({"email_notification": "1"})" << false << false << "json.type";
    QTest::newRow("\" true\"") << R"({"email_notification": " true"})" << false << false
                               << "json.type";
}

void tst_CreateRequest::booleanStrings()
{
    QFETCH(QString, json);
    QFETCH(bool, hasValue);
    QFETCH(bool, value);
    QFETCH(QString, code);
    Findings problems;
    const CreateDesktopRequest r
            = CreateDesktopRequest::fromJson(parse(json.toUtf8().constData()), &problems);
    QCOMPARE(r.emailNotification.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*r.emailNotification, value);
    if (code.isEmpty()) {
        QVERIFY(problems.isEmpty());
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).code, code);
        QCOMPARE(problems.at(0).path, QStringLiteral("email_notification"));
    }
}

void tst_CreateRequest::desktopCount()
{
    CreateDesktopRequest r;
    QCOMPARE(r.desktopCount(), 0);
    r.size = 7;
    QCOMPARE(r.desktopCount(), 7);
    r.desktops = {DesktopItem(), DesktopItem()};
    QCOMPARE(r.desktopCount(), 2);
}

QTEST_APPLESS_MAIN(tst_CreateRequest)
#include "tst_createrequest.moc"
