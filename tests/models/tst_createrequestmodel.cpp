#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/importedusersmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The request the wizard edits: fields composed into the API body by mode, findings from
 * CreateRules + catalog + form rules, kept up to date and announced once per change burst.
 */
class tst_CreateRequestModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void findingsAreCoalesced();
    void usersAndUnassigned();
    void eipModes_data();
    void eipModes();
    void catalogRules_data();
    void catalogRules();
    void contextFollowsProductAndWorkspace();
    void draftRoundTrip_data();
    void draftRoundTrip();
    void serverFindingsClearWhenTouched();
    void findingsUnderPaths();
    void duplicateNicNamesTheSubnet();
    void usersFilesFollowImports();
};

namespace {

QList<Product> products()
{
    Product win;
    win.productId = QStringLiteral("workspace.x86.general.xlarge2.windows");
    win.architecture = QStringLiteral("x86");
    win.memoryMb = 8192;
    win.cpu = 4;
    win.status = QStringLiteral("normal");
    Product linux = win;
    linux.productId = QStringLiteral("workspace.k.xlarge.2.linux");
    linux.architecture = QStringLiteral("arm");
    Product soldOut = win;
    soldOut.productId = QStringLiteral("workspace.x86.ultimate.4xlarge4.windows");
    soldOut.status = QStringLiteral("sellout");
    Product gpu = win;
    gpu.productId = QStringLiteral("workspace.g6.2xlarge.4.windows");
    gpu.memoryMb = 32768;
    return {win, linux, soldOut, gpu};
}

QList<ImageInfo> images()
{
    ImageInfo win;
    win.id = QStringLiteral("img-win");
    win.name = QStringLiteral("Windows Server 2019");
    win.osType = QStringLiteral("Windows");
    win.architecture = QStringLiteral("x86");
    win.imageType = QStringLiteral("gold");
    win.minRamMb = 2048;
    win.minDiskGb = 80;
    ImageInfo cad = win;
    cad.id = QStringLiteral("img-cad");
    cad.name = QStringLiteral("win11-design-cad");
    cad.imageType = QStringLiteral("private");
    cad.minRamMb = 16384;
    cad.minDiskGb = 150;
    ImageInfo kylin = win;
    kylin.id = QStringLiteral("img-kylin");
    kylin.name = QStringLiteral("Kylin V10");
    kylin.osType = QStringLiteral("Linux");
    kylin.architecture = QStringLiteral("arm");
    return {win, cad, kylin};
}

QList<AvailabilityZone> zones()
{
    AvailabilityZone a;
    a.code = QStringLiteral("cn-north-4a");
    AvailabilityZone c;
    c.code = QStringLiteral("cn-north-4c");
    c.soldOutProducts = {QStringLiteral("workspace.g6.2xlarge.4.windows")};
    return {a, c};
}

QStringList codes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

// A request the rules accept: product, image and one user.
void fillValid(CreateRequestModel &m)
{
    m.setProducts(products());
    m.setImages(images());
    m.setZones(zones());
    m.setProductId(QStringLiteral("workspace.x86.general.xlarge2.windows"));
    m.setImageId(QStringLiteral("img-win"));
    DesktopItem alice;
    alice.userName = QStringLiteral("alice");
    alice.userEmail = QStringLiteral("alice@example.com");
    m.users()->appendRow(alice);
}

} // namespace

