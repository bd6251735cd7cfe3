// CreateRules: every rule of CreateDesktop with accepted and rejected cases, each rejection
// asserting its code and path; messages name the limit; the batch/single-request split.

#include "rulestestsupport.h"

#include "models/domain/volumeproduct.h"
#include "models/rules/createrules.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace wsc;
using namespace RulesTest;

namespace {

// A valid request every request-level row starts from; rows patch its top-level fields.
const char baseRequest[] = R"({
  "desktop_type": "DEDICATED",
  "product_id": "workspace.x86.ultimate.large2",
  "image_type": "private",
  "image_id": "img-1",
  "root_volume": {"type": "SAS", "size": 80},
  "desktops": [{"user_name": "alice", "computer_name": "pc-1"},
               {"user_name": "bob", "computer_name": "pc-2"}]
})";

/** baseRequest with the top-level fields of @p patch set, or removed where they are null. */
QJsonObject patchedBase(const QString &patch)
{
    QJsonObject body = parse(QString::fromUtf8(baseRequest));
    const QJsonObject changes = parse(patch);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    return body;
}

/**
 * patchedBase(@p patch) read into @p request as the console reads a request; what reading it
 * found, one line each (empty when it reads clean, as the rules' cases must).
 */
QString readPatched(const QString &patch, CreateDesktopRequest *request)
{
    Findings problems;
    *request = CreateDesktopRequest::fromJson(patchedBase(patch), &problems);
    return describe(problems);
}

/**
 * The findings of a row that expects at most one: none when @p code is empty, else exactly one,
 * of @p code. The caller looks further at that finding unless the test has failed.
 */
void compareSoleFinding(const Findings &out, const QString &code)
{
    if (code.isEmpty()) {
        QVERIFY2(out.isEmpty(), qPrintable(describe(out)));
        return;
    }
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().code, code);
}

/** ListVolumeProductInfo entries: "SAS", "GPSSD2+" (provisioned by IOPS), "SSD!" (sold out). */
QList<VolumeProduct> volumeProducts(const QStringList &specs)
{
    QList<VolumeProduct> list;
    for (QString spec : specs) {
        VolumeProduct p;
        if (spec.endsWith(QLatin1Char('+'))) {
            p.takesIops = p.takesThroughput = true;
            spec.chop(1);
        }
        p.status = QStringLiteral("normal");
        if (spec.endsWith(QLatin1Char('!'))) {
            p.status = QStringLiteral("sellout");
            spec.chop(1);
        }
        p.volumeType = spec;
        list.append(p);
    }
    return list;
}

/** The region the field rows check disks against: wsemu's seed (GPSSD2 provisioned). */
ValidationContext regionContext(ValidationContext c)
{
    c.setVolumeProducts(volumeProducts({QStringLiteral("SAS"), QStringLiteral("SSD"),
                                        QStringLiteral("GPSSD"), QStringLiteral("GPSSD2+")}));
    return c;
}

} // namespace

class tst_CreateRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldRules_data();
    void fieldRules();
    void requestRules_data();
    void requestRules();
    void messagesNameTheLimit();
    void batchVersusSingleRequest();
    void uniqueComputerNames();
    void takenComputerNames_data();
    void takenComputerNames();
    void volumeTypes_data();
    void volumeTypes();
    void modelOnlyFields_data();
    void modelOnlyFields();
    void weightedLength_data();
    void weightedLength();
    void contextParsing();
    void bulkItemsReportByRow();
};

void tst_CreateRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

