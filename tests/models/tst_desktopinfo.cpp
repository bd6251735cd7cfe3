// DesktopInfo::fromJson reads what the details panel shows of one desktop: every NIC address
// and EIP, the disks, the security groups with their names, maintenance and internet access.

#include "models/domain/desktopinfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

class tst_DesktopInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void details();
    void missingFields();
};

void tst_DesktopInfo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DesktopInfo::details()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({
        "desktop_id": "d1", "computer_name": "PC-1",
        "addresses": {"vpc-1": [
            {"addr": "192.168.0.11", "version": "4", "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:00:00:01",
             "OS-EXT-IPS:type": "fixed"},
            {"addr": "121.36.0.9", "version": "4", "OS-EXT-IPS:type": "floating"}],
            "vpc-2": [{"addr": "10.0.0.5", "OS-EXT-IPS:type": "fixed"}]},
        "root_volume": {"id": "r1", "type": "SAS", "size": 80, "device": "/dev/vda"},
        "data_volumes": [{"id": "v1", "type": "SSD", "size": 100, "device": "/dev/vdb"},
                         {"volume_id": "v2", "type": "SAS", "size": "200"}],
        "security_groups": [{"id": "sg1", "name": "office"}, {"id": "sg2"}],
        "in_maintenance_mode": true, "is_support_internet": true, "internet_mode": "EIP",
        "is_attaching_eip": false,
        "product": {"architecture": "arm"},
        "metadata": {"image_name": "UOS V20", "os_type": "Linux"}
    })")
                                  .object();
    const DesktopInfo d = DesktopInfo::fromJson(o);
    QCOMPARE(d.addresses.size(), 3);
    QStringList floating;
    QStringList networks;
    for (const DesktopInfo::Address &a : d.addresses) {
        networks << a.networkId;
        if (a.type == QLatin1String("floating"))
            floating << a.address;
    }
    QCOMPARE(floating, QStringList{QStringLiteral("121.36.0.9")});
    QVERIFY(networks.contains(QStringLiteral("vpc-2")));
    QCOMPARE(d.rootVolume.size, 80);
    QCOMPARE(d.dataVolumes.size(), 2);
    QCOMPARE(d.dataVolumes.at(0).device, QStringLiteral("/dev/vdb"));
    QCOMPARE(d.dataVolumes.at(1).size, 200);
    QCOMPARE(d.securityGroupIds, (QStringList{QStringLiteral("sg1"), QStringLiteral("sg2")}));
    QCOMPARE(d.securityGroupNames, (QStringList{QStringLiteral("office"), QString()}));
    QVERIFY(d.inMaintenanceMode);
    QVERIFY(d.supportsInternet);
    QCOMPARE(d.internetMode, QStringLiteral("EIP"));
    QVERIFY(!d.attachingEip);
    QCOMPARE(d.architecture, QStringLiteral("arm"));
    QCOMPARE(d.imageName, QStringLiteral("UOS V20"));
}

void tst_DesktopInfo::missingFields()
{
    const DesktopInfo d = DesktopInfo::fromJson(QJsonObject{{"desktop_id", "d2"}});
    QVERIFY(d.addresses.isEmpty());
    QVERIFY(d.dataVolumes.isEmpty());
    QVERIFY(d.securityGroupNames.isEmpty());
    QVERIFY(!d.inMaintenanceMode);
    QVERIFY(!d.supportsInternet);
    QVERIFY(d.internetMode.isEmpty());
}

QTEST_MAIN(tst_DesktopInfo)
#include "tst_desktopinfo.moc"