void tst_CreateRequestModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CreateRequestModel::defaults()
{
    CreateRequestModel m;
    QAbstractItemModelTester tester(m.users(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CreateDesktopRequest r = m.request();
    QCOMPARE(r.desktopType, QStringLiteral("DEDICATED"));
    QCOMPARE(r.imageType, QStringLiteral("gold"));
    QCOMPARE(r.rootVolume.type, QStringLiteral("SAS"));
    QCOMPARE(r.rootVolume.size, 80);
    QVERIFY(!r.eip);
    QVERIFY(!r.size);
    const QStringList found = codes(m.findings());
    QVERIFY(found.contains(QLatin1String("product_id.required")));
    QVERIFY(found.contains(QLatin1String("image_id.required")));
    QVERIFY(found.contains(QLatin1String("desktops.required")));

    fillValid(m);
    QVERIFY2(!hasErrors(m.findings()), qPrintable(codes(m.findings()).join(u',')));
}

void tst_CreateRequestModel::findingsAreCoalesced()
{
    CreateRequestModel m;
    QSignalSpy changed(&m, &CreateRequestModel::changed);
    QSignalSpy findings(&m, &CreateRequestModel::findingsChanged);
    m.setDesktopType(QStringLiteral("SHARED"));
    m.setEnterpriseProjectId(QStringLiteral("bad id!"));
    m.setImageType(QStringLiteral("private"));
    QCOMPARE(changed.count(), 3);
    // Read at once: the findings are already up to date ...
    QVERIFY(codes(m.findings()).contains(QLatin1String("enterprise_project_id.pattern")));
    // ... and announced once for the burst, from the event loop.
    QCOMPARE(findings.count(), 0);
    QVERIFY(findings.wait(1000));
    QCOMPARE(findings.count(), 1);
    // Setting a value it already has is no change.
    m.setDesktopType(QStringLiteral("SHARED"));
    QCOMPARE(changed.count(), 3);
}

void tst_CreateRequestModel::usersAndUnassigned()
{
    CreateRequestModel m;
    fillValid(m);
    m.setDesktopName(QStringLiteral("lab"));
    m.setSize(7);
    CreateDesktopRequest r = m.request();
    QCOMPARE(r.desktops.size(), 1);
    QVERIFY(!r.size);
    QVERIFY(r.desktopName.isEmpty()); // the name belongs to unassigned desktops only
    QCOMPARE(m.desktopCount(), 1);

    m.setUsersMode(CreateRequestModel::UsersMode::Unassigned);
    r = m.request();
    QVERIFY(r.desktops.isEmpty());
    QCOMPARE(r.size.value_or(0), 7);
    QCOMPARE(r.desktopName, QStringLiteral("lab"));
    QCOMPARE(m.desktopCount(), 7);
    QVERIFY(!hasErrors(m.findings()));
    // The typed users survive the switch.
    QCOMPARE(m.users()->rowCount(), 1);

    m.setDesktopName(QStringLiteral("much-too-long-prefix"));
    QVERIFY(codes(m.findings()).contains(QLatin1String("desktop_name.length")));

    // Editing a user cell is a change of the request.
    m.setUsersMode(CreateRequestModel::UsersMode::Users);
    QSignalSpy changed(&m, &CreateRequestModel::changed);
    m.users()->setData(m.users()->index(0, m.users()->columnOf(QStringLiteral("user_name"))),
                       QStringLiteral("1bad"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(codes(m.findingsUnder({QStringLiteral("desktops")}))
                    .contains(QLatin1String("user_name.start")));
}

void tst_CreateRequestModel::eipModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("users");
    QTest::addColumn<QStringList>("eipCodes");
    QTest::addColumn<bool>("hasEip");
    QTest::newRow("none") << int(CreateRequestModel::EipMode::None) << "" << 1 << QStringList()
                          << false;
    QTest::newRow("existing without id") << int(CreateRequestModel::EipMode::Existing) << "" << 1
                                         << QStringList{"eip.id.required"} << true;
    QTest::newRow("existing") << int(CreateRequestModel::EipMode::Existing) << "eip-1" << 1
                              << QStringList() << true;
    QTest::newRow("existing, many desktops")
            << int(CreateRequestModel::EipMode::Existing) << "eip-1" << 3
            << QStringList{"eip.id.shared"} << true;
    QTest::newRow("new") << int(CreateRequestModel::EipMode::New) << "" << 3 << QStringList()
                         << true;
}

void tst_CreateRequestModel::eipModes()
{
    QFETCH(int, mode);
    QFETCH(QString, id);
    QFETCH(int, users);
    QFETCH(QStringList, eipCodes);
    QFETCH(bool, hasEip);
    CreateRequestModel m;
    fillValid(m);
    for (int i = 1; i < users; ++i) {
        DesktopItem item;
        item.userName = QStringLiteral("user%1").arg(i);
        m.users()->appendRow(item);
    }
    m.setEipMode(static_cast<CreateRequestModel::EipMode>(mode));
    m.setExistingEipId(id);
    QCOMPARE(codes(m.findingsUnder({QStringLiteral("eip")})), eipCodes);
    const CreateDesktopRequest r = m.request();
    QCOMPARE(r.eip.has_value(), hasEip);
    if (mode == int(CreateRequestModel::EipMode::New)) {
        QCOMPARE(r.eip->type, QStringLiteral("5_bgp"));
        QCOMPARE(r.eip->chargeMode, QStringLiteral("TRAFFIC"));
        QVERIFY(r.eip->id.isEmpty());
        QVERIFY(r.eip->bandwidthSize.has_value());
    } else if (mode == int(CreateRequestModel::EipMode::Existing)) {
        QCOMPARE(r.eip->id, id);
        QVERIFY(r.eip->type.isEmpty());
    }
}

void tst_CreateRequestModel::catalogRules_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("imageType");
    QTest::addColumn<int>("rootSize");
    QTest::addColumn<QString>("expected"); // one code, or "" for none
    const QString win = QStringLiteral("workspace.x86.general.xlarge2.windows");
    QTest::newRow("fine") << win << "cn-north-4a"
                          << "img-win"
                          << "gold" << 80 << "";
    QTest::newRow("sold out") << "workspace.x86.ultimate.4xlarge4.windows"
                              << ""
                              << "img-win"
                              << "gold" << 80 << "product_id.sold_out";
    QTest::newRow("sold out in zone") << "workspace.g6.2xlarge.4.windows"
                                      << "cn-north-4c"
                                      << "img-win"
                                      << "gold" << 80 << "product_id.sold_out";
    QTest::newRow("gpu elsewhere") << "workspace.g6.2xlarge.4.windows"
                                   << "cn-north-4a"
                                   << "img-win"
                                   << "gold" << 80 << "";
    QTest::newRow("unknown product") << "workspace.nope"
                                     << ""
                                     << "img-win"
                                     << "gold" << 80 << "product_id.unknown";
    QTest::newRow("unknown zone") << win << "cn-north-4z"
                                  << "img-win"
                                  << "gold" << 80 << "availability_zone.unknown";
    QTest::newRow("unknown image") << win << ""
                                   << "img-nope"
                                   << "gold" << 80 << "image_id.unknown";
    QTest::newRow("image for arm") << win << ""
                                   << "img-kylin"
                                   << "gold" << 80 << "image_id.os";
    QTest::newRow("too little memory") << win << ""
                                       << "img-cad"
                                       << "private" << 150 << "image_id.min_ram";
    QTest::newRow("disk too small") << "workspace.g6.2xlarge.4.windows"
                                    << ""
                                    << "img-cad"
                                    << "private" << 100 << "root_volume.size.min_disk";
    QTest::newRow("type mismatch") << win << ""
                                   << "img-win"
                                   << "private" << 80 << "image_type.mismatch";
}

void tst_CreateRequestModel::catalogRules()
{
    QFETCH(QString, product);
    QFETCH(QString, zone);
    QFETCH(QString, image);
    QFETCH(QString, imageType);
    QFETCH(int, rootSize);
    QFETCH(QString, expected);
    CreateRequestModel m;
    fillValid(m);
    m.setProductId(product);
    m.setAvailabilityZone(zone);
    m.setImageId(image);
    m.setImageType(imageType);
    Volume root = m.rootVolume();
    root.size = rootSize;
    m.setRootVolume(root);
    const Findings errors = m.findings();
    if (expected.isEmpty()) {
        QVERIFY2(!hasErrors(errors), qPrintable(codes(errors).join(u',')));
    } else {
        QVERIFY2(codes(errors).contains(expected), qPrintable(codes(errors).join(u',')));
    }
}

void tst_CreateRequestModel::contextFollowsProductAndWorkspace()
{
    CreateRequestModel m;
    fillValid(m);
    QSignalSpy contextChanged(&m, &CreateRequestModel::contextChanged);
    QCOMPARE(m.context().os, OsType::Windows);
    // "sudo" is a Linux group: wrong for the Windows product.
    m.users()->setData(m.users()->index(0, m.users()->columnOf(QStringLiteral("user_group"))),
                       QStringLiteral("sudo"));
    QVERIFY(codes(m.findings()).contains(QLatin1String("user_group.enum")));
    QCOMPARE(m.users()->rowHasErrors(0), true);

    m.setProductId(QStringLiteral("workspace.k.xlarge.2.linux"));
    QCOMPARE(m.context().os, OsType::Linux);
    QVERIFY(contextChanged.count() >= 1);
    QVERIFY(!codes(m.findings()).contains(QLatin1String("user_group.enum")));
    QCOMPARE(m.users()->rowHasErrors(0), false); // the table was checked again

    // No product known: the image decides.
    m.setProductId(QString());
    m.setImageId(QStringLiteral("img-win"));
    QCOMPARE(m.context().os, OsType::Windows);

    m.setDomainType(DomainType::LocalAd);
    QCOMPARE(m.context().domainType, DomainType::LocalAd);
    QCOMPARE(m.users()->context().domainType, DomainType::LocalAd);
    m.setCreateCap(100);
    QCOMPARE(m.context().createCap, 100);
}

void tst_CreateRequestModel::draftRoundTrip_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("users") << R"({"desktop_type":"SHARED","availability_zone":"cn-north-4a",
        "product_id":"p","image_type":"private","image_id":"i",
        "root_volume":{"type":"SSD","size":100},"data_volumes":[{"type":"SAS","size":50}],
        "nics":[{"subnet_id":"s1"},{"subnet_id":"s2"}],"security_groups":[{"id":"g1"}],
        "desktops":[{"user_name":"alice","user_email":"a@x.cn","computer_name":"PC01"},
                    {"user_name":"bob","user_group":"users"}],
        "email_notification":true,"enterprise_project_id":"0",
        "tags":[{"key":"team","value":"finance"},{"key":"solo"}],
        "eip":{"type":"5_sbgp","charge_mode":"BANDWIDTH","bandwidth_size":20}})";
    QTest::newRow("unassigned") << R"({"desktop_type":"DEDICATED","product_id":"p",
        "image_type":"gold","image_id":"i","root_volume":{"type":"SAS","size":80},
        "desktop_name":"lab","size":12,"eip":{"id":"eip-123"}})";
    QTest::newRow("email false kept") << R"({"desktop_type":"DEDICATED","product_id":"p",
        "image_type":"gold","image_id":"i","root_volume":{"type":"SAS","size":80},
        "desktops":[{"user_name":"alice"}],"email_notification":false})";
}

