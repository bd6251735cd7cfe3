// AttachRequest and its parts: the AttachInstances body, read back as written, with unknown
// and mistyped fields reported by path, and the seed example's string boolean.

#include "rulestestsupport.h"

#include "models/domain/attachrequest.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace wsc;
using namespace RulesTest;

namespace {

// The example request of the AttachInstances page (seed 004), byte for byte.
const char seedExample[] = R"({
  "desktops" : [ {
    "desktop_id" : "string",
    "user_name" : "string",
    "user_email" : "string",
    "user_group" : "string",
    "computer_name" : "string",
    "is_clear_data" : "true",
    "attach_user_infos" : [ {
      "user_id" : "string",
      "user_name" : "string",
      "user_group" : "string",
      "type" : "USER"
    } ]
  } ],
  "image_type" : "string",
  "image_id" : "string",
  "os_type" : "string",
  "order_id" : "string",
  "enterprise_project_id" : "0",
  "desktop_name_policy_id" : "string"
})";

AttachRequest fullRequest()
{
    AttachRequest r;
    AttachDesktop a;
    a.desktopId = QStringLiteral("d-1");
    a.userName = QStringLiteral("alice");
    a.userId = QStringLiteral("u-1");
    a.userEmail = QStringLiteral("alice@example.com");
    a.userGroup = QStringLiteral("users");
    a.computerName = QStringLiteral("PC-A");
    a.isClearData = false;
    AttachDesktop shared;
    shared.desktopId = QStringLiteral("d-2");
    shared.attachUserInfos
            = {AttachUserInfo{QStringLiteral("USER"), QStringLiteral("u-2"), QStringLiteral("bob"),
                              QStringLiteral("administrators"), QStringLiteral("corp.example")},
               AttachUserInfo{QStringLiteral("GROUP"),
                              QStringLiteral("g-1"),
                              QStringLiteral("研发部"),
                              QStringLiteral("users"),
                              {}},
               AttachUserInfo{{}, {}, QStringLiteral("carol"), {}, {}}};
    r.desktops = {a, shared};
    r.imageType = QStringLiteral("gold");
    r.imageId = QStringLiteral("img-2");
    r.desktopNamePolicyId = QStringLiteral("policy-1");
    // Model AttachInstancesReq: encrypt_type, and kms_id "encrypt_type为ENCRYPTED时必传".
    r.encryptType = QStringLiteral("ENCRYPTED");
    r.kmsId = QStringLiteral("0d0466b0-d1e4-4d0f-8a2b-2a3b5b6c7d8e");
    r.osType = QStringLiteral("Windows");
    r.orderId = QStringLiteral("order-1");
    r.enterpriseProjectId = QStringLiteral("0");
    return r;
}

} // namespace

class tst_AttachRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedExampleIsRead();
    void seedExampleSerialises();
    void isClearData_data();
    void isClearData();
    void roundTrip_data();
    void roundTrip();
    void toJsonOmitsUnsetFields();
    void problemsByPath_data();
    void problemsByPath();
};

void tst_AttachRequest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_AttachRequest::seedExampleIsRead()
{
    Findings problems;
    const AttachRequest r = AttachRequest::fromJson(parse(seedExample), &problems);
    // The only remark: is_clear_data is a string in the example. os_type, order_id and
    // enterprise_project_id are modelled, so they raise nothing.
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).code, QStringLiteral("json.string_boolean"));
    QCOMPARE(problems.at(0).path, QStringLiteral("desktops[0].is_clear_data"));
    QCOMPARE(problems.at(0).severity, Severity::Warning);
    QVERIFY(!hasErrors(problems));

    QCOMPARE(r.desktops.size(), 1);
    const AttachDesktop &d = r.desktops.at(0);
    QCOMPARE(d.desktopId, QStringLiteral("string"));
    QCOMPARE(d.userName, QStringLiteral("string"));
    QCOMPARE(d.userEmail, QStringLiteral("string"));
    QCOMPARE(d.userGroup, QStringLiteral("string"));
    QCOMPARE(d.computerName, QStringLiteral("string"));
    QCOMPARE(d.isClearData, std::optional<bool>(true));
    QCOMPARE(d.attachUserInfos.size(), 1);
    QCOMPARE(d.attachUserInfos.at(0).type, QStringLiteral("USER"));
    QCOMPARE(d.attachUserInfos.at(0).userId, QStringLiteral("string"));
    QCOMPARE(r.imageType, QStringLiteral("string"));
    QCOMPARE(r.osType, QStringLiteral("string"));
    QCOMPARE(r.orderId, QStringLiteral("string"));
    QCOMPARE(r.enterpriseProjectId, QStringLiteral("0"));
    QCOMPARE(r.desktopNamePolicyId, QStringLiteral("string"));
}

