// Server-side validation of CreateDesktop, AttachInstances and CreateUser, data-driven: each
// row changes one thing in a valid request and names the status, error_code and field that the
// answer must carry. Plus 409 attach conflicts, the quota and the per-request cap.

#include "emulator/emulator.h"
#include "emulatorfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace wsemu;

namespace {

// Sets (or, for null, removes) the value at a path like "desktops/1/user_name".
QJsonValue patched(const QJsonValue &node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.first();
    const QStringList rest = path.mid(1);
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        const QJsonValue child = patched(array.at(index), rest, value);
        if (child.isNull() && rest.isEmpty())
            array.removeAt(index);
        else
            array.replace(index, child);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = patched(object.value(head), rest, value);
    if (child.isNull() && rest.isEmpty())
        object.remove(head);
    else
        object.insert(head, child);
    return object;
}

/** The options of a second emulator: a LOCAL_AD tenant whose jobs end at once. */
EmulatorOptions localAdOptions()
{
    EmulatorOptions options;
    options.timeScale = 0;
    options.domainType = QStringLiteral("LOCAL_AD");
    return options;
}

/** The columns of a table of patches to a valid body: status, error_code, a word of error_msg. */
void addPatchColumns()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field"); // must appear in error_msg
}

void addPatchRow(const char *name, const QJsonObject &patch, int status, const char *code,
                 const char *field)
{
    QTest::newRow(name) << patch << status << QString::fromLatin1(code)
                        << QString::fromLatin1(field);
}

QJsonObject applyPatch(QJsonObject body, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it)
        body = patched(body, it.key().split(QLatin1Char('/')), it.value()).toObject();
    return body;
}

QJsonArray repeated(const QJsonValue &value, int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(value);
    return array;
}

QJsonArray desktopItems(int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(
                QJsonObject{{QStringLiteral("user_name"), QStringLiteral("batchuser%1").arg(i)}});
    return array;
}

const QString WindowsProduct = QStringLiteral("workspace.x86.general.large2.windows");
const QString GoldWindowsImage = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f");

} // namespace

class tst_EmulatorValidation : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createDesktop_data();
    void createDesktop();
    void createRawBodies_data();
    void createRawBodies();
    void createUsesTenantWideNames();
    void quotaExceeded();
    void createCap();
    void attach_data();
    void attach();
    void attachConflicts();
    void createUser_data();
    void createUser();
    void localAdUserNames();
    void attachUserInfos();

private:
    QJsonObject validCreate() const;
};

void tst_EmulatorValidation::initTestCase()
{
    QVERIFY(startEmulator());
}

void tst_EmulatorValidation::init()
{
    EmulatorFixture::reset(*m_client);
    configure(QJsonObject{{QStringLiteral("time_scale"), 0},
                          {QStringLiteral("create_cap"), 50},
                          {QStringLiteral("desktop_quota"), 100}});
}

QJsonObject tst_EmulatorValidation::validCreate() const
{
    return EmulatorFixture::createBody(
            QJsonObject{
                    {QStringLiteral("desktops"),
                     QJsonArray{
                             QJsonObject{
                                     {QStringLiteral("user_name"), QStringLiteral("chenjing")},
                                     {QStringLiteral("user_group"), QStringLiteral("users")},
                                     {QStringLiteral("computer_name"), QStringLiteral("QA-PC-01")}},
                             QJsonObject{{QStringLiteral("user_name"), QStringLiteral("new_hire")},
                                         {QStringLiteral("user_email"),
                                          QStringLiteral("new.hire@example.com")}}}},
                    {QStringLiteral("email_notification"), true},
            },
            QStringLiteral("DEDICATED"), WindowsProduct, GoldWindowsImage);
}