void tst_CreateRequestModel::draftRoundTrip()
{
    QFETCH(QString, json);
    Findings problems;
    const CreateDesktopRequest in = CreateDesktopRequest::fromJson(
            QJsonDocument::fromJson(json.toUtf8()).object(), &problems);
    QVERIFY(problems.isEmpty());
    CreateRequestModel m;
    QSignalSpy reset(&m, &CreateRequestModel::requestReset);
    m.setRequest(in);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m.request(), in);
    QCOMPARE(m.request().toJson(), in.toJson());
    QVERIFY(m.securityGroupsChosen());
}

void tst_CreateRequestModel::serverFindingsClearWhenTouched()
{
    CreateRequestModel m;
    fillValid(m);
    Finding row;
    row.path = QStringLiteral("desktops[0].computer_name");
    row.code = QStringLiteral("server.rejected");
    row.message = QStringLiteral("exists");
    Finding whole;
    whole.code = QStringLiteral("server.rejected");
    whole.message = QStringLiteral("quota");
    Finding disk;
    disk.path = QStringLiteral("root_volume.size");
    disk.code = QStringLiteral("server.rejected");
    disk.message = QStringLiteral("too small");
    m.setServerFindings({row, whole, disk});
    QCOMPARE(codes(m.findings()).count(QStringLiteral("server.rejected")), 3);
    QVERIFY(hasErrors(m.findingsUnder({QStringLiteral("desktops")})));

    // Another field: nothing cleared.
    m.setEnterpriseProjectId(QStringLiteral("0"));
    QCOMPARE(m.serverFindings().size(), 3);
    // The disk: its finding goes.
    Volume root = m.rootVolume();
    root.size = 90;
    m.setRootVolume(root);
    QCOMPARE(m.serverFindings().size(), 2);
    // A user cell: the row's finding goes; the whole-request one stays until the next submit.
    m.users()->setData(m.users()->index(0, m.users()->columnOf(QStringLiteral("computer_name"))),
                       QStringLiteral("PC77"));
    QCOMPARE(m.serverFindings().size(), 1);
    QCOMPARE(m.serverFindings().constFirst().message, QStringLiteral("quota"));
    QVERIFY(codes(m.findingsUnder({QString()})).contains(QLatin1String("server.rejected")));
}

