// Finding helpers: error detection and selecting the findings of one field or item.

#include "models/rules/finding.h"

#include <QStandardPaths>
#include <QtTest>

using namespace wsc;

class tst_Finding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hasErrors();
    void findingsUnder_data();
    void findingsUnder();
    void equalityIgnoresMessage();
};

namespace {

Finding make(const char *path, const char *code, Severity severity = Severity::Error)
{
    return Finding{QString::fromLatin1(path), QString::fromLatin1(code), severity, QString()};
}

Findings sample()
{
    return {make("", "desktops.required"),
            make("desktops[3]", "attach.flat_fields_ignored", Severity::Warning),
            make("desktops[3].user_name", "user_name.chars"),
            make("desktops[30].user_name", "user_name.length"),
            make("desktops[3].attach_user_infos[1].user_group", "user_group.enum"),
            make("desktops_extra", "json.unknown_field", Severity::Warning),
            make("root_volume.size", "volume.size.range")};
}

} // namespace

void tst_Finding::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Finding::hasErrors()
{
    QVERIFY(!::hasErrors({}));
    QVERIFY(!::hasErrors({make("a", "w", Severity::Warning)}));
    QVERIFY(::hasErrors({make("a", "w", Severity::Warning), make("b", "e")}));
}

void tst_Finding::findingsUnder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("whole request")
            << QString() << QStringList{QStringLiteral("desktops.required"),
                                        QStringLiteral("attach.flat_fields_ignored"),
                                        QStringLiteral("user_name.chars"),
                                        QStringLiteral("user_name.length"),
                                        QStringLiteral("user_group.enum"),
                                        QStringLiteral("json.unknown_field"),
                                        QStringLiteral("volume.size.range")};
    QTest::newRow("desktops[3] not [30]")
            << QStringLiteral("desktops[3]")
            << QStringList{QStringLiteral("attach.flat_fields_ignored"),
                           QStringLiteral("user_name.chars"), QStringLiteral("user_group.enum")};
    QTest::newRow("desktops, not desktops_extra")
            << QStringLiteral("desktops")
            << QStringList{QStringLiteral("attach.flat_fields_ignored"),
                           QStringLiteral("user_name.chars"), QStringLiteral("user_name.length"),
                           QStringLiteral("user_group.enum")};
    QTest::newRow("one field") << QStringLiteral("desktops[30].user_name")
                               << QStringList{QStringLiteral("user_name.length")};
    QTest::newRow("prefix of a field name is not a parent")
            << QStringLiteral("desktops[3].user") << QStringList{};
    QTest::newRow("root_volume") << QStringLiteral("root_volume")
                                 << QStringList{QStringLiteral("volume.size.range")};
}

void tst_Finding::findingsUnder()
{
    QFETCH(QString, path);
    QFETCH(QStringList, codes);
    QStringList got;
    for (const Finding &f : ::findingsUnder(sample(), path))
        got << f.code;
    QCOMPARE(got, codes);
}

void tst_Finding::equalityIgnoresMessage()
{
    Finding a = make("p", "c");
    Finding b = a;
    b.message = QStringLiteral("translated differently");
    QVERIFY(a == b);
    b.severity = Severity::Warning;
    QVERIFY(!(a == b));
}

QTEST_APPLESS_MAIN(tst_Finding)
#include "tst_finding.moc"