void tst_EmulatorValidation::createDesktop_data()
{
    addPatchColumns();
    const auto row = addPatchRow;
    const QJsonValue remove = QJsonValue::Null;
    row("valid", {}, 200, "", "");
    row("chinese computer name", {{"desktops/0/computer_name", QString::fromUtf8("财务电脑01")}},
        200, "", "");
    row("size instead of desktops", {{"desktops", remove}, {"size", 3}, {"desktop_name", "lab"}},
        200, "", "");
    row("all optional parts",
        {{"availability_zone", "cn-north-4b"},
         {"nics", QJsonArray{QJsonObject{{"subnet_id", "7a3c9e51-4b2d-4f6a-9c8e-2d1b0a9f8e7d"}}}},
         {"security_groups",
          QJsonArray{QJsonObject{{"id", "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d"}}}},
         {"data_volumes", QJsonArray{QJsonObject{{"type", "SSD"}, {"size", 100}}}},
         {"tags",
          QJsonArray{QJsonObject{{"key", QString::fromUtf8("部门")}, {"value", "finance"}}}},
         {"eip",
          QJsonObject{{"type", "5_bgp"}, {"charge_mode", "TRAFFIC"}, {"bandwidth_size", 10}}},
         {"vpc_id", "3c8a9f52-6d1e-4b07-9a2f-5e4d3c2b1a09"},
         {"enterprise_project_id", "0"}},
        200, "", "");
    row("missing desktop_type", {{"desktop_type", remove}}, 400, "WKS.00010001", "desktop_type");
    row("bad desktop_type", {{"desktop_type", "POOLED"}}, 400, "WKS.00010002", "desktop_type");
    row("unknown product", {{"product_id", "workspace.nope"}}, 400, "WKS.00010006", "product_id");
    row("sold-out product", {{"product_id", "workspace.x86.ultimate.4xlarge4.windows"}}, 400,
        "WKS.00010007", "sold out");
    row("bad image_type", {{"image_type", "public"}}, 400, "WKS.00010002", "image_type");
    row("unknown image", {{"image_id", "00000000-0000-0000-0000-000000000000"}}, 400,
        "WKS.00010006", "image_id");
    row("image type mismatch", {{"image_id", "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"}}, 400,
        "WKS.00010007", "private image");
    row("Linux image on Windows product", {{"image_id", "1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b"}},
        400, "WKS.00010007", "image_id");
    row("arm image on x86 product",
        {{"product_id", "workspace.x86.general.large2.linux"},
         {"image_id", "6e5f4a3b-2c1d-4e0f-8a9b-7c6d5e4f3a2b"},
         {"desktops/0/user_group", "sudo"},
         {"desktops/1/user_group", "default"}},
        400, "WKS.00010007", "arm");
    row("image needs more memory",
        {{"image_type", "private"},
         {"image_id", "5c6d7e8f-9a0b-4c1d-9e2f-3a4b5c6d7e8f"},
         {"root_volume/size", 150}},
        400, "WKS.00010007", "memory");
    row("root smaller than min_disk",
        {{"image_type", "private"}, {"image_id", "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"}}, 400,
        "WKS.00010007", "root_volume.size");
    row("missing root_volume", {{"root_volume", remove}}, 400, "WKS.00010001", "root_volume");
    row("root size not multiple of 10", {{"root_volume/size", 85}}, 400, "WKS.00010002",
        "root_volume.size");
    row("root size too small", {{"root_volume/size", 70}}, 400, "WKS.00010003", "root_volume.size");
    row("root size too big", {{"root_volume/size", 32770}}, 400, "WKS.00010003",
        "root_volume.size");
    row("root size as string", {{"root_volume/size", "80"}}, 400, "WKS.00010002",
        "root_volume.size");
    row("bad volume type", {{"root_volume/type", "HDD"}}, 400, "WKS.00010002", "root_volume.type");
    // S000 Table 4: the type "must be the same as the disk type provided by the system"; the
    // types sold in a zone are what ListVolumeProductInfo lists there (GPSSD2 not in AZ3).
    row("GPSSD2 in the default zone", {{"root_volume/type", "GPSSD2"}}, 200, "", "");
    row("GPSSD2 root not sold in AZ3",
        {{"availability_zone", "cn-north-4c"}, {"root_volume/type", "GPSSD2"}}, 400, "WKS.00010007",
        "root_volume.type");
    row("GPSSD2 data disk not sold in AZ3",
        {{"availability_zone", "cn-north-4c"},
         {"data_volumes", QJsonArray{QJsonObject{{"type", "GPSSD2"}, {"size", 100}}}}},
        400, "WKS.00010007", "data_volumes[0].type");
    row("11 data volumes",
        {{"data_volumes", repeated(QJsonObject{{"type", "SAS"}, {"size", 10}}, 11)}}, 400,
        "WKS.00010003", "data_volumes");
    row("data volume too small",
        {{"data_volumes", QJsonArray{QJsonObject{{"type", "SAS"}, {"size", 0}}}}}, 400,
        "WKS.00010003", "data_volumes[0].size");
    row("unknown AZ", {{"availability_zone", "cn-north-4z"}}, 400, "WKS.00010006",
        "availability_zone");
    row("sold out in AZ",
        {{"product_id", "workspace.g6.2xlarge.4.windows"}, {"availability_zone", "cn-north-4c"}},
        400, "WKS.00010007", "availability_zone");
    row("unknown subnet", {{"nics", QJsonArray{QJsonObject{{"subnet_id", "nope"}}}}}, 400,
        "WKS.00010006", "nics[0].subnet_id");
    row("subnet outside the Workspace VPC",
        {{"nics", QJsonArray{QJsonObject{{"subnet_id", "c4f1a7e2-8b3d-4c6e-a5f9-0b1c2d3e4f50"}}}}},
        400, "WKS.00010007", "nics[0].subnet_id");
    row("6 nics",
        {{"nics", repeated(QJsonObject{{"subnet_id", "5dee0216-2260-47c2-9368-98a27d910e55"}}, 6)}},
        400, "WKS.00010003", "nics");
    row("unknown security group", {{"security_groups", QJsonArray{QJsonObject{{"id", "nope"}}}}},
        400, "WKS.00010006", "security_groups[0].id");
    row("desktops and size", {{"size", 1}}, 400, "WKS.00010004", "size");
    row("neither desktops nor size", {{"desktops", remove}}, 400, "WKS.00010001", "desktops");
    row("empty desktops", {{"desktops", QJsonArray()}}, 400, "WKS.00010003", "desktops");
    row("user_name missing", {{"desktops/1/user_name", remove}}, 400, "WKS.00010001",
        "desktops[1].user_name");
    row("user_name starts with digit (LITE_AS)", {{"desktops/1/user_name", "1abc"}}, 400,
        "WKS.00010002", "desktops[1].user_name");
    row("user_name 21 chars", {{"desktops/0/user_name", "abcdefghijklmnopqrstu"}}, 400,
        "WKS.00010002", "desktops[0].user_name");
    row("user_name with dot", {{"desktops/0/user_name", "zhang.wei"}}, 400, "WKS.00010002",
        "desktops[0].user_name");
    row("bad email", {{"desktops/1/user_email", "not-an-email"}}, 400, "WKS.00010002",
        "desktops[1].user_email");
    row("Linux group on Windows", {{"desktops/0/user_group", "sudo"}}, 400, "WKS.00010002",
        "desktops[0].user_group");
    row("computer_name starts with -", {{"desktops/0/computer_name", "-PC"}}, 400, "WKS.00010002",
        "desktops[0].computer_name");
    row("computer_name ends with -", {{"desktops/0/computer_name", "PC-"}}, 400, "WKS.00010002",
        "desktops[0].computer_name");
    row("computer_name 16 chars", {{"desktops/0/computer_name", "ABCDEFGHIJKLMNOP"}}, 400,
        "WKS.00010002", "desktops[0].computer_name");
    row("computer_name underscore", {{"desktops/0/computer_name", "PC_01"}}, 400, "WKS.00010002",
        "desktops[0].computer_name");
    row("computer_name chinese counts 2",
        {{"desktops/0/computer_name", QString::fromUtf8("财务部门电脑一二")}}, 400, "WKS.00010002",
        "desktops[0].computer_name");
    row("computer_name twice in batch", {{"desktops/1/computer_name", "qa-pc-01"}}, 400,
        "WKS.00010005", "desktops[1].computer_name");
    row("computer_name taken in tenant", {{"desktops/0/computer_name", "wks-fin-001"}}, 400,
        "WKS.00010005", "desktops[0].computer_name");
    row("size 0", {{"desktops", remove}, {"size", 0}}, 400, "WKS.00010003", "size");
    row("size over cap", {{"desktops", remove}, {"size", 51}}, 400, "WKS.00010009", "size");
    row("51 desktops", {{"desktops", desktopItems(51)}}, 400, "WKS.00010009", "desktops");
    row("desktop_name prefix too long",
        {{"desktops", remove}, {"size", 2}, {"desktop_name", "ABCDEFGHIJKLMN"}}, 400,
        "WKS.00010002", "desktop_name");
    row("desktop_name taken", {{"desktops", remove}, {"size", 1}, {"desktop_name", "WKS-POOL-01"}},
        400, "WKS.00010005", "desktop_name");
    row("tag key _sys_", {{"tags", QJsonArray{QJsonObject{{"key", "_sys_x"}, {"value", "v"}}}}},
        400, "WKS.00010002", "tags[0].key");
    row("21 tags", {{"tags", repeated(QJsonObject{{"key", "k"}}, 21)}}, 400, "WKS.00010003",
        "tags");
    row("bad eip charge_mode", {{"eip", QJsonObject{{"charge_mode", "FREE"}}}}, 400, "WKS.00010002",
        "eip.charge_mode");
    row("eip bandwidth 0", {{"eip", QJsonObject{{"bandwidth_size", 0}}}}, 400, "WKS.00010003",
        "eip.bandwidth_size");
    row("bad enterprise project", {{"enterprise_project_id", "a b"}}, 400, "WKS.00010002",
        "enterprise_project_id");
    row("other vpc_id", {{"vpc_id", "9e0d1c2b-3a49-4f58-8e67-7d6c5b4a3f21"}}, 400, "WKS.00010007",
        "vpc_id");
    row("email_notification as string", {{"email_notification", "yes"}}, 400, "WKS.00010002",
        "email_notification");
    // The rules written twice (models/rules and emulator/namerules), each row citing its source.
    // S000 desktop_name names the desktops: computer_name's characters.
    row("desktop_name lab_1 (S000 computer_name chars)",
        {{"desktops", remove}, {"size", 1}, {"desktop_name", "lab_1"}}, 400, "WKS.00010002",
        "desktop_name");
    row("desktop_name_prefix 6 (no source caps it at 5)",
        {{"desktops/1/desktop_name_prefix", "abcdef"}}, 200, "", "");
    row("desktop_name_prefix 14 (desktop_name's prefix limit 13)",
        {{"desktops/1/desktop_name_prefix", "abcdefghijklmn"}}, 400, "WKS.00010002",
        "desktops[1].desktop_name_prefix");
    // S000 Table 8 allow-list joined with the model's, minus S000's =*<>,|/.
    row("tag key with # (in neither allow-list)",
        {{"tags", QJsonArray{QJsonObject{{"key", "a#b"}}}}}, 400, "WKS.00010002", "tags[0].key");
    row("tag value with ~ (in neither allow-list)",
        {{"tags", QJsonArray{QJsonObject{{"key", "k"}, {"value", "a~b"}}}}}, 400, "WKS.00010002",
        "tags[0].value");
    row("tag key _SYS_ (model: _sys_ as written)",
        {{"tags", QJsonArray{QJsonObject{{"key", "_SYS_x"}}}}}, 200, "", "");
    row("tag key 128 astral characters (S000: 128 Unicode characters)",
        {{"tags", QJsonArray{QJsonObject{{"key", QString::fromUtf8("𠀀").repeated(128)}}}}}, 200,
        "", "");
    // The model defines iops/throughput on every Volume; OAS bounds them.
    row("iops on SAS (model: any Volume)", {{"root_volume/iops", 3000}}, 200, "", "");
    row("iops 20000 on GPSSD2 (OAS bound, not 12800)",
        {{"root_volume/type", "GPSSD2"}, {"root_volume/iops", 20000}}, 200, "", "");
    row("iops above the OAS bound", {{"root_volume/iops", 16380001}}, 400, "WKS.00010003",
        "root_volume.iops");
    // One e-mail definition (docs/RULES.md): RFC 5322 dot-atom.
    row("email with apostrophe (RFC 5322 atext)",
        {{"desktops/1/user_email", "o'brien@example.com"}}, 200, "", "");
    // S000 gives user_phone no format; workspace-api.md §5 gives 20 characters.
    row("phone with dashes (S000: no format)", {{"desktops/1/user_phone", "138-0000-0000"}}, 200,
        "", "");
    row("phone 21 characters", {{"desktops/1/user_phone", "123456789012345678901"}}, 400,
        "WKS.00010003", "desktops[1].user_phone");
    // S000 Table 9: all optional, id preferentially bound.
    row("eip id with new-EIP fields (S000: id preferentially bound)",
        {{"eip", QJsonObject{{"id", "eip-1"}, {"type", "5_bgp"}}}}, 200, "", "");
}

