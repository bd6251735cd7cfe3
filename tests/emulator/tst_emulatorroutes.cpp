// Every route of the emulator over real sockets: status, body shape, filters and paging, and
// the documented 404s.

#include "emulator/emulator.h"
#include "emulatorfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace wsemu;

class tst_EmulatorRoutes : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void workspaces();
    void products();
    void productFilters_data();
    void productFilters();
    void images();
    void imageFilters_data();
    void imageFilters();
    void availabilityZones();
    void networkLists();
    void quotas();
    void volumeProducts_data();
    void volumeProducts();
    void desktopsLight();
    void desktopDetailFilters_data();
    void desktopDetailFilters();
    void desktopDetailSortAndPaging();
    void desktopShow();
    void desktopDelete();
    void users();
    void userFilters_data();
    void userFilters();
    void userLifecycle();
    void jobs404AndSubJobQueries();
    void notFound_data();
    void notFound();
    void projects();

private:
    QJsonObject getJson(const QString &target, int expectedStatus = 200);
    QStringList desktopIds();
};

void tst_EmulatorRoutes::initTestCase()
{
    QVERIFY(startEmulator());
}

void tst_EmulatorRoutes::init()
{
    EmulatorFixture::reset(*m_client);
}

QJsonObject tst_EmulatorRoutes::getJson(const QString &target, int expectedStatus)
{
    const TestReply reply = m_client->get(target);
    [&] { QCOMPARE(reply.status, expectedStatus); }();
    [&] { QVERIFY(reply.header("Content-Type").startsWith("application/json")); }();
    return reply.json();
}

QStringList tst_EmulatorRoutes::desktopIds()
{
    QStringList ids;
    for (const QJsonValue &v :
         getJson(p(QStringLiteral("/desktops/detail"))).value(QStringLiteral("desktops")).toArray())
        ids.append(v.toObject().value(QStringLiteral("desktop_id")).toString());
    return ids;
}

void tst_EmulatorRoutes::workspaces()
{
    // In-process observers (the console's Sandbox log) see every answered request.
    QSignalSpy handled(m_emulator.get(), &Emulator::requestHandled);
    const QJsonObject w = getJson(p(QStringLiteral("/workspaces")));
    QCOMPARE(handled.count(), 1);
    QCOMPARE(handled.first().at(0).toString(), QStringLiteral("GET"));
    QCOMPARE(handled.first().at(2).toInt(), 200);
    QCOMPARE(w.value(QStringLiteral("status")).toString(), QStringLiteral("SUBSCRIBED"));
    QCOMPARE(w.value(QStringLiteral("ad_domains"))
                     .toObject()
                     .value(QStringLiteral("domain_type"))
                     .toString(),
             QStringLiteral("LITE_AS"));
    QVERIFY(!w.value(QStringLiteral("vpc_id")).toString().isEmpty());
    QCOMPARE(w.value(QStringLiteral("subnet_ids")).toArray().size(), 2);
    QCOMPARE(w.value(QStringLiteral("desktop_security_group"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("WorkspaceUserSecurityGroup"));
    QCOMPARE(w.value(QStringLiteral("access_mode")).toString(), QStringLiteral("INTERNET"));
    // The SDK model (ListWorkspaces AdInfo): "delete_computer_object str — '0'代表不删除,
    // '1'代表删除", a string, not a number.
    const QJsonValue deleteObject = w.value(QStringLiteral("ad_domains"))
                                            .toObject()
                                            .value(QStringLiteral("delete_computer_object"));
    QVERIFY(deleteObject.isString());
    QCOMPARE(deleteObject.toString(), QStringLiteral("0"));
}

void tst_EmulatorRoutes::products()
{
    const QJsonObject body = getJson(p(QStringLiteral("/products")));
    const QJsonArray products = body.value(QStringLiteral("products")).toArray();
    QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), products.size());
    QVERIFY(products.size() >= 8);
    bool soldOut = false, gpu = false, arm = false, x86 = false;
    for (const QJsonValue &v : products) {
        const QJsonObject product = v.toObject();
        QVERIFY(!product.value(QStringLiteral("product_id")).toString().isEmpty());
        // memory is MB, as a string (§1.5).
        QVERIFY(product.value(QStringLiteral("memory")).isString());
        QVERIFY(product.value(QStringLiteral("memory")).toString().toInt() >= 1024);
        QVERIFY(product.value(QStringLiteral("cpu")).isString());
        QVERIFY(product.value(QStringLiteral("product_desc"))
                        .toObject()
                        .contains(QStringLiteral("zh_CN")));
        QVERIFY(product.value(QStringLiteral("product_desc"))
                        .toObject()
                        .contains(QStringLiteral("en_US")));
        soldOut |= product.value(QStringLiteral("status")).toString() == QLatin1String("sellout");
        gpu |= product.value(QStringLiteral("is_gpu")).toBool();
        arm |= product.value(QStringLiteral("architecture")).toString() == QLatin1String("arm");
        x86 |= product.value(QStringLiteral("architecture")).toString() == QLatin1String("x86");
    }
    QVERIFY(soldOut && gpu && arm && x86);
}

