// AttachRules: every rule of AttachInstances with accepted and rejected cases, each rejection
// asserting its code and path; attach_user_infos precedence; batch versus single request.

#include "rulestestsupport.h"

#include "models/rules/attachrules.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace wsc;
using namespace RulesTest;

class tst_AttachRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldRules_data();
    void fieldRules();
    void desktopRules_data();
    void desktopRules();
    void requestRules_data();
    void requestRules();
    void seedExampleFindings();
};

void tst_AttachRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_AttachRules::fieldRules_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("code");

    auto row = [](const char *name, const char *check, const QString &input, const char *code = "",
                  const char *domain = "LITE_AS", const char *os = "") {
        QTest::newRow(name) << QString::fromLatin1(check) << input << QString::fromLatin1(domain)
                            << QString::fromLatin1(os) << QString::fromLatin1(code);
    };

    // Flat user_name: as on create.
    row("user_name ok", "user_name", QStringLiteral("alice-1"));
    row("user_name LITE 21", "user_name", repeat(u'a', 21), "user_name.length");
    row("user_name LITE digit first", "user_name", QStringLiteral("1a"), "user_name.start");
    row("user_name LOCAL_AD digit first", "user_name", QStringLiteral("1a"), "", "LOCAL_AD");
    row("user_name LOCAL_AD 32", "user_name", repeat(u'a', 32), "", "LOCAL_AD");
    row("user_name LOCAL_AD 33", "user_name", repeat(u'a', 33), "user_name.length", "LOCAL_AD");
    row("user_name LOCAL_AD Windows 21", "user_name", repeat(u'a', 21), "user_name.length",
        "LOCAL_AD", "Windows");
    row("user_name chars", "user_name", QStringLiteral("a b"), "user_name.chars");
    row("user_name empty", "user_name", QString(), "user_name.required");
    // attach_user_infos USER names: LOCAL_AD and Linux up to 64.
    row("info user_name LOCAL_AD 64", "info_user_name", repeat(u'a', 64), "", "LOCAL_AD");
    row("info user_name LOCAL_AD Linux 64", "info_user_name", repeat(u'a', 64), "", "LOCAL_AD",
        "Linux");
    row("info user_name LOCAL_AD 65", "info_user_name", repeat(u'a', 65), "user_name.length",
        "LOCAL_AD");
    row("info user_name LOCAL_AD Windows 21", "info_user_name", repeat(u'a', 21),
        "user_name.length", "LOCAL_AD", "Windows");
    row("info user_name LITE 21", "info_user_name", repeat(u'a', 21), "user_name.length");
    // GROUP names
    row("group name chinese", "group_name", QStringLiteral("研发部-1_a"));
    row("group name space", "group_name", QStringLiteral("dev team"), "group_name.chars");
    row("group name dot", "group_name", QStringLiteral("dev.team"), "group_name.chars");
    row("group name empty", "group_name", QString(), "user_name.required");
    // user_group: required flag and OS
    row("user_group required", "user_group_required", QString(), "user_group.required");
    row("user_group optional", "user_group_optional", QString());
    row("user_group any of four", "user_group_required", QStringLiteral("sudo"));
    row("user_group other", "user_group_required", QStringLiteral("root"), "user_group.enum");
    row("user_group Windows sudo", "user_group_context", QStringLiteral("sudo"), "user_group.enum",
        "LITE_AS", "Windows");
    row("user_group Linux default", "user_group_context", QStringLiteral("default"), "", "LITE_AS",
        "Linux");
    // computer_name on attach: letters, digits, '-', '_'; starts with a letter
    row("computer_name underscore", "computer_name", QStringLiteral("pc_1"));
    row("computer_name 15", "computer_name", repeat(u'a', 15));
    row("computer_name 16", "computer_name", repeat(u'a', 16), "computer_name.length");
    row("computer_name digit first", "computer_name", QStringLiteral("1pc"), "computer_name.start");
    row("computer_name underscore first", "computer_name", QStringLiteral("_pc"),
        "computer_name.start");
    row("computer_name dash last", "computer_name", QStringLiteral("pc-"), "computer_name.end");
    row("computer_name chinese", "computer_name", QStringLiteral("研发"), "computer_name.chars");
    row("computer_name empty keeps", "computer_name", QString());
}