void tst_EmulatorValidation::createDesktop()
{
    QFETCH(QJsonObject, patch);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const int before = m_client->get(p(QStringLiteral("/desktops")))
                               .json()
                               .value(QStringLiteral("total_count"))
                               .toInt();
    const TestReply reply
            = m_client->post(p(QStringLiteral("/desktops")), applyPatch(validCreate(), patch));
    QVERIFY2(reply.status == status, qPrintable(QString::fromUtf8(reply.body)));
    const int after = m_client->get(p(QStringLiteral("/desktops")))
                              .json()
                              .value(QStringLiteral("total_count"))
                              .toInt();
    if (status == 200) {
        QVERIFY(!reply.json().value(QStringLiteral("job_id")).toString().isEmpty());
        QVERIFY(after > before);
        return;
    }
    // A rejected request changes nothing.
    QCOMPARE(after, before);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.errorMessage()));
    QVERIFY(!reply.json().contains(
            QStringLiteral("request_id"))); // service errors carry no request_id
}

void tst_EmulatorValidation::createRawBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("  \n");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("not JSON") << QByteArray("desktop_type=DEDICATED");
    QTest::newRow("empty object") << QByteArray("{}");
}

void tst_EmulatorValidation::createRawBodies()
{
    QFETCH(QByteArray, body);
    const TestReply reply = m_client->send("POST", p(QStringLiteral("/desktops")), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.0001"));
}

void tst_EmulatorValidation::createUsesTenantWideNames()
{
    // A name created by one request is taken for the next one, case-insensitively.
    QCOMPARE(m_client->post(p(QStringLiteral("/desktops")), validCreate()).status, 200);
    const TestReply again = m_client->post(
            p(QStringLiteral("/desktops")),
            applyPatch(validCreate(),
                       {{QStringLiteral("desktops/0/computer_name"), QStringLiteral("qa-PC-01")}}));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("WKS.00010005"));
    // Generated names never collide.
    QCOMPARE(m_client->post(p(QStringLiteral("/desktops")),
                            applyPatch(validCreate(), {{QStringLiteral("desktops/0/computer_name"),
                                                        QJsonValue::Null}}))
                     .status,
             200);
    QCOMPARE(m_client->post(p(QStringLiteral("/desktops")),
                            applyPatch(validCreate(), {{QStringLiteral("desktops/0/computer_name"),
                                                        QJsonValue::Null}}))
                     .status,
             200);
    const QJsonObject names
            = m_client->get(QStringLiteral("/_emulator/state"), EmulatorTestClient::Auth::None)
                      .json()
                      .value(QStringLiteral("computer_names"))
                      .toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
    QCOMPARE(names.size(), 5 + 6);
}

