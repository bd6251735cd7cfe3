// The translation catalogs stay complete: every tr() string of every layer is in
// both .ts files, Chinese has no unfinished message, English has every plural.

#include "models/i18n/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace wsc;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false;
    QStringList translations;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("context")) {
                context.clear();
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus
                        = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                current.vanished
                        = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
        }
    }
    return out;
}

QString describe(const Message &m)
{
    return m.context + QLatin1String(": ") + m.source;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogsCoverSources_data();
    void catalogsCoverSources();
    void embeddedCatalogsLoad_data();
    void embeddedCatalogsLoad();

private:
    QTemporaryDir m_dir;
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Translations::catalogsCoverSources_data()
{
    QTest::addColumn<QString>("ts");
    QTest::newRow("zh_CN") << QStringLiteral("wsconsole_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral("wsconsole_en.ts");
}

// Runs lupdate over every layer's sources into a copy of the committed catalog:
// a tr() string missing from the catalog shows up as a new unfinished message.
void tst_Translations::catalogsCoverSources()
{
    QFETCH(QString, ts);
    const QString committed = QStringLiteral(WSC_TS_DIR "/") + ts;
    const QString copy = m_dir.filePath(ts);
    QFile::remove(copy);
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(WSC_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-silent"),
                   // Includes read from the repository root ("api/apitr.h"), as the build's.
                   QStringLiteral("-I"), QStringLiteral(WSC_SOURCE_DIR),
                   QStringLiteral("@" WSC_SOURCES_LIST), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> before = readTs(committed);
    const QList<Message> after = readTs(copy);
    QStringList problems;
    QSet<QString> known;
    for (const Message &m : before)
        known.insert(m.context + QChar(0) + m.source);
    for (const Message &m : after) {
        if (m.vanished)
            continue;
        if (!known.contains(m.context + QChar(0) + m.source))
            problems << QStringLiteral("not in %1: %2").arg(ts, describe(m));
        const bool english = ts.contains(QLatin1String("_en"));
        // English only needs its plural forms; Chinese needs everything.
        if ((!english || m.numerus) && m.unfinished)
            problems << QStringLiteral("unfinished in %1: %2").arg(ts, describe(m));
        if (!english && !m.unfinished && m.translations.join(QString()).isEmpty())
            problems << QStringLiteral("empty in %1: %2").arg(ts, describe(m));
    }
    for (const Message &m : before) {
        if (m.vanished)
            problems << QStringLiteral("stale in %1: %2").arg(ts, describe(m));
    }
    if (!problems.isEmpty())
        qWarning().noquote() << problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 catalog problems; run the update_translations target "
                                       "and translate")
                                .arg(problems.size())));
}

void tst_Translations::embeddedCatalogsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_Translations::embeddedCatalogsLoad()
{
    QFETCH(QString, language);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/wsconsole_%1.qm").arg(language)));
    Translator translator;
    QVERIFY(translator.setLanguage(language));
    QCOMPARE(translator.language(), language);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
