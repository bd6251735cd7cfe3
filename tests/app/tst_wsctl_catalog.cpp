#include "emulatorapi.h"
#include "wsctlrunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

/**
 * `wsctl catalog ...` against wsemu in text, JSON and CSV: every item the service's own route
 * lists (read by a second client) is printed once, in the service's order, under stable keys;
 * the filters (--os, --zone) agree with the service's filters.
 */
class tst_WsctlCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lists_data();
    void lists();
    void workspace_data();
    void workspace();
    void filters_data();
    void filters();
    void usage_data();
    void usage();

private:
    /** The ids in wsctl's output, in order, read back from @p format. */
    static QStringList ids(const QString &output, const QString &format, const QString &key);
    QStringList serviceIds(const QString &route, const QString &array, const QString &id);

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    std::unique_ptr<EmulatorApi> m_api;
};

void tst_WsctlCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--time-scale", "0"}), qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_api = std::make_unique<EmulatorApi>(m_emu);
}

QStringList tst_WsctlCatalog::ids(const QString &output, const QString &format, const QString &key)
{
    QStringList out;
    if (format == QLatin1String("json")) {
        for (const QJsonValue &v : QJsonDocument::fromJson(output.toUtf8()).array())
            out << v.toObject().value(key).toString();
        return out;
    }
    const QStringList lines
            = output.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    // The id is the first column in both: a CSV field up to the comma, a text cell up to the
    // column gap. The header is the first line.
    for (qsizetype i = 1; i < lines.size(); ++i)
        out << lines.at(i).section(format == QLatin1String("csv") ? QChar(u',') : QChar(u' '), 0,
                                   0);
    return out;
}

QStringList tst_WsctlCatalog::serviceIds(const QString &route, const QString &array,
                                         const QString &id)
{
    QStringList out;
    for (const QJsonValue &v : m_api->get(route).value(array).toArray())
        out << v.toObject().value(id).toString();
    return out;
}

void tst_WsctlCatalog::lists_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("array");
    QTest::addColumn<QString>("serviceKey");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("header"); // CSV header: the stable keys

    struct Kind
    {
        const char *command, *route, *array, *serviceKey, *key, *header;
    };
    const Kind kinds[] = {
            {"products", "products", "products", "product_id", "product_id",
             "product_id,os_type,architecture,cpu,memory_gb,gpu,status,name"},
            {"images", "images", "images", "id", "image_id",
             "image_id,image_type,os_type,architecture,min_ram_mb,min_disk_gb,name"},
            {"zones", "availability-zones", "availability_zones", "availability_zone",
             "availability_zone", "availability_zone,name,default,sold_out_products"},
            {"subnets", "subnets", "subnets", "id", "subnet_id",
             "subnet_id,name,cidr,vpc_id,workspace"},
            {"security-groups", "security-groups", "security_groups", "id", "security_group_id",
             "security_group_id,name,vpc_id,description"},
    };
    for (const Kind &k : kinds) {
        for (const char *format : {"text", "json", "csv"}) {
            QTest::addRow("%s, %s", k.command, format) << k.command << format << k.route << k.array
                                                       << k.serviceKey << k.key << k.header;
        }
    }
}

void tst_WsctlCatalog::lists()
{
    QFETCH(QString, command);
    QFETCH(QString, format);
    QFETCH(QString, route);
    QFETCH(QString, array);
    QFETCH(QString, serviceKey);
    QFETCH(QString, key);
    QFETCH(QString, header);

    const QStringList expected = serviceIds(route, array, serviceKey);
    QVERIFY2(expected.size() >= 3, qPrintable(route));
    const auto r = m_wsctl.run({"catalog", command, "--format", format});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(ids(r.out, format, key), expected);
    if (format == QLatin1String("csv")) {
        QCOMPARE(r.out.section(QStringLiteral("\r\n"), 0, 0), header);
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), expected.size() + 1);
    } else if (format == QLatin1String("json")) {
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(first.keys(), [&] {
            QStringList keys = header.split(u',');
            keys.sort();
            return keys;
        }());
    } else {
        // Text: a header of translated titles, then one aligned line per item.
        QVERIFY(!r.out.startsWith(key));
        QCOMPARE(r.out.count(u'\n'), expected.size() + 1);
    }
}

void tst_WsctlCatalog::workspace_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << "text";
    QTest::newRow("json") << "json";
}