void tst_EmulatorValidation::quotaExceeded()
{
    configure(QJsonObject{{QStringLiteral("desktop_quota"), 6}});
    const TestReply reply = m_client->post(p(QStringLiteral("/desktops")), validCreate());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010008"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("general_instances")));
    configure(QJsonObject{{QStringLiteral("desktop_quota"), 7}});
    QCOMPARE(m_client->post(p(QStringLiteral("/desktops")), validCreate()).status, 200);
}

void tst_EmulatorValidation::createCap()
{
    configure(QJsonObject{{QStringLiteral("create_cap"), 3}});
    TestReply reply = m_client->post(
            p(QStringLiteral("/desktops")),
            applyPatch(validCreate(), {{QStringLiteral("desktops"), desktopItems(4)}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010009"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("at most 3")));
    reply = m_client->post(
            p(QStringLiteral("/desktops")),
            applyPatch(validCreate(), {{QStringLiteral("desktops"), desktopItems(3)}}));
    QCOMPARE(reply.status, 200);
    // The documented service limit stays 100 even with a larger cap.
    configure(QJsonObject{{QStringLiteral("create_cap"), 200}});
    reply = m_client->post(
            p(QStringLiteral("/desktops")),
            applyPatch(validCreate(), {{QStringLiteral("desktops"), desktopItems(101)}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010003"));
}

void tst_EmulatorValidation::attach_data()
{
    addPatchColumns();
    const auto row = addPatchRow;
    const QJsonValue remove = QJsonValue::Null;
    row("valid", {}, 200, "", "");
    row("rename with underscore", {{"desktops/0/computer_name", "QA_PC_07"}}, 200, "", "");
    row("is_clear_data as documented string", {{"desktops/0/is_clear_data", "true"}}, 200, "", "");
    row("new directory user", {{"desktops/0/user_name", "brand_new"}}, 200, "", "");
    row("desktops missing (empty body)", {{"desktops", remove}}, 400, "WKS.0001", "empty");
    row("desktops empty", {{"desktops", QJsonArray()}}, 400, "WKS.00010003", "desktops");
    row("51 desktops", {{"desktops", repeated(QJsonObject{{"desktop_id", "x"}}, 51)}}, 400,
        "WKS.00010003", "desktops");
    row("unknown desktop", {{"desktops/0/desktop_id", "nope"}}, 404, "WKS.00010010",
        "desktops[0].desktop_id");
    row("user_name missing", {{"desktops/0/user_name", remove}}, 400, "WKS.00010001",
        "desktops[0].user_name");
    row("user_group missing", {{"desktops/0/user_group", remove}}, 400, "WKS.00010001",
        "desktops[0].user_group");
    row("Linux group on Windows", {{"desktops/0/user_group", "sudo"}}, 400, "WKS.00010002",
        "desktops[0].user_group");
    row("user_name with space", {{"desktops/0/user_name", "chen jing"}}, 400, "WKS.00010002",
        "desktops[0].user_name");
    row("bad email", {{"desktops/0/user_email", "x@"}}, 400, "WKS.00010002",
        "desktops[0].user_email");
    row("computer_name starts with digit", {{"desktops/0/computer_name", "1PC"}}, 400,
        "WKS.00010002", "desktops[0].computer_name");
    row("computer_name chinese", {{"desktops/0/computer_name", QString::fromUtf8("财务-PC01")}},
        400, "WKS.00010002", "desktops[0].computer_name");
    row("computer_name taken", {{"desktops/0/computer_name", "WKS-FIN-002"}}, 400, "WKS.00010005",
        "desktops[0].computer_name");
    row("user equals computer name", {{"desktops/0/user_name", "wks-pool-01"}}, 400, "WKS.00010002",
        "desktops[0].user_name");
    row("attach_user_infos on a dedicated desktop",
        {{"desktops/0/attach_user_infos",
          QJsonArray{QJsonObject{
                  {"user_name", "chenjing"}, {"user_group", "users"}, {"type", "USER"}}}}},
        400, "WKS.00010002", "desktops[0].attach_user_infos");
    row("is_clear_data nonsense", {{"desktops/0/is_clear_data", "maybe"}}, 400, "WKS.00010002",
        "desktops[0].is_clear_data");
    row("unknown image", {{"image_id", "nope"}}, 400, "WKS.00010006", "image_id");
    row("encrypted without kms", {{"encrypt_type", "ENCRYPTED"}}, 400, "WKS.00010001", "kms_id");
}

void tst_EmulatorValidation::attach()
{
    QFETCH(QJsonObject, patch);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QJsonObject valid{
            {QStringLiteral("desktops"),
             QJsonArray{QJsonObject{
                     {QStringLiteral("desktop_id"), desktopId(QStringLiteral("WKS-POOL-01"))},
                     {QStringLiteral("user_name"), QStringLiteral("chenjing")},
                     {QStringLiteral("user_group"), QStringLiteral("users")},
                     {QStringLiteral("user_email"), QStringLiteral("chen.jing@example.com")}}}}};
    const TestReply reply
            = m_client->post(p(QStringLiteral("/desktops/attach")), applyPatch(valid, patch));
    QVERIFY2(reply.status == status, qPrintable(QString::fromUtf8(reply.body)));
    const QJsonObject answer = reply.json();
    if (status == 200) {
        QVERIFY(!answer.value(QStringLiteral("job_id")).toString().isEmpty());
        // Seed 004 响应示例 (200): job_id, get_job_endpoint and the three provisioning times.
        QVERIFY(answer.value(QStringLiteral("get_job_endpoint")).isString());
        for (const char *field :
             {"max_provision_time", "min_provision_time", "periodic_query_time"})
            QVERIFY2(answer.value(QLatin1String(field)).isDouble(), field);
        return;
    }
    // Seed 004 表7-表12: every error body documents encoded_authorization_message.
    QVERIFY(answer.value(QStringLiteral("encoded_authorization_message")).isString());
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.errorMessage()));
    // A rejected attach leaves the desktop as it was.
    const QJsonObject desktop = m_client->get(p(QStringLiteral("/desktops/"))
                                              + desktopId(QStringLiteral("WKS-POOL-01")))
                                        .json()
                                        .value(QStringLiteral("desktop"))
                                        .toObject();
    QCOMPARE(desktop.value(QStringLiteral("attach_state")).toString(), QStringLiteral("UNATTACH"));
}

void tst_EmulatorValidation::attachConflicts()
{
    // Attached already: 409 with the documented message shape.
    const QString attached = desktopId(QStringLiteral("WKS-FIN-001"));
    TestReply reply = m_client->post(
            p(QStringLiteral("/desktops/attach")),
            QJsonObject{{QStringLiteral("desktops"),
                         QJsonArray{QJsonObject{
                                 {QStringLiteral("desktop_id"), attached},
                                 {QStringLiteral("user_name"), QStringLiteral("chenjing")},
                                 {QStringLiteral("user_group"), QStringLiteral("users")}}}}});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010032"));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("[ATTACHED]"))
                     && reply.errorMessage().contains(attached)
                     && reply.errorMessage().contains(QLatin1String("deny operation [attach]")),
             qPrintable(reply.errorMessage()));

    // Busy: an attach in progress (slow time scale) makes the second attach conflict.
    configure(QJsonObject{{QStringLiteral("time_scale"), 1000}});
    const QString free = desktopId(QStringLiteral("WKS-POOL-01"));
    const QJsonObject body{
            {QStringLiteral("desktops"),
             QJsonArray{QJsonObject{{QStringLiteral("desktop_id"), free},
                                    {QStringLiteral("user_name"), QStringLiteral("chenjing")},
                                    {QStringLiteral("user_group"), QStringLiteral("users")}}}}};
    QCOMPARE(m_client->post(p(QStringLiteral("/desktops/attach")), body).status, 200);
    reply = m_client->post(p(QStringLiteral("/desktops/attach")), body);
    QCOMPARE(reply.status, 409);
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("[attaching]")),
             qPrintable(reply.errorMessage()));
    // Deleting a busy desktop is refused too, unless forced.
    QCOMPARE(m_client->send("DELETE", p(QStringLiteral("/desktops/")) + free).status, 409);
    QCOMPARE(m_client->send("DELETE", p(QStringLiteral("/desktops/")) + free
                                              + QStringLiteral("?is_force_delete=true"))
                     .status,
             204);
}

void tst_EmulatorValidation::createUser_data()
{
    addPatchColumns();
    const auto row = addPatchRow;
    const QJsonValue remove = QJsonValue::Null;
    row("valid", {}, 201, "", "");
    row("phone only", {{"user_email", remove}, {"user_phone", "13900139000"}}, 201, "", "");
    row("admin activated", {{"active_type", "ADMIN_ACTIVATE"}, {"password", "Str0ng#Pass"}}, 201,
        "", "");
    row("missing user_name", {{"user_name", remove}}, 400, "WKS.00010001", "user_name");
    row("user_name with space", {{"user_name", "john doe"}}, 400, "WKS.00010002", "user_name");
    row("user_name ends with dot", {{"user_name", "john."}}, 400, "WKS.00010002", "user_name");
    row("user_name 33 chars", {{"user_name", QString(33, QLatin1Char('a'))}}, 400, "WKS.00010003",
        "user_name");
    row("no email nor phone", {{"user_email", remove}}, 400, "WKS.00010001",
        "user_email or user_phone");
    row("email 65 chars",
        {{"user_email", QString(QString(53, QLatin1Char('a')) + QStringLiteral("@example.com"))}},
        400, "WKS.00010003", "user_email");
    row("admin without password", {{"active_type", "ADMIN_ACTIVATE"}}, 400, "WKS.00010001",
        "password");
    row("short password", {{"password", "short"}}, 400, "WKS.00010003", "password");
    row("bad active_type", {{"active_type", "SELF"}}, 400, "WKS.00010002", "active_type");
    row("bad account_expires", {{"account_expires", "tomorrow"}}, 400, "WKS.00010002",
        "account_expires");
    row("6 groups", {{"group_ids", repeated(QStringLiteral("g"), 6)}}, 400, "WKS.00010003",
        "group_ids");
    row("description 256", {{"description", QString(256, QLatin1Char('d'))}}, 400, "WKS.00010003",
        "description");
    row("duplicate of a seed user", {{"user_name", "ZhangWei"}}, 409, "WKS.00170110", "zhangwei");
}

void tst_EmulatorValidation::createUser()
{
    QFETCH(QJsonObject, patch);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QJsonObject valid{{QStringLiteral("user_name"), QStringLiteral("qa.tester")},
                            {QStringLiteral("user_email"), QStringLiteral("qa.tester@example.com")},
                            {QStringLiteral("account_expires"), QStringLiteral("0")}};
    const TestReply reply = m_client->post(p(QStringLiteral("/users")), applyPatch(valid, patch));
    QVERIFY2(reply.status == status, qPrintable(QString::fromUtf8(reply.body)));
    if (status == 201)
        return;
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.errorMessage()));
}