void tst_AttachRules::fieldRules()
{
    QFETCH(QString, check);
    QFETCH(QString, input);
    QFETCH(QString, domain);
    QFETCH(QString, os);
    QFETCH(QString, code);
    const ValidationContext context = makeContext(domain, os);
    const QString p = QStringLiteral("p");
    Findings out;
    if (check == QLatin1String("user_name"))
        AttachRules::checkUserName(input, p, context, out);
    else if (check == QLatin1String("info_user_name"))
        AttachRules::checkInfoUserName(input, p, context, out);
    else if (check == QLatin1String("group_name"))
        AttachRules::checkGroupName(input, p, out);
    else if (check == QLatin1String("user_group_required"))
        AttachRules::checkUserGroup(input, p, true, out);
    else if (check == QLatin1String("user_group_optional"))
        AttachRules::checkUserGroup(input, p, false, out);
    else if (check == QLatin1String("user_group_context"))
        AttachRules::checkUserGroup(input, p, true, context, out);
    else if (check == QLatin1String("computer_name"))
        AttachRules::checkComputerName(input, p, out);
    else
        QFAIL("unknown check in test data");
    if (code.isEmpty()) {
        QVERIFY2(out.isEmpty(), qPrintable(describe(out)));
        return;
    }
    QVERIFY2(!out.isEmpty(), "expected a finding");
    bool found = false;
    for (const Finding &f : out) {
        QCOMPARE(f.path, p);
        found = found || f.code == code;
    }
    QVERIFY2(found, qPrintable(describe(out)));
}

// One desktops[] item (JSON) checked at "desktops[4]".
void tst_AttachRules::desktopRules_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("code"); // "" = no finding at all
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isError");

    auto row = [](const char *name, const char *json, const char *code = "", const char *path = "",
                  bool isError = true, const char *os = "") {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromLatin1(os)
                            << QString::fromLatin1(code) << QString::fromLatin1(path) << isError;
    };
    row("flat user", R"({"desktop_id":"d","user_name":"alice","user_group":"users"})");
    row("flat user with all", R"({"desktop_id":"d","user_name":"alice","user_id":"u",
        "user_email":"a@example.com","user_group":"sudo","computer_name":"pc_a","is_clear_data":false})");
    row("no desktop_id", R"({"user_name":"alice","user_group":"users"})", "desktop_id.required",
        "desktops[4].desktop_id");
    row("flat without user_name", R"({"desktop_id":"d","user_group":"users"})",
        "user_name.required", "desktops[4].user_name");
    row("flat without user_group", R"({"desktop_id":"d","user_name":"alice"})",
        "user_group.required", "desktops[4].user_group");
    row("flat group for other OS", R"({"desktop_id":"d","user_name":"alice","user_group":"sudo"})",
        "user_group.enum", "desktops[4].user_group", true, "Windows");
    row("bad email",
        R"({"desktop_id":"d","user_name":"a","user_group":"users","user_email":"a@b"})",
        "user_email.format", "desktops[4].user_email");
    row("user_name equals computer_name",
        R"({"desktop_id":"d","user_name":"Alice","user_group":"users","computer_name":"alice"})",
        "user_name.same_as_computer_name", "desktops[4].user_name");
    row("computer_name digit first",
        R"({"desktop_id":"d","user_name":"a","user_group":"users","computer_name":"9pc"})",
        "computer_name.start", "desktops[4].computer_name");
    row("infos only", R"({"desktop_id":"d","attach_user_infos":[
        {"type":"USER","user_name":"bob","user_group":"users"},
        {"type":"GROUP","user_id":"g1","user_name":"研发部","user_group":"users"},
        {"user_name":"carol","user_group":"administrators"}]})");
    row("infos win over flat",
        R"({"desktop_id":"d","user_name":"alice","attach_user_infos":[{"user_name":"bob","user_group":"users"}]})",
        "attach.flat_fields_ignored", "desktops[4]", false);
    row("infos bad type",
        R"({"desktop_id":"d","attach_user_infos":[{"type":"ROLE","user_name":"b","user_group":"users"}]})",
        "attach_user_info.type.enum", "desktops[4].attach_user_infos[0].type");
    row("infos missing name", R"({"desktop_id":"d","attach_user_infos":[{"user_group":"users"}]})",
        "user_name.required", "desktops[4].attach_user_infos[0].user_name");
    row("infos missing group", R"({"desktop_id":"d","attach_user_infos":[{"user_name":"b"}]})",
        "user_group.required", "desktops[4].attach_user_infos[0].user_group");
    row("infos GROUP without id",
        R"({"desktop_id":"d","attach_user_infos":[{"type":"GROUP","user_name":"dev","user_group":"users"}]})",
        "user_id.required", "desktops[4].attach_user_infos[0].user_id");
    row("infos GROUP bad name",
        R"({"desktop_id":"d","attach_user_infos":[{"type":"GROUP","user_id":"g","user_name":"dev team","user_group":"users"}]})",
        "group_name.chars", "desktops[4].attach_user_infos[0].user_name");
    row("infos USER name 33 in LITE",
        R"({"desktop_id":"d","attach_user_infos":[{"user_name":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","user_group":"users"}]})",
        "user_name.length", "desktops[4].attach_user_infos[0].user_name");
    row("infos USER same as computer name",
        R"({"desktop_id":"d","computer_name":"PC1","attach_user_infos":[{"user_name":"b","user_group":"users"},{"user_name":"pc1","user_group":"users"}]})",
        "user_name.same_as_computer_name", "desktops[4].attach_user_infos[1].user_name");
    row("infos duplicate user",
        R"({"desktop_id":"d","attach_user_infos":[{"user_name":"Bob","user_group":"users"},{"user_name":"bob","user_group":"users"}]})",
        "attach_user_infos.duplicate", "desktops[4].attach_user_infos[1].user_name");
    row("infos user and group of one name",
        R"({"desktop_id":"d","attach_user_infos":[{"user_name":"dev","user_group":"users"},{"type":"GROUP","user_id":"g","user_name":"dev","user_group":"users"}]})");
    row("infos group for OS",
        R"({"desktop_id":"d","attach_user_infos":[{"user_name":"b","user_group":"administrators"}]})",
        "user_group.enum", "desktops[4].attach_user_infos[0].user_group", true, "Linux");
}