void tst_EmulatorRoutes::productFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value"); // every product must have field == value
    QTest::newRow("os_type") << "os_type=Linux" << 200 << "product_id"
                             << "linux";
    QTest::newRow("architecture") << "architecture=arm" << 200 << "architecture"
                                  << "arm";
    QTest::newRow("charge_mode") << "charge_mode=0" << 200 << "charge_mode"
                                 << "0";
    QTest::newRow("package_type") << "package_type=enterprise" << 200 << "package_type"
                                  << "enterprise";
    QTest::newRow("resize targets")
            << "product_id=workspace.k.xlarge.2.linux" << 200 << "architecture"
            << "arm";
    QTest::newRow("limit 101") << "limit=101" << 400 << ""
                               << "";
    QTest::newRow("offset 5001") << "offset=5001" << 400 << ""
                                 << "";
    QTest::newRow("limit not a number") << "limit=ten" << 400 << ""
                                        << "";
    QTest::newRow("bad os_type") << "os_type=MacOS" << 400 << ""
                                 << "";
}

void tst_EmulatorRoutes::productFilters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QJsonObject body = getJson(p(QStringLiteral("/products?")) + query, status);
    if (status != 200) {
        QVERIFY(body.value(QStringLiteral("error_code"))
                        .toString()
                        .startsWith(QLatin1String("WKS.")));
        return;
    }
    const QJsonArray products = body.value(QStringLiteral("products")).toArray();
    QVERIFY(!products.isEmpty());
    for (const QJsonValue &v : products)
        QVERIFY2(v.toObject().value(field).toString().contains(value),
                 qPrintable(v.toObject().value(field).toString()));
}

void tst_EmulatorRoutes::images()
{
    const QJsonObject body = getJson(p(QStringLiteral("/images")));
    const QJsonArray images = body.value(QStringLiteral("images")).toArray();
    QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), images.size());
    bool gold = false, priv = false;
    QString previous;
    for (const QJsonValue &v : images) {
        const QJsonObject image = v.toObject();
        QVERIFY(image.value(QStringLiteral("min_ram")).toInt() >= 1024);
        QVERIFY(image.value(QStringLiteral("min_disk")).toInt() >= 40);
        gold |= image.value(QStringLiteral("image_type")).toString() == QLatin1String("gold");
        priv |= image.value(QStringLiteral("image_type")).toString() == QLatin1String("private");
        // Default sort: name ascending.
        QVERIFY(previous <= image.value(QStringLiteral("name")).toString());
        previous = image.value(QStringLiteral("name")).toString();
    }
    QVERIFY(gold && priv);
}