void tst_EmulatorValidation::localAdUserNames()
{
    // LOCAL_AD allows a leading digit and, on Linux, 32 characters; LITE_AS does not.
    Emulator ad(localAdOptions());
    QVERIFY(ad.start());
    EmulatorTestClient client(ad.baseUrl(), ad.projectId());
    QJsonObject body = applyPatch(
            validCreate(), {{QStringLiteral("desktops/1/user_name"), QStringLiteral("1abc")}});
    QCOMPARE(client.post(client.projectPath(QStringLiteral("/desktops")), body).status, 200);
    body = applyPatch(
            validCreate(),
            {{QStringLiteral("product_id"), QStringLiteral("workspace.x86.general.large2.linux")},
             {QStringLiteral("image_id"), QStringLiteral("1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b")},
             {QStringLiteral("desktops/0/user_group"), QStringLiteral("sudo")},
             {QStringLiteral("desktops/0/computer_name"), QStringLiteral("QA-LX-01")},
             {QStringLiteral("desktops/1/user_name"), QString(20, QLatin1Char('u'))}});
    QCOMPARE(client.post(client.projectPath(QStringLiteral("/desktops")), body).status, 200);
    // Seed 000 Table 7: "When the domain type is LOCAL_AD, the value contains 1 to 20
    // characters" - on Linux too (the seed wins over the model's 32).
    body.insert(
            QStringLiteral("desktops"),
            QJsonArray{QJsonObject{{QStringLiteral("user_name"), QString(21, QLatin1Char('u'))}}});
    QCOMPARE(client.post(client.projectPath(QStringLiteral("/desktops")), body).status, 400);
    QCOMPARE(client.domainType(), QStringLiteral("LOCAL_AD"));
}