// Field rules: check name, input, directory, OS, expected code ("" = accepted) and where the
// finding must be relative to the path "p" handed to the rule.
void tst_CreateRules::fieldRules_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    auto ok = [](const char *name, const char *check, const QString &input,
                 const char *domain = "LITE_AS", const char *os = "") {
        QTest::newRow(name) << QString::fromLatin1(check) << input << QString::fromLatin1(domain)
                            << QString::fromLatin1(os) << QString() << QString();
    };
    auto bad = [](const char *name, const char *check, const QString &input, const char *code,
                  const char *path = "p", const char *domain = "LITE_AS", const char *os = "") {
        QTest::newRow(name) << QString::fromLatin1(check) << input << QString::fromLatin1(domain)
                            << QString::fromLatin1(os) << QString::fromLatin1(code)
                            << QString::fromLatin1(path);
    };

    // user_name
    ok("user_name simple", "user_name", QStringLiteral("ljh-002"));
    ok("user_name underscore", "user_name", QStringLiteral("A_b-9"));
    ok("user_name LITE 20", "user_name", repeat(u'a', 20));
    ok("user_name LITE_AD spelling", "user_name", QStringLiteral("abc"), "LITE_AD");
    ok("user_name LOCAL_AD digit first", "user_name", QStringLiteral("9abc"), "LOCAL_AD");
    // S000 Table 7: "When the domain type is LOCAL_AD, the value contains 1 to 20 characters"
    // (the seed wins over the model's 32 for Linux), whatever the OS.
    ok("user_name LOCAL_AD 20 unknown OS", "user_name", repeat(u'a', 20), "LOCAL_AD");
    ok("user_name LOCAL_AD 20 Linux", "user_name", repeat(u'a', 20), "LOCAL_AD", "Linux");
    ok("user_name LOCAL_AD 20 Windows", "user_name", repeat(u'a', 20), "LOCAL_AD", "Windows");
    bad("user_name LOCAL_AD 21 unknown OS (S000 1 to 20)", "user_name", repeat(u'a', 21),
        "user_name.length", "p", "LOCAL_AD");
    bad("user_name LOCAL_AD 21 Linux (S000 1 to 20)", "user_name", repeat(u'a', 21),
        "user_name.length", "p", "LOCAL_AD", "Linux");
    bad("user_name empty", "user_name", QString(), "user_name.required");
    bad("user_name LITE 21", "user_name", repeat(u'a', 21), "user_name.length");
    bad("user_name LITE 21 Linux", "user_name", repeat(u'a', 21), "user_name.length", "p",
        "LITE_AS", "Linux");
    bad("user_name LITE digit first", "user_name", QStringLiteral("9abc"), "user_name.start");
    bad("user_name LOCAL_AD dash first", "user_name", QStringLiteral("-abc"), "user_name.start",
        "p", "LOCAL_AD");
    bad("user_name underscore first", "user_name", QStringLiteral("_abc"), "user_name.start");
    bad("user_name LOCAL_AD Windows 21", "user_name", repeat(u'a', 21), "user_name.length", "p",
        "LOCAL_AD", "Windows");
    bad("user_name space", "user_name", QStringLiteral("ab c"), "user_name.chars");
    bad("user_name dot", "user_name", QStringLiteral("a.b"), "user_name.chars");
    bad("user_name chinese", "user_name", QStringLiteral("张三"), "user_name.chars");
    bad("user_name at", "user_name", QStringLiteral("a@b"), "user_name.chars");

    // user_email
    ok("user_email plain", "user_email", QStringLiteral("aaaaa@huawei.com"));
    ok("user_email plus and subdomain", "user_email", QStringLiteral("a.b+c@mail.example.co"));
    // The one definition of docs/RULES.md (RFC 5322 dot-atom), the same in wsemu.
    ok("user_email apostrophe (RFC 5322 atext)", "user_email",
       QStringLiteral("o'brien@example.com"));
    ok("user_email hash and tilde", "user_email", QStringLiteral("a#b~c@example.com"));
    bad("user_email quote", "user_email", QStringLiteral("a\"b@example.com"), "user_email.format");
    bad("user_email numeric tld", "user_email", QStringLiteral("a@example.123"),
        "user_email.format");
    bad("user_email local 65 (RFC 5321)", "user_email",
        repeat(u'a', 65) + QStringLiteral("@example.com"), "user_email.format");
    ok("user_email empty is optional", "user_email", QString());
    bad("user_email no at", "user_email", QStringLiteral("alice.example.com"), "user_email.format");
    bad("user_email two ats", "user_email", QStringLiteral("a@b@example.com"), "user_email.format");
    bad("user_email no dot", "user_email", QStringLiteral("a@localhost"), "user_email.format");
    bad("user_email space", "user_email", QStringLiteral("a b@example.com"), "user_email.format");
    bad("user_email empty label", "user_email", QStringLiteral("a@example..com"),
        "user_email.format");
    bad("user_email short tld", "user_email", QStringLiteral("a@example.c"), "user_email.format");
    bad("user_email leading dot", "user_email", QStringLiteral(".a@example.com"),
        "user_email.format");
    bad("user_email no local", "user_email", QStringLiteral("@example.com"), "user_email.format");
    bad("user_email 256", "user_email",
        repeat(u'a', 64) + QLatin1Char('@') + repeat(u'b', 187) + QStringLiteral(".com"),
        "user_email.length");

    // user_phone: S000 "Mobile number of a valid user" (no format); R5: at most 20 characters.
    ok("user_phone digits", "user_phone", QStringLiteral("13800000000"));
    ok("user_phone plus", "user_phone", QStringLiteral("+8613800000000"));
    ok("user_phone 20", "user_phone", QStringLiteral("+") + repeat(u'1', 19));
    ok("user_phone dashes (S000 gives no format)", "user_phone", QStringLiteral("138-0000-0000"));
    ok("user_phone spaces and parentheses", "user_phone", QStringLiteral("+86 (10) 1234 5678"));
    bad("user_phone 21", "user_phone", repeat(u'1', 21), "user_phone.length");
    bad("user_phone only plus warns", "user_phone", QStringLiteral("+"), "user_phone.chars");
    bad("user_phone plus inside warns", "user_phone", QStringLiteral("86+138"), "user_phone.chars");
    bad("user_phone letters warn", "user_phone", QStringLiteral("call me"), "user_phone.chars");

    // user_group by OS
    ok("user_group admins Windows", "user_group", QStringLiteral("administrators"), "LITE_AS",
       "Windows");
    ok("user_group users Windows", "user_group", QStringLiteral("users"), "LITE_AS", "Windows");
    ok("user_group sudo Linux", "user_group", QStringLiteral("sudo"), "LITE_AS", "Linux");
    ok("user_group default Linux", "user_group", QStringLiteral("default"), "LITE_AS", "Linux");
    ok("user_group sudo unknown OS", "user_group", QStringLiteral("sudo"));
    ok("user_group users unknown OS", "user_group", QStringLiteral("users"));
    ok("user_group empty", "user_group", QString(), "LITE_AS", "Windows");
    bad("user_group sudo Windows", "user_group", QStringLiteral("sudo"), "user_group.enum", "p",
        "LITE_AS", "Windows");
    bad("user_group users Linux", "user_group", QStringLiteral("users"), "user_group.enum", "p",
        "LITE_AS", "Linux");
    bad("user_group other", "user_group", QStringLiteral("wheel"), "user_group.enum");
    bad("user_group case", "user_group", QStringLiteral("Administrators"), "user_group.enum");

    // computer_name on create
    ok("computer_name 15", "computer_name", repeat(u'a', 15));
    ok("computer_name digit first", "computer_name", QStringLiteral("1pc-A"));
    ok("computer_name chinese 7", "computer_name", QStringLiteral("研发部一号机a"));
    ok("computer_name empty keeps default", "computer_name", QString());
    bad("computer_name 16", "computer_name", repeat(u'a', 16), "computer_name.length");
    bad("computer_name chinese 8 counts 16", "computer_name", QStringLiteral("研发部一号机器人"),
        "computer_name.length");
    bad("computer_name dash first", "computer_name", QStringLiteral("-pc"), "computer_name.start");
    bad("computer_name dash last", "computer_name", QStringLiteral("pc-"), "computer_name.end");
    bad("computer_name underscore", "computer_name", QStringLiteral("pc_1"), "computer_name.chars");
    bad("computer_name dot", "computer_name", QStringLiteral("pc.1"), "computer_name.chars");

    // desktop_name_prefix: no source gives a length (the old cap of 5 is gone); the prefix
    // becomes the start of a computer name, so S000's computer_name characters and the model's
    // Chinese-counts-2 apply, with desktop_name's prefix limit of 13.
    ok("desktop_name_prefix 6", "desktop_name_prefix", QStringLiteral("abcdef"));
    ok("desktop_name_prefix 13", "desktop_name_prefix", repeat(u'p', 13));
    ok("desktop_name_prefix ends with dash", "desktop_name_prefix", QStringLiteral("lab-"));
    bad("desktop_name_prefix 14", "desktop_name_prefix", repeat(u'p', 14),
        "desktop_name_prefix.length");
    bad("desktop_name_prefix chinese 7 counts 14", "desktop_name_prefix",
        QStringLiteral("研发部一号机器"), "desktop_name_prefix.length");
    bad("desktop_name_prefix underscore", "desktop_name_prefix", QStringLiteral("lab_1"),
        "desktop_name_prefix.chars");
    bad("desktop_name_prefix dash first", "desktop_name_prefix", QStringLiteral("-lab"),
        "desktop_name_prefix.start");

    // desktops[] item: the item rules together, findings below the item path
    ok("item full", "item",
       R"({"user_name":"a","user_email":"a@b.cn","user_phone":"1","user_group":"users",
           "computer_name":"pc"})");
    bad("item bad email", "item", R"({"user_name":"a","user_email":"x"})", "user_email.format",
        "p.user_email");
    bad("item unusual phone", "item", R"({"user_name":"a","user_phone":"x"})", "user_phone.chars",
        "p.user_phone");
    bad("item missing name", "item", R"({"user_group":"users"})", "user_name.required",
        "p.user_name");
    bad("item bad group", "item", R"({"user_name":"a","user_group":"root"})", "user_group.enum",
        "p.user_group");
    bad("item bad computer name", "item", R"({"user_name":"a","computer_name":"a_b"})",
        "computer_name.chars", "p.computer_name");
    bad("item long prefix", "item", R"({"user_name":"a","desktop_name_prefix":"abcdefghijklmn"})",
        "desktop_name_prefix.length", "p.desktop_name_prefix");
    bad("item prefix with computer name", "item",
        R"({"user_name":"a","computer_name":"pc","desktop_name_prefix":"ab"})",
        "desktop_name_prefix.ignored", "p.desktop_name_prefix");

    // desktop_name with size (input "size:name")
    ok("desktop_name size 1 15", "desktop_name", QStringLiteral("1:") + repeat(u'n', 15));
    ok("desktop_name size 2 13", "desktop_name", QStringLiteral("2:") + repeat(u'n', 13));
    ok("desktop_name empty", "desktop_name", QStringLiteral("5:"));
    bad("desktop_name size 1 16", "desktop_name", QStringLiteral("1:") + repeat(u'n', 16),
        "desktop_name.length");
    bad("desktop_name size 2 14", "desktop_name", QStringLiteral("2:") + repeat(u'n', 14),
        "desktop_name.length");
    // S000 desktop_name names the desktops: computer_name's characters (the same in wsemu).
    bad("desktop_name underscore (lab_1)", "desktop_name", QStringLiteral("1:lab_1"),
        "desktop_name.chars");
    bad("desktop_name size 1 ends with dash", "desktop_name", QStringLiteral("1:lab-"),
        "desktop_name.end");
    ok("desktop_name size 3 prefix ends with dash", "desktop_name", QStringLiteral("3:lab-"));
    ok("desktop_name chinese 7 counts 14", "desktop_name", QStringLiteral("1:研发部一号机器"));
    bad("desktop_name chinese 8 counts 16", "desktop_name", QStringLiteral("1:研发部一号机器人"),
        "desktop_name.length");

    // enterprise_project_id
    ok("enterprise_project_id 0", "enterprise_project_id", QStringLiteral("0"));
    ok("enterprise_project_id uuid", "enterprise_project_id",
       QStringLiteral("8b2b0b8a-1234-4c1e-9d1e-abcdefabcdef"));
    bad("enterprise_project_id 37", "enterprise_project_id", repeat(u'a', 37),
        "enterprise_project_id.length");
    bad("enterprise_project_id slash", "enterprise_project_id", QStringLiteral("a/b"),
        "enterprise_project_id.pattern");

    // Volumes (input is the Volume JSON)
    ok("root SAS 80", "root_volume", R"({"type":"SAS","size":80})");
    ok("root SSD 32760", "root_volume", R"({"type":"SSD","size":32760})");
    ok("root GPSSD2 iops throughput", "root_volume",
       R"({"type":"GPSSD2","size":100,"iops":3000,"throughput":1000})");
    bad("root 70", "root_volume", R"({"type":"SAS","size":70})", "volume.size.range", "p.size");
    bad("root 32770", "root_volume", R"({"type":"SAS","size":32770})", "volume.size.range",
        "p.size");
    bad("root 85", "root_volume", R"({"type":"SAS","size":85})", "volume.size.step", "p.size");
    bad("root no type", "root_volume", R"({"size":80})", "volume.type.required", "p.type");
    bad("root type the region lacks", "root_volume", R"({"type":"HDD","size":80})",
        "volume.type.not_offered", "p.type");
    // The model defines iops/throughput on every Volume with no limit; OAS bounds (R5) are the
    // errors; other types and outside GPSSD2's TF range are warnings.
    ok("root GPSSD2 iops 12800", "root_volume", R"({"type":"GPSSD2","size":80,"iops":12800})");
    bad("root iops on SAS warns", "root_volume", R"({"type":"SAS","size":80,"iops":3000})",
        "volume.iops.unsupported", "p.iops");
    bad("root throughput on GPSSD warns", "root_volume",
        R"({"type":"GPSSD","size":80,"throughput":200})", "volume.throughput.unsupported",
        "p.throughput");
    bad("root iops 0", "root_volume", R"({"type":"GPSSD2","size":80,"iops":0})",
        "volume.iops.range", "p.iops");
    bad("root iops above OAS", "root_volume", R"({"type":"GPSSD2","size":80,"iops":16380001})",
        "volume.iops.range", "p.iops");
    bad("root iops above GPSSD2 range warns", "root_volume",
        R"({"type":"GPSSD2","size":80,"iops":12801})", "volume.iops.gpssd2_range", "p.iops");
    bad("root throughput 0", "root_volume", R"({"type":"GPSSD2","size":80,"throughput":0})",
        "volume.throughput.range", "p.throughput");
    bad("root throughput above GPSSD2 range warns", "root_volume",
        R"({"type":"GPSSD2","size":80,"throughput":1001})", "volume.throughput.gpssd2_range",
        "p.throughput");
    ok("root kms_id", "root_volume",
       R"({"type":"SAS","size":80,"kms_id":"0d0466b0-d1e4-4d0f-8a2b-2a3b5b6c7d8e"})");
    ok("data 10", "data_volume", R"({"type":"GPSSD","size":10})");
    bad("data 0", "data_volume", R"({"type":"SAS"})", "volume.size.range", "p.size");
    bad("data 15", "data_volume", R"({"type":"SAS","size":15})", "volume.size.step", "p.size");

    // Tags (input is the Tag JSON)
    ok("tag key value", "tag", R"({"key":"env","value":"prod"})");
    ok("tag key only", "tag", R"({"key":"env"})");
    ok("tag empty value", "tag", R"({"key":"env","value":""})");
    ok("tag chinese and punctuation", "tag", R"({"key":"部门 a_b.c:d+e-f@g","value":"研发"})");
    ok("tag key 128", "tag", QStringLiteral(R"({"key":"%1"})").arg(repeat(u'k', 128)));
    ok("tag value 43", "tag", QStringLiteral(R"({"key":"k","value":"%1"})").arg(repeat(u'v', 43)));
    bad("tag no key", "tag", R"({"value":"x"})", "tag.key.required", "p.key");
    bad("tag key 129", "tag", QStringLiteral(R"({"key":"%1"})").arg(repeat(u'k', 129)),
        "tag.key.length", "p.key");
    bad("tag value 44", "tag", QStringLiteral(R"({"key":"k","value":"%1"})").arg(repeat(u'v', 44)),
        "tag.value.length", "p.value");
    bad("tag key equals", "tag", R"({"key":"a=b"})", "tag.key.chars", "p.key");
    bad("tag key star", "tag", R"({"key":"a*"})", "tag.key.chars", "p.key");
    bad("tag key angle", "tag", R"({"key":"<a>"})", "tag.key.chars", "p.key");
    bad("tag key comma", "tag", R"({"key":"a,b"})", "tag.key.chars", "p.key");
    bad("tag key pipe", "tag", R"({"key":"a|b"})", "tag.key.chars", "p.key");
    bad("tag key slash", "tag", R"({"key":"a/b"})", "tag.key.chars", "p.key");
    bad("tag value slash", "tag", R"({"key":"k","value":"a/b"})", "tag.value.chars", "p.value");
    bad("tag key leading space", "tag", R"({"key":" a"})", "tag.key.space", "p.key");
    bad("tag value trailing space", "tag", R"({"key":"k","value":"v "})", "tag.value.space",
        "p.value");
    bad("tag key _sys_", "tag", R"({"key":"_sys_owner"})", "tag.key.reserved", "p.key");
    // The model: "不能以_sys_开头", as written (case-sensitive); the same in wsemu.
    ok("tag key _SYS_ (model: _sys_ as written)", "tag", R"({"key":"_SYS_owner"})");
    // Neither S000 nor the model allows these; S000 forbids '=' (the same in wsemu).
    bad("tag key hash", "tag", R"({"key":"a#b"})", "tag.key.chars", "p.key");
    bad("tag key bang", "tag", R"({"key":"a!"})", "tag.key.chars", "p.key");
    bad("tag value tilde", "tag", R"({"key":"k","value":"a~b"})", "tag.value.chars", "p.value");
    // "128 Unicode characters": a character outside the BMP counts once.
    ok("tag key 128 astral", "tag",
       QStringLiteral(R"({"key":"%1"})").arg(QStringLiteral("𠀀").repeated(128)));

    // EIP (input is the Eip JSON)
    ok("eip existing", "eip", R"({"id":"eip-1"})");
    ok("eip new", "eip", R"({"type":"5_bgp","charge_mode":"TRAFFIC","bandwidth_size":1})");
    ok("eip new 2000", "eip",
       R"({"type":"5_sbgp","charge_mode":"BANDWIDTH","bandwidth_size":2000})");
    // S000 Table 9: all four fields optional; "If this parameter [id] is specified, the EIP is
    // preferentially bound."
    bad("eip id with new fields warns", "eip", R"({"id":"eip-1","type":"5_bgp"})",
        "eip.id_preferred");
    bad("eip empty warns", "eip", R"({})", "eip.empty");
    ok("eip type only (S000: optional)", "eip", R"({"type":"5_bgp"})");
    ok("eip no bandwidth (S000: optional)", "eip", R"({"type":"5_bgp","charge_mode":"TRAFFIC"})");
    bad("eip bad type", "eip", R"({"type":"bgp","charge_mode":"TRAFFIC","bandwidth_size":5})",
        "eip.type.enum", "p.type");
    bad("eip bad mode", "eip", R"({"type":"5_bgp","charge_mode":"traffic","bandwidth_size":5})",
        "eip.charge_mode.enum", "p.charge_mode");
    bad("eip bandwidth 0", "eip", R"({"type":"5_bgp","charge_mode":"TRAFFIC","bandwidth_size":0})",
        "eip.bandwidth_size.range", "p.bandwidth_size");
    bad("eip bandwidth 2001", "eip",
        R"({"type":"5_bgp","charge_mode":"TRAFFIC","bandwidth_size":2001})",
        "eip.bandwidth_size.range", "p.bandwidth_size");
}