void tst_EmulatorRoutes::imageFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count"); // -1: any
    QTest::newRow("private") << "image_type=private" << 200 << 3;
    QTest::newRow("arm") << "architecture=arm" << 200 << 2;
    QTest::newRow("Windows gold") << "os_type=Windows&image_type=gold" << 200 << 3;
    QTest::newRow("by id") << "image_id=a866298d-67db-44b0-a1f1-9d09bdddc20f" << 200 << 1;
    QTest::newRow("paging") << "limit=2&offset=1" << 200 << 2;
    QTest::newRow("bad image_type") << "image_type=public" << 400 << -1;
    QTest::newRow("bad sort_field") << "sort_field=size" << 400 << -1;
}

void tst_EmulatorRoutes::imageFilters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    const QJsonObject body = getJson(p(QStringLiteral("/images?")) + query, status);
    if (count >= 0)
        QCOMPARE(body.value(QStringLiteral("images")).toArray().size(), count);
}

void tst_EmulatorRoutes::availabilityZones()
{
    const QJsonObject body = getJson(p(QStringLiteral("/availability-zones")));
    const QJsonArray zones = body.value(QStringLiteral("availability_zones")).toArray();
    QCOMPARE(zones.size(), 3);
    QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), 3);
    int defaults = 0;
    for (const QJsonValue &v : zones)
        defaults
                += v.toObject().value(QStringLiteral("default_availability_zone")).toBool() ? 1 : 0;
    QCOMPARE(defaults, 1);
}

void tst_EmulatorRoutes::networkLists()
{
    const QJsonObject w = getJson(p(QStringLiteral("/workspaces")));
    const QString vpc = w.value(QStringLiteral("vpc_id")).toString();
    const QJsonObject subnets = getJson(p(QStringLiteral("/subnets?vpc_id=")) + vpc);
    QCOMPARE(subnets.value(QStringLiteral("subnets")).toArray().size(), 2);
    QCOMPARE(subnets.value(QStringLiteral("subnet_size")).toInt(), 2);
    QCOMPARE(getJson(p(QStringLiteral("/subnets")))
                     .value(QStringLiteral("subnets"))
                     .toArray()
                     .size(),
             3);
    const QJsonObject first = subnets.value(QStringLiteral("subnets")).toArray().first().toObject();
    for (const char *key : {"id", "name", "cidr", "gateway_ip", "vpc_id", "status"})
        QVERIFY2(first.contains(QString::fromLatin1(key)), key);

    const QJsonArray groups = getJson(p(QStringLiteral("/security-groups")))
                                      .value(QStringLiteral("security_groups"))
                                      .toArray();
    QStringList names;
    for (const QJsonValue &v : groups)
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    QVERIFY(names.contains(QStringLiteral("WorkspaceUserSecurityGroup")));
    QVERIFY(names.contains(QStringLiteral("default")));

    const QJsonArray vpcs
            = getJson(p(QStringLiteral("/vpcs"))).value(QStringLiteral("vpcs")).toArray();
    QVERIFY(std::any_of(vpcs.begin(), vpcs.end(), [&](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("id")).toString() == vpc;
    }));
}

void tst_EmulatorRoutes::quotas()
{
    const QJsonArray resources = getJson(p(QStringLiteral("/quotas")))
                                         .value(QStringLiteral("quotas"))
                                         .toObject()
                                         .value(QStringLiteral("resources"))
                                         .toArray();
    QJsonObject instances;
    for (const QJsonValue &v : resources) {
        if (v.toObject().value(QStringLiteral("type")).toString()
            == QLatin1String("general_instances"))
            instances = v.toObject();
    }
    QCOMPARE(instances.value(QStringLiteral("quota")).toInt(), 100);
    QCOMPARE(instances.value(QStringLiteral("used")).toInt(), 5);
}