void tst_EmulatorValidation::attachUserInfos()
{
    // A SHARED Linux desktop in a LOCAL_AD tenant, to which attach_user_infos apply.
    Emulator ad(localAdOptions());
    QVERIFY(ad.start());
    EmulatorTestClient client(ad.baseUrl(), ad.projectId());
    QJsonObject create = applyPatch(
            validCreate(),
            {{QStringLiteral("desktop_type"), QStringLiteral("SHARED")},
             {QStringLiteral("product_id"), QStringLiteral("workspace.x86.general.large2.linux")},
             {QStringLiteral("image_id"), QStringLiteral("1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b")},
             {QStringLiteral("desktops"), QJsonValue::Null},
             {QStringLiteral("size"), 1},
             {QStringLiteral("desktop_name"), QStringLiteral("SHARED-LX-1")}});
    QCOMPARE(client.post(client.projectPath(QStringLiteral("/desktops")), create).status, 200);
    const QString desktop = client.desktopId(QStringLiteral("SHARED-LX-1"));
    QVERIFY(!desktop.isEmpty());
    const auto attach = [&](const QJsonArray &infos) {
        return client.post(client.projectPath(QStringLiteral("/desktops/attach")),
                           QJsonObject{{QStringLiteral("desktops"),
                                        QJsonArray{QJsonObject{
                                                {QStringLiteral("desktop_id"), desktop},
                                                {QStringLiteral("attach_user_infos"), infos}}}}});
    };
    const auto user = [](const QString &name) {
        return QJsonObject{{QStringLiteral("user_name"), name},
                           {QStringLiteral("user_group"), QStringLiteral("sudo")},
                           {QStringLiteral("type"), QStringLiteral("USER")}};
    };
    const auto group = [](const QString &name, const QString &id) {
        QJsonObject o{{QStringLiteral("user_name"), name},
                      {QStringLiteral("user_group"), QStringLiteral("default")},
                      {QStringLiteral("type"), QStringLiteral("GROUP")}};
        if (!id.isEmpty())
            o.insert(QStringLiteral("user_id"), id);
        return o;
    };

    // Seed 004 表5: "当域类型为LOCAL_AD时 ... 长度范围为[1-64] ... Linux桌面用户最长支持64个字符".
    // A 40-character name passes the length rule (and is then looked up: it does not exist).
    TestReply reply = attach({user(QString(40, QLatin1Char('u')))});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010006"));
    reply = attach({user(QString(65, QLatin1Char('u')))});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010002"));
    QVERIFY(reply.errorMessage().contains(QStringLiteral("64")));

    // Seed 004 表5 GROUP: "只能为中文、字母、数字及特殊符号-_", and the service checks the group
    // id.
    reply = attach({group(QStringLiteral("dev.ops"), QStringLiteral("g-1"))});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010002"));
    QVERIFY(reply.errorMessage().contains(QStringLiteral("attach_user_infos[0].user_name")));
    reply = attach({group(QStringLiteral("研发_dev-1"), QString())});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010001"));
    QVERIFY(reply.errorMessage().contains(QStringLiteral("attach_user_infos[0].user_id")));

    // "用户名不能与机器名重复": every USER entry is compared, not only the first (a group here).
    const QJsonObject created
            = client.post(client.projectPath(QStringLiteral("/users")),
                          QJsonObject{
                                  {QStringLiteral("user_name"), QStringLiteral("shared-lx-1")},
                                  {QStringLiteral("user_email"), QStringLiteral("s@example.com")}})
                      .json();
    QVERIFY(!created.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(client.post(client.projectPath(QStringLiteral("/groups")),
                         QJsonObject{{QStringLiteral("group_name"), QStringLiteral("研发")},
                                     {QStringLiteral("platform_type"), QStringLiteral("LOCAL")}})
                     .status,
             200);
    const QString groupId = client.get(client.projectPath(QStringLiteral("/groups")))
                                    .json()
                                    .value(QStringLiteral("user_groups"))
                                    .toArray()
                                    .last()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
    reply = attach({group(QStringLiteral("研发"), groupId), user(QStringLiteral("shared-lx-1"))});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010002"));
    QVERIFY2(reply.errorMessage().contains(QStringLiteral("computer name")),
             qPrintable(reply.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_EmulatorValidation)
#include "tst_emulatorvalidation.moc"