void tst_WsctlCatalog::workspace()
{
    QFETCH(QString, format);
    const QJsonObject service = m_api->get("workspaces");
    const QString id = service["id"].toString();
    QVERIFY(!id.isEmpty());
    const QString domainType = service["ad_domains"].toObject()["domain_type"].toString();
    QStringList subnets;
    // The service lists {"subnet_id": ...} objects; wsctl prints the ids.
    for (const QJsonValue &v : service["subnet_ids"].toArray())
        subnets << (v.isObject() ? v.toObject()["subnet_id"].toString() : v.toString());
    QCOMPARE(subnets.size(), 2);

    const auto r = m_wsctl.run({"catalog", "workspace", "--format", format});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    if (format == QLatin1String("json")) {
        const QJsonObject o = WsctlRunner::json(r.out);
        QCOMPARE(o["id"].toString(), id);
        QCOMPARE(o["status"].toString(), service["status"].toString());
        QCOMPARE(o["domain_type"].toString(), domainType);
        QCOMPARE(o["vpc_id"].toString(), service["vpc_id"].toString());
        QCOMPARE(o["subnet_ids"].toVariant().toStringList(), subnets);
        QCOMPARE(o["access_mode"].toString(), service["access_mode"].toString());
    } else {
        QVERIFY(QRegularExpression(QStringLiteral("\\nid\\s+%1\\n").arg(id))
                        .match(r.out)
                        .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("\\ndomain_type\\s+%1\\n").arg(domainType))
                        .match(r.out)
                        .hasMatch());
        QVERIFY(r.out.contains(subnets.join(u' ')));
    }
}

void tst_WsctlCatalog::filters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("array");
    QTest::addColumn<QString>("serviceKey");
    QTest::addColumn<QString>("key");
    QTest::newRow("products --os Linux")
            << QStringList{"catalog", "products", "--os", "Linux"} << "products?os_type=Linux"
            << "products"
            << "product_id"
            << "product_id";
    QTest::newRow("products --os windows (any case)")
            << QStringList{"catalog", "products", "--os", "windows"} << "products?os_type=Windows"
            << "products"
            << "product_id"
            << "product_id";
    QTest::newRow("images --os Linux")
            << QStringList{"catalog", "images", "--os", "Linux"} << "images?os_type=Linux"
            << "images"
            << "id"
            << "image_id";
}

void tst_WsctlCatalog::filters()
{
    QFETCH(QStringList, args);
    QFETCH(QString, route);
    QFETCH(QString, array);
    QFETCH(QString, serviceKey);
    QFETCH(QString, key);
    const QStringList expected = serviceIds(route, array, serviceKey);
    QVERIFY(!expected.isEmpty());
    const auto r = m_wsctl.run(args + QStringList{"--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QStringList seen = ids(r.out, "json", key);
    QStringList want = expected;
    seen.sort();
    want.sort();
    QCOMPARE(seen, want);

    // --zone marks what the service says is sold out in that zone.
    if (args.at(1) == QLatin1String("products")) {
        const QString zone = QStringLiteral("cn-north-4c");
        QStringList soldOut;
        for (const QJsonValue &v :
             m_api->get("products?availability_zone=" + zone).value("products").toArray()) {
            if (v.toObject()["status"].toString() == QLatin1String("sellout"))
                soldOut << v.toObject()["product_id"].toString();
        }
        QVERIFY(!soldOut.isEmpty());
        const auto zoned = m_wsctl.run(args + QStringList{"--zone", zone, "--format", "json"});
        QVERIFY2(zoned.code == 0, qPrintable(zoned.all()));
        for (const QJsonValue &v : QJsonDocument::fromJson(zoned.out.toUtf8()).array()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p["status"].toString() == QLatin1String("sellout"),
                     soldOut.contains(p["product_id"].toString()));
        }
    }
}

void tst_WsctlCatalog::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    QTest::newRow("bad --os") << QStringList{"catalog", "images", "--os", "BeOS"} << 2 << "--os";
    QTest::newRow("--os on zones")
            << QStringList{"catalog", "zones", "--os", "Linux"} << 2 << "'os'";
    QTest::newRow("extra argument") << QStringList{"catalog", "subnets", "x"} << 2 << "\"x\"";
    QTest::newRow("unknown kind") << QStringList{"catalog", "flavors"} << 2 << "catalog flavors";
    QTest::newRow("no kind: the group's commands")
            << QStringList{"catalog"} << 2 << "catalog security-groups";
    QTest::newRow("dead endpoint")
            << QStringList{"catalog", "zones", "--endpoint", "http://127.0.0.1:1"} << 3
            << "could not be read";
}

void tst_WsctlCatalog::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mention);
    const auto r = m_wsctl.run(args);
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QVERIFY2(r.err.contains(mention), qPrintable(r.all()));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WsctlCatalog)
#include "tst_wsctl_catalog.moc"