// ListVolumeProductInfo (GET /v2/{project_id}/volume/products): {"volumes": [VolumeProductInfo]}
// with volume_type and status; availability_zone and volume_type (comma-separated) filter it.
void tst_EmulatorRoutes::volumeProducts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("region") << QString()
                            << QStringList{QStringLiteral("SAS"), QStringLiteral("SSD"),
                                           QStringLiteral("GPSSD"), QStringLiteral("GPSSD2")};
    QTest::newRow("AZ1") << QStringLiteral("?availability_zone=cn-north-4a")
                         << QStringList{QStringLiteral("SAS"), QStringLiteral("SSD"),
                                        QStringLiteral("GPSSD"), QStringLiteral("GPSSD2")};
    QTest::newRow("AZ3 has no GPSSD2")
            << QStringLiteral("?availability_zone=cn-north-4c")
            << QStringList{QStringLiteral("SAS"), QStringLiteral("SSD"), QStringLiteral("GPSSD")};
    QTest::newRow("by type") << QStringLiteral("?volume_type=SSD,GPSSD2")
                             << QStringList{QStringLiteral("SSD"), QStringLiteral("GPSSD2")};
}

void tst_EmulatorRoutes::volumeProducts()
{
    QFETCH(QString, query);
    QFETCH(QStringList, types);
    const QJsonArray volumes = getJson(p(QStringLiteral("/volume/products")) + query)
                                       .value(QStringLiteral("volumes"))
                                       .toArray();
    QStringList listed;
    for (const QJsonValue &v : volumes) {
        const QJsonObject o = v.toObject();
        listed << o.value(QStringLiteral("volume_type")).toString();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("normal"));
        QVERIFY(!o.value(QStringLiteral("resource_spec_code")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("name")).isArray());
        QVERIFY2(!o.contains(QStringLiteral("_zones")), "the seed's own key is not served");
        // Only the type provisioned by IOPS and throughput lists them.
        const bool gpssd2 = listed.last() == QLatin1String("GPSSD2");
        QCOMPARE(o.value(QStringLiteral("iops")).isObject(), gpssd2);
        QCOMPARE(o.value(QStringLiteral("throughput")).isObject(), gpssd2);
    }
    QCOMPARE(listed, types);
}

void tst_EmulatorRoutes::desktopsLight()
{
    const QJsonObject body = getJson(p(QStringLiteral("/desktops")));
    QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), 5);
    const QJsonObject first = body.value(QStringLiteral("desktops")).toArray().first().toObject();
    for (const char *key :
         {"desktop_id", "computer_name", "status", "task_status", "ip_address", "connect_status"})
        QVERIFY2(first.contains(QString::fromLatin1(key)), key);
    QCOMPARE(getJson(p(QStringLiteral("/desktops?user_name=zhang")))
                     .value(QStringLiteral("total_count"))
                     .toInt(),
             1);
    const QStringList ids = desktopIds();
    const QJsonObject two = getJson(
            p(QStringLiteral("/desktops?desktop_id=%1&desktop_id=%2")).arg(ids.at(0), ids.at(3)));
    QCOMPARE(two.value(QStringLiteral("total_count")).toInt(), 2);
    QCOMPARE(getJson(p(QStringLiteral("/desktops?limit=1001")), 400)
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00010003"));
}

void tst_EmulatorRoutes::desktopDetailFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("all") << "" << 200 << 5;
    QTest::newRow("status") << "status=SHUTOFF" << 200 << 1;
    QTest::newRow("user_attached=false") << "user_attached=false" << 200 << 2;
    QTest::newRow("user_attached=true") << "user_attached=true" << 200 << 3;
    QTest::newRow("user_name fuzzy") << "user_name=ang" << 200 << 3;
    QTest::newRow("user_names exact, repeated")
            << "user_names=zhangwei&user_names=liuyang" << 200 << 2;
    QTest::newRow("computer_names repeated")
            << "computer_names=WKS-POOL-01&computer_names=wks-pool-02" << 200 << 2;
    QTest::newRow("computer_name fuzzy") << "computer_name=fin" << 200 << 2;
    QTest::newRow("desktop_ip") << "desktop_ip=192.168.0.13" << 200 << 1;
    QTest::newRow("desktop_type") << "desktop_type=DEDICATED" << 200 << 5;
    QTest::newRow("comma list is not an array") << "desktop_id=a,b" << 200 << 0;
    QTest::newRow("limit 0") << "limit=0" << 200 << 0;
    QTest::newRow("bad status") << "status=RUNNING" << 400 << -1;
    QTest::newRow("bad bool") << "user_attached=yes" << 400 << -1;
    QTest::newRow("limit 1001") << "limit=1001" << 400 << -1;
    QTest::newRow("negative offset") << "offset=-1" << 400 << -1;
    QTest::newRow("bad sort_type") << "sort_type=UP" << 400 << -1;
}