void tst_CreateRules::fieldRules()
{
    QFETCH(QString, check);
    QFETCH(QString, input);
    QFETCH(QString, domain);
    QFETCH(QString, os);
    QFETCH(QString, code);
    QFETCH(QString, path);

    const ValidationContext context = makeContext(domain, os);
    const QString p = QStringLiteral("p");
    Findings out;
    Findings readProblems;
    if (check == QLatin1String("user_name")) {
        CreateRules::checkUserName(input, p, context, out);
    } else if (check == QLatin1String("user_email")) {
        CreateRules::checkUserEmail(input, p, out);
    } else if (check == QLatin1String("user_phone")) {
        CreateRules::checkUserPhone(input, p, out);
    } else if (check == QLatin1String("user_group")) {
        CreateRules::checkUserGroup(input, p, context, out);
    } else if (check == QLatin1String("computer_name")) {
        CreateRules::checkComputerName(input, p, out);
    } else if (check == QLatin1String("desktop_name_prefix")) {
        CreateRules::checkDesktopNamePrefix(input, p, out);
    } else if (check == QLatin1String("item")) {
        CreateRules::checkDesktopItem(DesktopItem::fromJson(parse(input), p, &readProblems), p,
                                      context, out);
    } else if (check == QLatin1String("desktop_name")) {
        const int colon = input.indexOf(QLatin1Char(':'));
        CreateRules::checkDesktopName(input.mid(colon + 1), input.left(colon).toInt(), p, out);
    } else if (check == QLatin1String("enterprise_project_id")) {
        CreateRules::checkEnterpriseProjectId(input, p, out);
    } else if (check == QLatin1String("root_volume")) {
        CreateRules::checkRootVolume(Volume::fromJson(parse(input), p, &readProblems), p,
                                     regionContext(context), out);
    } else if (check == QLatin1String("data_volume")) {
        CreateRules::checkDataVolume(Volume::fromJson(parse(input), p, &readProblems), p,
                                     regionContext(context), out);
    } else if (check == QLatin1String("tag")) {
        CreateRules::checkTag(Tag::fromJson(parse(input), p, &readProblems), p, out);
    } else if (check == QLatin1String("eip")) {
        CreateRules::checkEip(Eip::fromJson(parse(input), p, &readProblems), p, out);
    } else {
        QFAIL("unknown check in test data");
    }
    QVERIFY2(readProblems.isEmpty(), qPrintable(describe(readProblems)));

    if (code.isEmpty()) {
        QVERIFY2(out.isEmpty(), qPrintable(describe(out)));
        return;
    }
    bool found = false;
    for (const Finding &f : out) {
        if (f.code == code) {
            found = true;
            QCOMPARE(f.path, path);
            QVERIFY(!f.message.isEmpty());
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1, got:\n%2").arg(code, describe(out))));
}

// Request-level rows: a patch of top-level fields (null removes one), the scope, the context,
// the expected code ("" = no finding at all), its path and whether it is an error.
void tst_CreateRules::requestRules_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<bool>("single");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isError");

    auto row = [](const char *name, const QString &patch, const char *code = "",
                  const char *path = "", bool isError = true, bool single = false, int cap = 50) {
        QTest::newRow(name) << patch << single << cap << QString::fromLatin1(code)
                            << QString::fromLatin1(path) << isError;
    };
    const auto desktops = [](int n) {
        QStringList items;
        for (int i = 0; i < n; ++i)
            items << QStringLiteral(R"({"user_name":"u%1"})").arg(i);
        return QStringLiteral(R"({"desktops":[%1]})").arg(items.join(QLatin1Char(',')));
    };

    row("base is valid", QStringLiteral("{}"));
    row("SHARED", R"({"desktop_type":"SHARED"})");
    row("no desktop_type", R"({"desktop_type":null})", "desktop_type.required", "desktop_type");
    row("bad desktop_type", R"({"desktop_type":"dedicated"})", "desktop_type.enum", "desktop_type");
    row("no product_id", R"({"product_id":null})", "product_id.required", "product_id");
    row("product_id 256", QStringLiteral(R"({"product_id":"%1"})").arg(repeat(u'p', 256)),
        "product_id.length", "product_id");
    row("no image_type", R"({"image_type":null})", "image_type.required", "image_type");
    row("image_type gold", R"({"image_type":"gold"})");
    row("image_type market", R"({"image_type":"market"})");
    row("bad image_type", R"({"image_type":"public"})", "image_type.enum", "image_type");
    row("no image_id", R"({"image_id":null})", "image_id.required", "image_id");
    row("image_id 256", QStringLiteral(R"({"image_id":"%1"})").arg(repeat(u'i', 256)),
        "image_id.length", "image_id");
    row("no root_volume", R"({"root_volume":null})", "root_volume.required", "root_volume");
    row("root_volume size", R"({"root_volume":{"type":"SAS","size":40}})", "volume.size.range",
        "root_volume.size");
    row("10 data volumes",
        QStringLiteral(R"({"data_volumes":[%1]})")
                .arg(QStringList(10, QStringLiteral(R"({"type":"SAS","size":10})"))
                             .join(QLatin1Char(','))));
    row("11 data volumes",
        QStringLiteral(R"({"data_volumes":[%1]})")
                .arg(QStringList(11, QStringLiteral(R"({"type":"SAS","size":10})"))
                             .join(QLatin1Char(','))),
        "data_volumes.too_many", "data_volumes");
    row("data_volumes[1] size",
        R"({"data_volumes":[{"type":"SAS","size":10},{"type":"SAS","size":5}]})",
        "volume.size.range", "data_volumes[1].size");
    row("availability_zone 255",
        QStringLiteral(R"({"availability_zone":"%1"})").arg(repeat(u'z', 255)));
    row("availability_zone 256",
        QStringLiteral(R"({"availability_zone":"%1"})").arg(repeat(u'z', 256)),
        "availability_zone.length", "availability_zone");
    row("5 nics",
        R"({"nics":[{"subnet_id":"a"},{"subnet_id":"b"},{"subnet_id":"c"},{"subnet_id":"d"},{"subnet_id":"e"}]})");
    row("6 nics",
        R"({"nics":[{"subnet_id":"a"},{"subnet_id":"b"},{"subnet_id":"c"},{"subnet_id":"d"},{"subnet_id":"e"},{"subnet_id":"f"}]})",
        "nics.too_many", "nics");
    row("nic duplicate subnet", R"({"nics":[{"subnet_id":"a"},{"subnet_id":"a"}]})",
        "nics.duplicate", "nics[1].subnet_id");
    row("nic without subnet", R"({"nics":[{"subnet_id":"a"},{}]})", "nics.subnet_id.required",
        "nics[1].subnet_id");
    row("5 security groups",
        R"({"security_groups":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"}]})");
    row("6 security groups",
        R"({"security_groups":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"},{"id":"f"}]})",
        "security_groups.too_many", "security_groups");
    row("security group duplicate", R"({"security_groups":[{"id":"a"},{"id":"b"},{"id":"a"}]})",
        "security_groups.duplicate", "security_groups[2].id");
    row("security group without id", R"({"security_groups":[{}]})", "security_groups.id.required",
        "security_groups[0].id");
    row("size instead of desktops", R"({"desktops":null,"size":3,"desktop_name":"lab"})");
    row("neither desktops nor size", R"({"desktops":null})", "desktops.required", "desktops");
    row("empty desktops", R"({"desktops":[]})", "desktops.required", "desktops");
    row("desktops and size", R"({"size":2})", "desktops.size_conflict", "size");
    row("size 0", R"({"desktops":null,"size":0})", "size.range", "size");
    row("size 1 name 15", R"({"desktops":null,"size":1,"desktop_name":"abcdefghijklmno"})");
    row("size 1 name 16", R"({"desktops":null,"size":1,"desktop_name":"abcdefghijklmnop"})",
        "desktop_name.length", "desktop_name");
    row("size 2 prefix 14", R"({"desktops":null,"size":2,"desktop_name":"abcdefghijklmn"})",
        "desktop_name.length", "desktop_name");
    row("desktop_name without size", R"({"desktop_name":"lab"})", "desktop_name.ignored",
        "desktop_name", false);
    row("desktops[1] user_name", R"({"desktops":[{"user_name":"ok"},{"user_name":"1bad"}]})",
        "user_name.start", "desktops[1].user_name");
    row("desktops[0] no user_name", R"({"desktops":[{"computer_name":"pc"}]})",
        "user_name.required", "desktops[0].user_name");
    row("computer_name duplicate ignoring case",
        R"({"desktops":[{"user_name":"a","computer_name":"PC-1"},{"user_name":"b","computer_name":"pc-1"}]})",
        "computer_name.duplicate", "desktops[1].computer_name");
    row("enterprise_project_id bad", R"({"enterprise_project_id":"a b"})",
        "enterprise_project_id.pattern", "enterprise_project_id");
    row("20 tags", QStringLiteral(R"({"tags":[%1]})").arg([] {
        QStringList t;
        for (int i = 0; i < 20; ++i)
            t << QStringLiteral(R"({"key":"k%1"})").arg(i);
        return t.join(QLatin1Char(','));
    }()));
    row("21 tags", QStringLiteral(R"({"tags":[%1]})").arg([] {
        QStringList t;
        for (int i = 0; i < 21; ++i)
            t << QStringLiteral(R"({"key":"k%1"})").arg(i);
        return t.join(QLatin1Char(','));
    }()),
        "tags.too_many", "tags");
    row("tags[2] duplicate key", R"({"tags":[{"key":"a"},{"key":"b"},{"key":"a","value":"x"}]})",
        "tags.duplicate_key", "tags[2].key");
    row("tags[1] bad key", R"({"tags":[{"key":"a"},{"key":"a|b"}]})", "tag.key.chars",
        "tags[1].key");
    row("eip existing", R"({"eip":{"id":"e"}})");
    // S000 Table 9: bandwidth_size is optional like the other three.
    row("eip without bandwidth (S000: optional)",
        R"({"eip":{"type":"5_bgp","charge_mode":"TRAFFIC"}})");
    row("batch of 51 is fine", desktops(51));
    row("single request of 50", desktops(50), "", "", true, true);
    row("single request of 51", desktops(51), "desktops.too_many", "desktops", true, true);
    row("single request cap 100", desktops(100), "", "", true, true, 100);
    row("single request cap 100 of 101", desktops(101), "desktops.too_many", "desktops", true, true,
        100);
    row("single size 50", R"({"desktops":null,"size":50})", "", "", true, true);
    row("single size 51", R"({"desktops":null,"size":51})", "size.too_many", "size", true, true);
    row("batch size 500", R"({"desktops":null,"size":500})");
}