void tst_AttachRules::desktopRules()
{
    QFETCH(QString, json);
    QFETCH(QString, os);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(bool, isError);
    Findings readProblems;
    const AttachDesktop desktop
            = AttachDesktop::fromJson(parse(json), QStringLiteral("desktops[4]"), &readProblems);
    QVERIFY2(readProblems.isEmpty(), qPrintable(describe(readProblems)));
    const ValidationContext context = makeContext(QStringLiteral("LITE_AS"), os);
    Findings out;
    AttachRules::checkDesktop(desktop, QStringLiteral("desktops[4]"), context, out);
    const QString problem = findingProblem(out, code, path, isError);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_AttachRules::requestRules_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("single");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    const auto desktops = [](int n) {
        QStringList items;
        for (int i = 0; i < n; ++i) {
            items << QStringLiteral(
                             R"({"desktop_id":"d%1","user_name":"u%1","user_group":"users"})")
                             .arg(i);
        }
        return QStringLiteral(R"({"desktops":[%1]})").arg(items.join(QLatin1Char(',')));
    };
    auto row = [](const char *name, const QString &json, bool single = false, const char *code = "",
                  const char *path = "") {
        QTest::newRow(name) << json << single << QString::fromLatin1(code)
                            << QString::fromLatin1(path);
    };
    row("one desktop", desktops(1));
    row("no desktops", QStringLiteral(R"({"desktops":[]})"), false, "desktops.required",
        "desktops");
    row("batch of 51", desktops(51));
    row("single of 50", desktops(50), true);
    row("single of 51", desktops(51), true, "desktops.too_many", "desktops");
    row("duplicate desktop_id", QStringLiteral(R"({"desktops":[
        {"desktop_id":"d","user_name":"a","user_group":"users"},
        {"desktop_id":"d","user_name":"b","user_group":"users"}]})"),
        false, "desktop_id.duplicate", "desktops[1].desktop_id");
    row("duplicate computer_name", QStringLiteral(R"({"desktops":[
        {"desktop_id":"d1","user_name":"a","user_group":"users","computer_name":"PC"},
        {"desktop_id":"d2","user_name":"b","user_group":"users","computer_name":"pc"}]})"),
        false, "computer_name.duplicate", "desktops[1].computer_name");
    const QString one = QStringLiteral(
            R"("desktops":[{"desktop_id":"d","user_name":"a","user_group":"users"}])");
    row("image pair", QStringLiteral(R"({%1,"image_type":"gold","image_id":"i"})").arg(one));
    // S004 表3: "image_type … 涉及变更镜像时需传(可选)", "image_id … (可选)": each alone is valid.
    row("image_type alone (S004 可选)", QStringLiteral(R"({%1,"image_type":"gold"})").arg(one));
    row("image_id alone (S004 可选)", QStringLiteral(R"({%1,"image_id":"i"})").arg(one));
    // S004 lists no image types: an unknown one is a warning, not a refusal.
    row("image_type unknown warns",
        QStringLiteral(R"({%1,"image_type":"public","image_id":"i"})").arg(one), false,
        "image_type.unknown", "image_type");
    row("policy id 36",
        QStringLiteral(R"({%1,"desktop_name_policy_id":"%2"})").arg(one, repeat(u'p', 36)));
    row("policy id 37",
        QStringLiteral(R"({%1,"desktop_name_policy_id":"%2"})").arg(one, repeat(u'p', 37)), false,
        "desktop_name_policy_id.length", "desktop_name_policy_id");
    row("enterprise project bad", QStringLiteral(R"({%1,"enterprise_project_id":"a b"})").arg(one),
        false, "enterprise_project_id.pattern", "enterprise_project_id");
    row("desktops[0] rule under its path",
        QStringLiteral(R"({"desktops":[{"user_name":"a","user_group":"users"}]})"), false,
        "desktop_id.required", "desktops[0].desktop_id");
    row("500 infos",
        QStringLiteral(R"({"desktops":[{"desktop_id":"d","attach_user_infos":[%1]}]})").arg([] {
            QStringList l;
            for (int i = 0; i < 500; ++i)
                l << QStringLiteral(R"({"user_name":"u%1","user_group":"users"})").arg(i);
            return l.join(QLatin1Char(','));
        }()));
    row("501 infos",
        QStringLiteral(R"({"desktops":[{"desktop_id":"d","attach_user_infos":[%1]}]})").arg([] {
            QStringList l;
            for (int i = 0; i < 501; ++i)
                l << QStringLiteral(R"({"user_name":"u%1","user_group":"users"})").arg(i);
            return l.join(QLatin1Char(','));
        }()),
        false, "attach_user_infos.too_many", "desktops[0].attach_user_infos");
}