void tst_EmulatorRoutes::desktopDetailFilters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    const QJsonObject body = getJson(p(QStringLiteral("/desktops/detail?")) + query, status);
    if (status != 200) {
        QVERIFY(!body.value(QStringLiteral("error_msg")).toString().isEmpty());
        return;
    }
    QCOMPARE(body.value(QStringLiteral("desktops")).toArray().size(), count);
    if (query != QLatin1String("limit=0"))
        QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), count);
}

void tst_EmulatorRoutes::desktopDetailSortAndPaging()
{
    QJsonArray desktops
            = getJson(p(QStringLiteral("/desktops/detail?sort_field=computer_name&sort_type=DESC")))
                      .value(QStringLiteral("desktops"))
                      .toArray();
    QCOMPARE(desktops.first().toObject().value(QStringLiteral("computer_name")).toString(),
             QStringLiteral("WKS-POOL-02"));
    QCOMPARE(desktops.last().toObject().value(QStringLiteral("computer_name")).toString(),
             QStringLiteral("WKS-DEV-001"));
    const QJsonObject page = getJson(p(QStringLiteral("/desktops/detail?limit=2&offset=4")));
    QCOMPARE(page.value(QStringLiteral("desktops")).toArray().size(), 1);
    QCOMPARE(page.value(QStringLiteral("total_count")).toInt(), 5);
    // More than 100 desktop_id values are refused.
    QString many;
    for (int i = 0; i < 101; ++i)
        many += QStringLiteral("&desktop_id=id%1").arg(i);
    QCOMPARE(getJson(p(QStringLiteral("/desktops/detail?limit=5")) + many, 400)
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00010003"));
    // The list omits security groups; they only come with the single desktop (§1.7).
    QVERIFY(!desktops.first().toObject().contains(QStringLiteral("security_groups")));
}

void tst_EmulatorRoutes::desktopShow()
{
    const QString id = desktopIds().first();
    const QJsonObject desktop = getJson(p(QStringLiteral("/desktops/")) + id)
                                        .value(QStringLiteral("desktop"))
                                        .toObject();
    QCOMPARE(desktop.value(QStringLiteral("desktop_id")).toString(), id);
    QVERIFY(!desktop.value(QStringLiteral("security_groups")).toArray().isEmpty());
    QVERIFY(desktop.value(QStringLiteral("addresses")).isObject());
    QVERIFY(!desktop.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("metering.image_id"))
                     .toString()
                     .isEmpty());
    QVERIFY(desktop.value(QStringLiteral("root_volume"))
                    .toObject()
                    .value(QStringLiteral("size"))
                    .toInt()
            >= 80);
    QCOMPARE(desktop.value(QStringLiteral("product"))
                     .toObject()
                     .value(QStringLiteral("product_id"))
                     .toString(),
             desktop.value(QStringLiteral("product_id")).toString());
    const QJsonObject missing
            = getJson(p(QStringLiteral("/desktops/00000000-0000-0000-0000-000000000000")), 404);
    QCOMPARE(missing.value(QStringLiteral("error_code")).toString(),
             QStringLiteral("WKS.00010010"));
}

void tst_EmulatorRoutes::desktopDelete()
{
    const QString id = desktopIds().last();
    const TestReply reply = m_client->send(
            "DELETE", p(QStringLiteral("/desktops/")) + id + QStringLiteral("?delete_users=false"));
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    // Time scale 0: the deletion job is done when next read.
    getJson(p(QStringLiteral("/desktops/")) + id, 404);
    QCOMPARE(getJson(p(QStringLiteral("/desktops/detail")))
                     .value(QStringLiteral("total_count"))
                     .toInt(),
             4);
    QCOMPARE(m_client->send("DELETE", p(QStringLiteral("/desktops/")) + id).status, 404);
    QCOMPARE(m_client->send("DELETE", p(QStringLiteral("/desktops/")) + desktopIds().first()
                                              + QStringLiteral("?is_force_delete=maybe"))
                     .status,
             400);
}