void tst_CreateRules::requestRules()
{
    QFETCH(QString, patch);
    QFETCH(bool, single);
    QFETCH(int, cap);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(bool, isError);

    CreateDesktopRequest request;
    const QString readProblems = readPatched(patch, &request);
    QVERIFY2(readProblems.isEmpty(), qPrintable(readProblems));

    ValidationContext context;
    context.createCap = cap;
    const Findings out = single ? CreateRules::validateSingleRequest(request, context)
                                : CreateRules::validate(request, context);
    const QString problem = findingProblem(out, code, path, isError);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The expected finding is there, and nothing else is wrong with the request.
    for (const Finding &f : out) {
        if (f.code != code || f.path != path) {
            QVERIFY2(f.path.startsWith(path.section(QLatin1Char('['), 0, 0)),
                     qPrintable(QStringLiteral("unrelated finding:\n") + describe(out)));
        }
    }
}

void tst_CreateRules::messagesNameTheLimit()
{
    ValidationContext windows;
    windows.os = OsType::Windows;
    Findings out;
    CreateRules::checkUserName(repeat(u'a', 23), QStringLiteral("u"), windows, out);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).message,
             QStringLiteral("User name must be at most 20 characters for Windows desktops (it has "
                            "23)."));

    ValidationContext localAd;
    localAd.domainType = DomainType::LocalAd;
    out.clear();
    CreateRules::checkUserName(repeat(u'a', 40), QStringLiteral("u"), localAd, out);
    QCOMPARE(out.at(0).message,
             QStringLiteral("User name must be at most 20 characters in a Windows AD domain (it "
                            "has 40).")); // the directory in words, not LOCAL_AD

    out.clear();
    CreateRules::checkRootVolume(Volume{QStringLiteral("SAS"), 40, {}, {}, {}},
                                 QStringLiteral("root_volume"), ValidationContext(), out);
    QCOMPARE(out.at(0).message,
             QStringLiteral("System disk size must be between 80 and 32760 GB (it is 40)."));

    out.clear();
    CreateRules::checkComputerName(QStringLiteral("研发部一号机器人"), QStringLiteral("c"), out);
    QVERIFY2(out.at(0).message.contains(QLatin1String("15"))
                     && out.at(0).message.contains(QLatin1String("16")),
             qPrintable(out.at(0).message));

    out.clear();
    CreateRules::checkUserName(QStringLiteral("ab c"), QStringLiteral("u"), windows, out);
    QVERIFY2(out.at(0).message.contains(QStringLiteral("“ ”")), qPrintable(out.at(0).message));
}