void tst_AttachRequest::seedExampleSerialises()
{
    // Written back, the string boolean becomes a real one; everything else is unchanged.
    QJsonObject expected = parse(seedExample);
    QJsonArray desktops = expected.value(QLatin1String("desktops")).toArray();
    QJsonObject first = desktops.at(0).toObject();
    first.insert(QLatin1String("is_clear_data"), true);
    desktops.replace(0, first);
    expected.insert(QLatin1String("desktops"), desktops);
    QCOMPARE(AttachRequest::fromJson(parse(seedExample), nullptr).toJson(), expected);
}

void tst_AttachRequest::isClearData_data()
{
    QTest::addColumn<QString>("value"); // JSON text of the value
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("code"); // "" = no finding
    QTest::newRow("true") << "true" << true << true << QString();
    QTest::newRow("false") << "false" << true << false << QString();
    QTest::newRow("null") << "null" << false << false << QString();
    QTest::newRow("\"true\"") << "\"true\"" << true << true << "json.string_boolean";
    QTest::newRow("\"false\"") << "\"false\"" << true << false << "json.string_boolean";
    QTest::newRow("\"True\"") << "\"True\"" << true << true << "json.string_boolean";
    QTest::newRow("\"FALSE\"") << "\"FALSE\"" << true << false << "json.string_boolean";
    QTest::newRow("\"yes\"") << "\"yes\"" << false << false << "json.type";
    QTest::newRow("\"1\"") << "\"1\"" << false << false << "json.type";
    QTest::newRow("\"\"") << "\"\"" << false << false << "json.type";
    QTest::newRow("1") << "1" << false << false << "json.type";
    QTest::newRow("object") << "{}" << false << false << "json.type";
}

void tst_AttachRequest::isClearData()
{
    QFETCH(QString, value);
    QFETCH(bool, hasValue);
    QFETCH(bool, expected);
    QFETCH(QString, code);
    const QByteArray json = QByteArrayLiteral(R"({"desktops":[{"desktop_id":"d","is_clear_data":)")
                            + value.toUtf8() + QByteArrayLiteral("}]}");
    Findings problems;
    const AttachRequest r = AttachRequest::fromJson(parse(json), &problems);
    QCOMPARE(r.desktops.size(), 1);
    QCOMPARE(r.desktops.at(0).isClearData.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*r.desktops.at(0).isClearData, expected);
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).code, code);
    QCOMPARE(problems.at(0).path, QStringLiteral("desktops[0].is_clear_data"));
    QCOMPARE(problems.at(0).isError(), code == QLatin1String("json.type"));
}

void tst_AttachRequest::roundTrip_data()
{
    QTest::addColumn<AttachRequest>("request");
    QTest::newRow("empty") << AttachRequest();
    QTest::newRow("full") << fullRequest();
    AttachRequest clearTrue;
    clearTrue.desktops = {AttachDesktop()};
    clearTrue.desktops[0].isClearData = true;
    clearTrue.desktops[0].attachUserInfos = {AttachUserInfo()};
    QTest::newRow("defaults inside") << clearTrue;
}

