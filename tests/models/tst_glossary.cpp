#include "models/i18n/glossary.h"
#include "models/i18n/translator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The glossary names every value of every service enum in English and in Chinese, never shows
 * a known value raw, gives two values of one enum two texts, and docs/GLOSSARY.md lists exactly
 * what the console shows.
 */
class tst_Glossary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyValueIsNamed_data();
    void everyValueIsNamed();
    void matchesCaseInsensitively();
    void unknownValueIsShownAsSent();
    void docsListEveryValue_data();
    void docsListEveryValue();

private:
    Translator *m_translator = nullptr;
};

namespace {

/** Values that the service spells two ways for the same thing: they share a text. */
bool isAlias(const QString &field, const QString &value)
{
    return (field == QLatin1String("job status")
            && (value == QLatin1String("INIT") || value == QLatin1String("FAIL")))
           || (field == QLatin1String("domain_type") && value == QLatin1String("LITE_AD"));
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

/** docs/GLOSSARY.md rows: "| `VALUE` | English | Chinese |", keyed by section field + value. */
QHash<QString, QStringList> docRows()
{
    QFile file(QStringLiteral(WSC_SOURCE_DIR "/docs/GLOSSARY.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QStringList> rows;
    QString field;
    static const QRegularExpression heading(QStringLiteral("^## .*`Glossary::(\\w+)\\(\\)`"));
    static const QRegularExpression row(
            QStringLiteral("^\\| `([^`]*)` \\| ([^|]+) \\| ([^|]+) \\|$"));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch h = heading.match(line);
        if (h.hasMatch()) {
            field = h.captured(1);
            continue;
        }
        const QRegularExpressionMatch r = row.match(line);
        if (r.hasMatch())
            rows.insert(field + QLatin1Char('/') + r.captured(1),
                        {r.captured(2).trimmed(), r.captured(3).trimmed()});
    }
    return rows;
}

/** The function name used in the docs' headings, found by comparing function pointers. */
QString functionName(QString (*text)(const QString &))
{
    const QList<QPair<QString (*)(const QString &), const char *>> names{
            {&Glossary::desktopStatus, "desktopStatus"},
            {&Glossary::taskStatus, "taskStatus"},
            {&Glossary::attachState, "attachState"},
            {&Glossary::loginStatus, "loginStatus"},
            {&Glossary::desktopType, "desktopType"},
            {&Glossary::imageType, "imageType"},
            {&Glossary::jobStatus, "jobStatus"},
            {&Glossary::volumeType, "volumeType"},
            {&Glossary::eipType, "eipType"},
            {&Glossary::eipChargeMode, "eipChargeMode"},
            {&Glossary::assigneeType, "assigneeType"},
            {&Glossary::userGroup, "userGroup"},
            {&Glossary::directoryType, "directoryType"},
            {&Glossary::activationType, "activationType"},
            {&Glossary::productChargeMode, "productChargeMode"},
            {&Glossary::productStatus, "productStatus"},
            {&Glossary::workspaceStatus, "workspaceStatus"}};
    for (const auto &n : names) {
        if (n.first == text)
            return QString::fromLatin1(n.second);
    }
    return {};
}

} // namespace

void tst_Glossary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_translator = new Translator(this);
}

void tst_Glossary::cleanupTestCase()
{
    m_translator->setLanguage(QStringLiteral("en"));
}

void tst_Glossary::everyValueIsNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void tst_Glossary::everyValueIsNamed()
{
    QFETCH(QString, language);
    QVERIFY(m_translator->setLanguage(language));
    const bool chinese = language == QLatin1String("zh_CN");
    const QList<Glossary::Enum> enums = Glossary::all();
    QCOMPARE(enums.size(), 17);
    for (const Glossary::Enum &e : enums) {
        QVERIFY2(!functionName(e.text).isEmpty(), qPrintable(e.field));
        QVERIFY2(!e.values.isEmpty(), qPrintable(e.field));
        QSet<QString> texts;
        for (const QString &value : e.values) {
            const QString what = e.field + QLatin1Char('=') + value;
            const QString text = e.text(value);
            QVERIFY2(!text.isEmpty(), qPrintable(what));
            QVERIFY2(text != value, qPrintable(what + QLatin1String(" is shown raw")));
            // A raw value may appear only in parentheses, next to the words (disk types).
            QVERIFY2(!text.startsWith(value) || value.size() < 3,
                     qPrintable(what + QLatin1String(" reads as ") + text));
            if (chinese)
                QVERIFY2(hasHan(text), qPrintable(what + QLatin1String(" untranslated: ") + text));
            else
                QVERIFY2(!hasHan(text), qPrintable(what + QLatin1String(": ") + text));
            if (!isAlias(e.field, value)) {
                QVERIFY2(!texts.contains(text),
                         qPrintable(what + QLatin1String(" has the text of another value: ")
                                    + text));
                texts.insert(text);
            }
        }
    }
}

void tst_Glossary::matchesCaseInsensitively()
{
    m_translator->setLanguage(QStringLiteral("en"));
    QCOMPARE(Glossary::desktopStatus(QStringLiteral("active")), QStringLiteral("Active"));
    QCOMPARE(Glossary::attachState(QStringLiteral(" unattach ")), QStringLiteral("Unassigned"));
    QCOMPARE(Glossary::taskStatus(QStringLiteral("POWERING-ON")), QStringLiteral("Starting"));
    QCOMPARE(Glossary::jobStatus(QStringLiteral("fail")), Glossary::jobStatus("FAILED"));
    QCOMPARE(Glossary::directoryType(QStringLiteral("LITE_AD")),
             Glossary::directoryType(QStringLiteral("LITE_AS")));
}

void tst_Glossary::unknownValueIsShownAsSent()
{
    QCOMPARE(Glossary::desktopStatus(QStringLiteral("MELTED")), QStringLiteral("MELTED"));
    QCOMPARE(Glossary::taskStatus(QString()), QString());
    QCOMPARE(Glossary::imageType(QStringLiteral("borrowed")), QStringLiteral("borrowed"));
}

void tst_Glossary::docsListEveryValue_data()
{
    everyValueIsNamed_data();
}

void tst_Glossary::docsListEveryValue()
{
    QFETCH(QString, language);
    QVERIFY(m_translator->setLanguage(language));
    const int column = language == QLatin1String("zh_CN") ? 1 : 0;
    const QHash<QString, QStringList> rows = docRows();
    QVERIFY2(!rows.isEmpty(), "docs/GLOSSARY.md not found or has no table rows");
    int listed = 0;
    for (const Glossary::Enum &e : Glossary::all()) {
        for (const QString &value : e.values) {
            const QString key = functionName(e.text) + QLatin1Char('/') + value;
            QVERIFY2(rows.contains(key), qPrintable(key + QLatin1String(" missing from the docs")));
            QCOMPARE(rows.value(key).at(column), e.text(value));
            ++listed;
        }
    }
    QCOMPARE(rows.size(), listed); // and nothing the code does not know
}

QTEST_GUILESS_MAIN(tst_Glossary)
#include "tst_glossary.moc"