void tst_CreateRules::batchVersusSingleRequest()
{
    CreateDesktopRequest r
            = CreateDesktopRequest::fromJson(parse(QString::fromUtf8(baseRequest)), nullptr);
    r.desktops.clear();
    for (int i = 0; i < 120; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("user%1").arg(i);
        r.desktops.append(d);
    }
    ValidationContext context;
    QVERIFY(CreateRules::validate(r, context).isEmpty());
    const Findings single = CreateRules::validateSingleRequest(r, context);
    QCOMPARE(single.size(), 1);
    QCOMPARE(single.at(0).code, QStringLiteral("desktops.too_many"));
    QVERIFY(single.at(0).message.contains(QLatin1String("50")));
    QVERIFY(single.at(0).message.contains(QLatin1String("120")));
    context.createCap = 120;
    QVERIFY(CreateRules::validateSingleRequest(r, context).isEmpty());
}

void tst_CreateRules::uniqueComputerNames()
{
    QList<DesktopItem> items(5);
    items[0].computerName = QStringLiteral("A");
    items[1].computerName = QStringLiteral("b");
    items[2].computerName = QString(); // unnamed desktops never collide
    items[3].computerName = QStringLiteral("a");
    items[4].computerName = QStringLiteral("B");
    Findings out;
    CreateRules::checkUniqueComputerNames(items, out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).path, QStringLiteral("desktops[3].computer_name"));
    QCOMPARE(out.at(0).row, 3);
    QCOMPARE(out.at(0).field, QStringLiteral("computer_name"));
    QCOMPARE(out.at(0).code, QStringLiteral("computer_name.duplicate"));
    QVERIFY(out.at(0).message.contains(QLatin1String("desktop 1")));
    QCOMPARE(out.at(1).path, QStringLiteral("desktops[4].computer_name"));
    QVERIFY(out.at(1).message.contains(QLatin1String("desktop 2")));
}