void tst_CreateRequestModel::findingsUnderPaths()
{
    CreateRequestModel m;
    fillValid(m);
    QList<Volume> volumes(11);
    for (Volume &v : volumes) {
        v.type = QStringLiteral("SAS");
        v.size = 10;
    }
    volumes[1].size = 15;
    m.setDataVolumes(volumes);
    const Findings disks = m.findingsUnder({QStringLiteral("data_volumes")});
    QVERIFY(codes(disks).contains(QLatin1String("data_volumes.too_many")));
    QVERIFY(codes(disks).contains(QLatin1String("volume.size.step")));
    // "data_volumes[1]" is not "data_volumes[10]" and not "root_volume".
    QCOMPARE(m.findingsUnder({QStringLiteral("data_volumes[1]")}).size(), 1);
    QVERIFY(m.findingsUnder({QStringLiteral("root_volume")}).isEmpty());
    QVERIFY(m.hasErrorsUnder({QStringLiteral("root_volume"), QStringLiteral("data_volumes")}));
}

QTEST_GUILESS_MAIN(tst_CreateRequestModel)
// A subnet used twice is named as people know it, not by its id.
void tst_CreateRequestModel::duplicateNicNamesTheSubnet()
{
    CreateRequestModel m;
    fillValid(m);
    SubnetInfo finance;
    finance.id = QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55");
    finance.name = QStringLiteral("subnet-finance");
    finance.cidr = QStringLiteral("192.168.10.0/24");
    m.setSubnets({finance});
    m.setNics({finance.id, finance.id});
    const Findings found = m.findingsUnder({QStringLiteral("nics")});
    const auto it = std::find_if(found.cbegin(), found.cend(), [](const Finding &f) {
        return f.code == QLatin1String("nics.duplicate");
    });
    QVERIFY(it != found.cend());
    QVERIFY2(it->message.contains(QLatin1String("subnet-finance"))
                     && it->message.contains(QLatin1String("192.168.10.0/24")),
             qPrintable(it->message));
    QVERIFY2(!it->message.contains(finance.id), qPrintable(it->message));
}

// Every file rows were imported from is kept, so that the review can say where rows came from.
void tst_CreateRequestModel::usersFilesFollowImports()
{
    CreateRequestModel m;
    m.setUsersOrigin(QStringLiteral("/a/first.csv"));
    QCOMPARE(m.usersFiles(), QStringList{QStringLiteral("/a/first.csv")});
    m.addUsersOrigin(QStringLiteral("/a/second.csv"));
    m.addUsersOrigin(QStringLiteral("/a/second.csv"));
    QCOMPARE(m.usersFiles(),
             (QStringList{QStringLiteral("/a/first.csv"), QStringLiteral("/a/second.csv")}));
    QCOMPARE(m.usersOrigin(), QStringLiteral("/a/second.csv"));
    m.setUsersOrigin(QStringLiteral("/a/third.csv")); // replaced the rows
    QCOMPARE(m.usersFiles(), QStringList{QStringLiteral("/a/third.csv")});
    m.setUsersOrigin(QString());
    QVERIFY(m.usersFiles().isEmpty());
}

#include "tst_createrequestmodel.moc"