void tst_AttachRules::requestRules()
{
    QFETCH(QString, json);
    QFETCH(bool, single);
    QFETCH(QString, code);
    QFETCH(QString, path);
    Findings readProblems;
    const AttachRequest request = AttachRequest::fromJson(parse(json), &readProblems);
    QVERIFY2(readProblems.isEmpty(), qPrintable(describe(readProblems)));
    const ValidationContext context;
    const Findings out = single ? AttachRules::validateSingleRequest(request, context)
                                : AttachRules::validate(request, context);
    if (code.isEmpty()) {
        QVERIFY2(out.isEmpty(), qPrintable(describe(out)));
        return;
    }
    QVERIFY2(out.size() == 1, qPrintable(describe(out)));
    QCOMPARE(out.at(0).code, code);
    QCOMPARE(out.at(0).path, path);
    // Codes ending in ".unknown" are warnings: the value is sent, the service decides.
    QCOMPARE(out.at(0).isError(), !code.endsWith(QLatin1String(".unknown")));
    QVERIFY(!out.at(0).message.isEmpty());
}

void tst_AttachRules::seedExampleFindings()
{
    // The seed example is a shape, not data: "string" everywhere. Its findings must be the
    // rules that such placeholders break, each at its path.
    const QJsonObject seed = parse(QStringLiteral(R"({"desktops":[{"desktop_id":"string",
        "user_name":"string","user_email":"string","user_group":"string","computer_name":"string",
        "is_clear_data":"true","attach_user_infos":[{"user_id":"string","user_name":"string",
        "user_group":"string","type":"USER"}]}],"image_type":"string","image_id":"string",
        "os_type":"string","order_id":"string","enterprise_project_id":"0",
        "desktop_name_policy_id":"string"})"));
    const AttachRequest r = AttachRequest::fromJson(seed, nullptr);
    const Findings out = AttachRules::validate(r, ValidationContext());
    QStringList got;
    for (const Finding &f : out)
        got << f.path + QLatin1Char(' ') + f.code;
    got.sort();
    QStringList expected{
            QStringLiteral("desktops[0] attach.flat_fields_ignored"),
            QStringLiteral("desktops[0].user_group user_group.enum"),
            QStringLiteral("desktops[0].user_email user_email.format"),
            QStringLiteral("desktops[0].user_name user_name.same_as_computer_name"),
            QStringLiteral("desktops[0].attach_user_infos[0].user_group user_group.enum"),
            QStringLiteral("desktops[0].attach_user_infos[0].user_name "
                           "user_name.same_as_computer_name"),
            QStringLiteral("image_type image_type.unknown")};
    expected.sort();
    QCOMPARE(got, expected);
}

QTEST_APPLESS_MAIN(tst_AttachRules)
#include "tst_attachrules.moc"