// S000 Table 7, computer_name: "Desktop name, which must be unique." The names already used in
// the tenant come in the context; a row that uses one (in any case) is refused before sending.
void tst_CreateRules::takenComputerNames_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::newRow("free names") << QStringLiteral("{}") << QString() << QString();
    QTest::newRow("taken, other case")
            << QStringLiteral(R"({"desktops":[{"user_name":"a","computer_name":"pc-9"},
                                            {"user_name":"b","computer_name":"wks-fin-001"}]})")
            << QStringLiteral("computer_name.taken") << QStringLiteral("desktops[1].computer_name");
    QTest::newRow("desktop_name of size 1 taken")
            << QStringLiteral(R"({"desktops":null,"size":1,"desktop_name":"WKS-FIN-001"})")
            << QStringLiteral("desktop_name.taken") << QStringLiteral("desktop_name");
    QTest::newRow("desktop_name prefix of size 2 is not a name")
            << QStringLiteral(R"({"desktops":null,"size":2,"desktop_name":"WKS-FIN-001"})")
            << QString() << QString();
}

void tst_CreateRules::takenComputerNames()
{
    QFETCH(QString, patch);
    QFETCH(QString, code);
    QFETCH(QString, path);
    CreateDesktopRequest request;
    const QString readProblems = readPatched(patch, &request);
    QVERIFY2(readProblems.isEmpty(), qPrintable(readProblems));
    ValidationContext context;
    context.takenComputerNames = {QStringLiteral("WKS-FIN-001").toCaseFolded()};
    const Findings out = CreateRules::validate(request, context);
    compareSoleFinding(out, code);
    if (!code.isEmpty() && !QTest::currentTestFailed()) {
        QCOMPARE(out.first().path, path);
        QCOMPARE(out.first().severity, Severity::Error);
    }
}