void tst_EmulatorRoutes::users()
{
    const QJsonObject body = getJson(p(QStringLiteral("/users")));
    const QJsonArray users = body.value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 20);
    QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), 20);
    const QJsonObject first = users.first().toObject();
    for (const char *key : {"id", "user_name", "user_email", "active_type", "account_expires",
                            "total_desktops", "group_names", "locked", "disabled"})
        QVERIFY2(first.contains(QString::fromLatin1(key)), key);
    QVERIFY(first.value(QStringLiteral("account_expires")).isString());
}

void tst_EmulatorRoutes::userFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("total");
    QTest::newRow("paged") << "limit=5&offset=0" << 200 << 5 << 20;
    QTest::newRow("last page") << "limit=5&offset=18" << 200 << 2 << 20;
    QTest::newRow("fuzzy name") << "user_name=zh" << 200 << 4 << 4;
    QTest::newRow("names") << "user_names=alice&user_names=bob_chen" << 200 << 2 << 2;
    QTest::newRow("description") << "description=%E8%B4%A2%E5%8A%A1" << 200 << 2 << 2;
    QTest::newRow("group") << "group_name=developers" << 200 << 5 << 5;
    QTest::newRow("bad limit") << "limit=x" << 400 << 0 << 0;
    QTest::newRow("bad active_type") << "active_type=SELF" << 400 << 0 << 0;
}

void tst_EmulatorRoutes::userFilters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(int, total);
    const QJsonObject body = getJson(p(QStringLiteral("/users?")) + query, status);
    if (status != 200)
        return;
    QCOMPARE(body.value(QStringLiteral("users")).toArray().size(), count);
    QCOMPARE(body.value(QStringLiteral("total_count")).toInt(), total);
}