void tst_AttachRequest::roundTrip()
{
    QFETCH(AttachRequest, request);
    const QJsonObject json = request.toJson();
    Findings problems;
    const AttachRequest back = AttachRequest::fromJson(json, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(back == request);
    QCOMPARE(back.toJson(), json);
    for (const AttachDesktop &d : request.desktops) {
        QVERIFY(AttachDesktop::fromJson(d.toJson(), QStringLiteral("d"), &problems) == d);
        for (const AttachUserInfo &u : d.attachUserInfos)
            QVERIFY(AttachUserInfo::fromJson(u.toJson(), QStringLiteral("u"), &problems) == u);
    }
    QVERIFY(problems.isEmpty());
}

void tst_AttachRequest::toJsonOmitsUnsetFields()
{
    QCOMPARE(AttachRequest().toJson(), QJsonObject());
    AttachRequest r;
    r.desktops = {AttachDesktop()};
    r.desktops[0].desktopId = QStringLiteral("d");
    QCOMPARE(r.toJson(), QJsonObject({{QStringLiteral("desktops"),
                                       QJsonArray{QJsonObject{{QStringLiteral("desktop_id"),
                                                               QStringLiteral("d")}}}}}));
    r.desktops[0].isClearData = false;
    const QJsonObject d = r.toJson().value(QLatin1String("desktops")).toArray().at(0).toObject();
    QCOMPARE(d.value(QLatin1String("is_clear_data")).type(), QJsonValue::Bool);
    QCOMPARE(d.value(QLatin1String("is_clear_data")).toBool(), false);
    QVERIFY(!d.contains(QLatin1String("attach_user_infos")));
}

void tst_AttachRequest::problemsByPath_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown top-level") << R"({"encrypt":"KEEP"})"
                                       << "encrypt"
                                       << "json.unknown_field";
    QTest::newRow("unknown in desktops[1]") << R"({"desktops":[{},{"desktopid":"x"}]})"
                                            << "desktops[1].desktopid"
                                            << "json.unknown_field";
    QTest::newRow("unknown in attach_user_infos")
            << R"({"desktops":[{"attach_user_infos":[{},{"domian":"d"}]}]})"
            << "desktops[0].attach_user_infos[1].domian"
            << "json.unknown_field";
    QTest::newRow("desktop_id number") << R"({"desktops":[{"desktop_id":5}]})"
                                       << "desktops[0].desktop_id"
                                       << "json.type";
    QTest::newRow("desktops object") << R"({"desktops":{"desktop_id":"x"}})"
                                     << "desktops"
                                     << "json.type";
    QTest::newRow("desktops[0] string") << R"({"desktops":["x"]})"
                                        << "desktops[0]"
                                        << "json.type";
    QTest::newRow("attach_user_infos[0].type number")
            << R"({"desktops":[{"attach_user_infos":[{"type":1}]}]})"
            << "desktops[0].attach_user_infos[0].type"
            << "json.type";
    QTest::newRow("attach_user_infos string") << R"({"desktops":[{"attach_user_infos":"x"}]})"
                                              << "desktops[0].attach_user_infos"
                                              << "json.type";
    QTest::newRow("image_id bool") << R"({"image_id":false})"
                                   << "image_id"
                                   << "json.type";
}

void tst_AttachRequest::problemsByPath()
{
    QFETCH(QString, json);
    QFETCH(QString, path);
    QFETCH(QString, code);
    Findings problems;
    AttachRequest::fromJson(parse(json.toUtf8()), &problems);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(problems.at(0).path, path);
    QCOMPARE(problems.at(0).code, code);
    // A wrong type and a field nobody defines are both refused (docs/RULES.md, JSON reading).
    QCOMPARE(problems.at(0).isError(), true);
}

QTEST_APPLESS_MAIN(tst_AttachRequest)
#include "tst_attachrequest.moc"