// S000 Table 4: a disk's type "must be the same as the disk type provided by the system". The
// region's list (ListVolumeProductInfo) decides; when it is unknown, S000's SAS and SSD and the
// model note's GPSSD are accepted and nothing else. iops/throughput (model: on every Volume)
// warn on a type the region does not provision by them.
void tst_CreateRules::volumeTypes_data()
{
    QTest::addColumn<QStringList>("region"); // empty: the list was not read
    QTest::addColumn<QString>("volume");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    const QStringList seed{QStringLiteral("SAS"), QStringLiteral("SSD"), QStringLiteral("GPSSD"),
                           QStringLiteral("GPSSD2+")};
    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);
    QTest::newRow("unknown region: SAS (S000)")
            << QStringList() << R"({"type":"SAS","size":80})" << QString() << 0;
    QTest::newRow("unknown region: GPSSD (model note)")
            << QStringList() << R"({"type":"GPSSD","size":80})" << QString() << 0;
    QTest::newRow("unknown region: GPSSD2 is in no documented list")
            << QStringList() << R"({"type":"GPSSD2","size":80})"
            << "volume.type.enum" << error;
    QTest::newRow("unknown region: iops on GPSSD warns")
            << QStringList() << R"({"type":"GPSSD","size":80,"iops":3000})"
            << "volume.iops.unsupported" << warning;
    QTest::newRow("region offers GPSSD2")
            << seed << R"({"type":"GPSSD2","size":80,"iops":3000,"throughput":125})" << QString()
            << 0;
    QTest::newRow("region lacks SSD")
            << QStringList{QStringLiteral("SAS"), QStringLiteral("GPSSD2+")}
            << R"({"type":"SSD","size":80})"
            << "volume.type.not_offered" << error;
    QTest::newRow("region offers a type no document names")
            << QStringList{QStringLiteral("SAS"), QStringLiteral("ESSD+")}
            << R"({"type":"ESSD","size":80,"iops":5000})" << QString() << 0;
    QTest::newRow("sold out") << QStringList{QStringLiteral("SAS"), QStringLiteral("SSD!")}
                              << R"({"type":"SSD","size":80})"
                              << "volume.type.sold_out" << error;
    QTest::newRow("sold out in one spec, on sale in another")
            << QStringList{QStringLiteral("SSD!"), QStringLiteral("SSD")}
            << R"({"type":"SSD","size":80})" << QString() << 0;
    QTest::newRow("throughput where the region does not provision it")
            << seed << R"({"type":"SSD","size":80,"throughput":200})"
            << "volume.throughput.unsupported" << warning;
}

void tst_CreateRules::volumeTypes()
{
    QFETCH(QStringList, region);
    QFETCH(QString, volume);
    QFETCH(QString, code);
    QFETCH(int, severity);
    ValidationContext context;
    context.setVolumeProducts(volumeProducts(region));
    Findings readProblems;
    const Volume v = Volume::fromJson(parse(volume), QStringLiteral("root_volume"), &readProblems);
    QVERIFY2(readProblems.isEmpty(), qPrintable(describe(readProblems)));
    Findings out;
    CreateRules::checkRootVolume(v, QStringLiteral("root_volume"), context, out);
    compareSoleFinding(out, code);
    if (!code.isEmpty() && !QTest::currentTestFailed())
        QCOMPARE(int(out.first().severity), severity);
}