void tst_EmulatorRoutes::userLifecycle()
{
    const QJsonObject user{
            {QStringLiteral("user_name"), QStringLiteral("new.user-01")},
            {QStringLiteral("user_email"), QStringLiteral("new.user@example.com")},
            {QStringLiteral("account_expires"), QStringLiteral("2030-01-01T00:00:00Z")},
            {QStringLiteral("description"), QStringLiteral("测试用户")}};
    TestReply reply = m_client->post(p(QStringLiteral("/users")), user);
    QCOMPARE(reply.status, 201);
    const QString id = reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 32);
    // Duplicate names, case-insensitively: 409 (docs/EMULATOR.md).
    QJsonObject again = user;
    again.insert(QStringLiteral("user_name"), QStringLiteral("NEW.USER-01"));
    reply = m_client->post(p(QStringLiteral("/users")), again);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170110"));
    const QJsonObject detail = getJson(p(QStringLiteral("/users/")) + id)
                                       .value(QStringLiteral("user_detail"))
                                       .toObject();
    QCOMPARE(detail.value(QStringLiteral("user_name")).toString(), QStringLiteral("new.user-01"));
    // The model's UserDetail (ListUserDetail), not the list item's shape.
    QVERIFY(detail.value(QStringLiteral("user_expired")).isBool());
    QVERIFY(!detail.contains(QStringLiteral("account_expired")));
    QVERIFY(!detail.contains(QStringLiteral("sid")));
    QVERIFY(detail.value(QStringLiteral("object_sid"))
                    .toString()
                    .startsWith(QStringLiteral("S-1-5-21-")));
    QCOMPARE(detail.value(QStringLiteral("account_type")).toInt(-1), 0);
    QCOMPARE(detail.value(QStringLiteral("sam_account_name")).toString(),
             QStringLiteral("new.user-01"));
    for (const char *field :
         {"when_created", "user_principal_name", "full_name", "distinguished_name"})
        QVERIFY2(detail.value(QLatin1String(field)).isString(), field);
    QVERIFY(QDateTime::fromString(detail.value(QStringLiteral("when_created")).toString(),
                                  Qt::ISODateWithMs)
                    .isValid());
    // The detail spells account_expires as ms since the epoch.
    QCOMPARE(detail.value(QStringLiteral("account_expires")).toDouble(),
             double(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    QCOMPARE(m_client->send("DELETE", p(QStringLiteral("/users/")) + id).status, 204);
    QCOMPARE(getJson(p(QStringLiteral("/users/")) + id, 404)
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00170312"));
    // A user who still has a desktop cannot be deleted.
    QString zhangwei;
    for (const QJsonValue &v : getJson(p(QStringLiteral("/users?user_names=zhangwei")))
                                       .value(QStringLiteral("users"))
                                       .toArray())
        zhangwei = v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->send("DELETE", p(QStringLiteral("/users/")) + zhangwei).status, 409);
}

void tst_EmulatorRoutes::jobs404AndSubJobQueries()
{
    QCOMPARE(getJson(p(QStringLiteral("/workspace-jobs/3979904c-7beb-4f34-835f-2fa989a5550a")), 404)
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00010011"));
    QCOMPARE(getJson(p(QStringLiteral("/workspace-sub-jobs")), 400)
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00010001"));
    QCOMPARE(getJson(p(QStringLiteral("/workspace-sub-jobs?job_type=createDesktops&limit=1001")),
                     400)
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00010003"));
    QCOMPARE(getJson(p(QStringLiteral("/workspace-sub-jobs?job_type=createDesktops&status=DONE")),
                     400)
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00010002"));
    const QJsonObject none
            = getJson(p(QStringLiteral("/workspace-sub-jobs?job_type=createDesktops")));
    QCOMPARE(none.value(QStringLiteral("total_count")).toInt(), 0);
    QVERIFY(none.value(QStringLiteral("jobs")).isArray());
}

void tst_EmulatorRoutes::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown path") << QByteArray("GET") << "/v2/{p}/no-such-thing"
                                  << "APIG.0101";
    QTest::newRow("unknown root") << QByteArray("GET") << "/v9/anything"
                                  << "APIG.0101";
    QTest::newRow("wrong method") << QByteArray("PUT") << "/v2/{p}/products"
                                  << "APIG.0101";
    QTest::newRow("trailing slash") << QByteArray("GET") << "/v2/{p}/products/"
                                    << "APIG.0101";
    // Documented fixed paths that wsemu does not serve: APIG's 404, never the {desktop_id} or
    // {user_id} route's "desktop/user not found".
    QTest::newRow("GET desktops/networks") << QByteArray("GET") << "/v2/{p}/desktops/networks"
                                           << "APIG.0101";
    QTest::newRow("GET desktops/agents") << QByteArray("GET") << "/v2/{p}/desktops/agents"
                                         << "APIG.0101";
    QTest::newRow("GET users/notification-records")
            << QByteArray("GET") << "/v2/{p}/users/notification-records"
            << "APIG.0101";
    QTest::newRow("unknown project")
            << QByteArray("GET") << "/v2/ffffffffffffffffffffffffffffffff/products"
            << "WKS.00170117";
}

void tst_EmulatorRoutes::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QString, code);
    target.replace(QLatin1String("{p}"), m_emulator->projectId());
    const TestReply reply = m_client->send(method, target);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), code);
    if (code.startsWith(QLatin1String("APIG")))
        QCOMPARE(reply.json().value(QStringLiteral("request_id")).toString(),
                 QString::fromLatin1(reply.header("X-Request-Id")));
}

void tst_EmulatorRoutes::projects()
{
    const QJsonObject body = getJson(QStringLiteral("/v3/projects"));
    QCOMPARE(body.value(QStringLiteral("projects")).toArray().size(), 3);
    QCOMPARE(getJson(QStringLiteral("/v3/projects?name=nowhere"))
                     .value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
             0);
}

QTEST_GUILESS_MAIN(tst_EmulatorRoutes)
#include "tst_emulatorroutes.moc"