// The model's CreateDesktopReq fields beyond the seed page are read, sent back unchanged and
// checked where the model (or R1.2) gives a limit.
void tst_CreateRules::modelOnlyFields_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::newRow("all of them, valid")
            << QStringLiteral(R"({"buy_type":"custom","desktop_ips":["192.168.0.20"],
                "ou_name":"OU=lab","desktop_name_policy_id":"p-1","hour_package_product_id":"h-1",
                "hour_package_offering_id":"o-1","if_mount_old_desktop_disk":false,"domain":"d",
                "apply_shared_vpc_dedicated_param":{"address":"10.0.0.1","port":443,
                    "availability_zone":["cn-north-4a"]},
                "desktops":[{"user_name":"alice","domain":"d","os_host_name":"host-1",
                    "copy_volume_desktop_id":"dk-1","copy_volume_ids":["v-1"],
                    "if_delete_old_desktop":true}]})")
            << QString() << QString();
    QString ips = QStringLiteral("[");
    for (int i = 0; i < 101; ++i)
        ips += QStringLiteral("\"10.0.0.%1\",").arg(i % 250);
    ips.chop(1);
    ips += QLatin1Char(']');
    QTest::newRow("desktop_ips 101 (model: at most 100)")
            << QStringLiteral(R"({"desktop_ips":%1})").arg(ips) << "desktop_ips.too_many"
            << "desktop_ips";
    QTest::newRow("copy_volume_ids without the desktop (model)")
            << QStringLiteral(R"({"desktops":[{"user_name":"a","copy_volume_ids":["v"]}]})")
            << "copy_volume.pair"
            << "desktops[0].copy_volume_desktop_id";
    QTest::newRow("os_host_name 16 (R1.2: 1-15)")
            << QStringLiteral(R"({"desktops":[{"user_name":"a","os_host_name":"%1"}]})")
                       .arg(repeat(u'h', 16))
            << "os_host_name.length"
            << "desktops[0].os_host_name";
    QTest::newRow("desktop_name_policy_id 37 (R1.3)")
            << QStringLiteral(R"({"desktop_name_policy_id":"%1"})").arg(repeat(u'p', 37))
            << "desktop_name_policy_id.length"
            << "desktop_name_policy_id";
}

void tst_CreateRules::modelOnlyFields()
{
    QFETCH(QString, patch);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QJsonObject body = parse(QString::fromLatin1(baseRequest));
    const QJsonObject changes = parse(patch);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body.insert(it.key(), it.value());
    Findings readProblems;
    const CreateDesktopRequest request = CreateDesktopRequest::fromJson(body, &readProblems);
    QVERIFY2(readProblems.isEmpty(), qPrintable(describe(readProblems)));
    // Sent as written: nothing the model defines is dropped.
    QCOMPARE(request.toJson(), body);
    const Findings out = CreateRules::validate(request, ValidationContext());
    compareSoleFinding(out, code);
    if (!code.isEmpty() && !QTest::currentTestFailed())
        QCOMPARE(out.first().path, path);
}

void tst_CreateRules::weightedLength_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("length");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("pc-01") << 5;
    QTest::newRow("chinese") << QStringLiteral("研发") << 4;
    QTest::newRow("mixed") << QStringLiteral("研发-01") << 7;
}

void tst_CreateRules::weightedLength()
{
    QFETCH(QString, value);
    QFETCH(int, length);
    QCOMPARE(CreateRules::weightedLength(value), length);
}

void tst_CreateRules::contextParsing()
{
    DomainType d = DomainType::LocalAd;
    QVERIFY(ValidationContext::parseDomainType(QStringLiteral("lite_ad"), &d));
    QCOMPARE(d, DomainType::LiteAs);
    QVERIFY(ValidationContext::parseDomainType(QStringLiteral("LOCAL_AD"), &d));
    QCOMPARE(d, DomainType::LocalAd);
    QVERIFY(ValidationContext::parseDomainType(QStringLiteral("LITE_AS"), &d));
    QCOMPARE(d, DomainType::LiteAs);
    QVERIFY(!ValidationContext::parseDomainType(QStringLiteral("AD"), &d));
    QCOMPARE(ValidationContext::domainTypeName(DomainType::LiteAs), QStringLiteral("LITE_AS"));
    QCOMPARE(ValidationContext::domainTypeName(DomainType::LocalAd), QStringLiteral("LOCAL_AD"));
    OsType os = OsType::Unknown;
    QVERIFY(ValidationContext::parseOs(QStringLiteral("windows"), &os));
    QCOMPARE(os, OsType::Windows);
    QVERIFY(ValidationContext::parseOs(QStringLiteral("Linux"), &os));
    QCOMPARE(os, OsType::Linux);
    QVERIFY(!ValidationContext::parseOs(QStringLiteral("Other"), &os));
    QCOMPARE(ValidationContext::osName(OsType::Unknown), QString());
}

// The CSV import's shape of work: 100 000 desktops, a few bad ones, each reported at its row.
void tst_CreateRules::bulkItemsReportByRow()
{
    CreateDesktopRequest r
            = CreateDesktopRequest::fromJson(parse(QString::fromUtf8(baseRequest)), nullptr);
    const int count = 100000;
    r.desktops.clear();
    r.desktops.reserve(count);
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("user") + QString::number(i);
        d.userEmail = QStringLiteral("user") + QString::number(i) + QStringLiteral("@example.com");
        d.userPhone = QStringLiteral("+86138") + QString::number(10000000 + i);
        d.userGroup = QStringLiteral("users");
        d.computerName = QStringLiteral("pc") + QString::number(i);
        r.desktops.append(d);
    }
    r.desktops[17].userEmail = QStringLiteral("broken");
    r.desktops[99999].computerName = QStringLiteral("PC0");
    const Findings out = CreateRules::validate(r, ValidationContext());
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).path, QStringLiteral("desktops[17].user_email"));
    QCOMPARE(out.at(0).row, 17);
    QCOMPARE(out.at(0).field, QStringLiteral("user_email"));
    QCOMPARE(out.at(0).code, QStringLiteral("user_email.format"));
    QCOMPARE(out.at(1).path, QStringLiteral("desktops[99999].computer_name"));
    QCOMPARE(out.at(1).code, QStringLiteral("computer_name.duplicate"));
}

QTEST_APPLESS_MAIN(tst_CreateRules)
#include "tst_createrules.moc"
