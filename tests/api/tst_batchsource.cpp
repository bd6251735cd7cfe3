#include "api/jobs/batchitem.h"
#include "api/jobs/batchoutcome.h"
#include "api/jobs/batchsource.h"
#include "models/domain/jobinfo.h"
#include "models/i18n/translator.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * What the journal keeps is data, worded when shown: where a batch's rows came from (by
 * source: files, typed or pasted rows, the window) and the notes the console adds to a failure
 * the service gave no reason for. Both read in the language of the reader, whenever it reads.
 */
class tst_BatchSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void originText_data();
    void originText();
    void originIsLanguageNeutral();
    void notesAreStoredAsData();

private:
    Translator *m_translator = nullptr;
};

void tst_BatchSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_translator = new Translator(this);
    QVERIFY(m_translator->setLanguage(QStringLiteral("en")));
}

void tst_BatchSource::cleanupTestCase()
{
    m_translator->setLanguage(QStringLiteral("en"));
}

void tst_BatchSource::originText_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("text");
    const QString wizard = BatchSource::wizard();
    QTest::newRow("typed in the wizard") << wizard << "typed in the create wizard";
    QTest::newRow("the assignment dialog")
            << BatchSource::assignmentDialog() << "typed in the assignment dialog";
    QTest::newRow("a file, as wsctl gives it") << "/home/a/users.csv"
                                               << "/home/a/users.csv";
    QTest::newRow("all rows from one file")
            << BatchSource::rowsOrigin(wizard, {"/home/a/gbk_excel_zh.csv"}, 6, 0)
            << "/home/a/gbk_excel_zh.csv";
    QTest::newRow("rows by source")
            << BatchSource::rowsOrigin(wizard, {"/home/a/gbk_excel_zh.csv"}, 2, 4)
            << "2 rows from gbk_excel_zh.csv; 4 typed or pasted in the create wizard";
    QTest::newRow("two files") << BatchSource::rowsOrigin(wizard, {"/a/x.csv", "/b/y.csv"}, 5, 0)
                               << "5 rows from x.csv, y.csv";
    QTest::newRow("only typed") << BatchSource::rowsOrigin(wizard, {}, 0, 3)
                                << "3 typed or pasted in the create wizard";
    QTest::newRow("nothing") << BatchSource::rowsOrigin(wizard, {}, 0, 0)
                             << "typed in the create wizard";
}

void tst_BatchSource::originText()
{
    QFETCH(QString, origin);
    QFETCH(QString, text);
    QCOMPARE(BatchSource::originText(origin), text);
}

void tst_BatchSource::originIsLanguageNeutral()
{
    // Made in Chinese, read in English: the journal holds no words of either.
    QVERIFY(m_translator->setLanguage(QStringLiteral("zh_CN")));
    const QString origin
            = BatchSource::rowsOrigin(BatchSource::wizard(), {QStringLiteral("/a/u.csv")}, 1, 1);
    const QString chinese = BatchSource::originText(origin);
    QVERIFY(m_translator->setLanguage(QStringLiteral("en")));
    QCOMPARE(BatchSource::originText(origin),
             QStringLiteral("1 row from u.csv; 1 typed or pasted in the create wizard"));
    QVERIFY2(!origin.contains(QLatin1String("typed")), qPrintable(origin));
    QVERIFY2(chinese.contains(QStringLiteral("u.csv"))
                     && chinese.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
             qPrintable(chinese));
}

void tst_BatchSource::notesAreStoredAsData()
{
    // A job that ended without a word on this desktop.
    BatchItem item;
    JobInfo job;
    job.id = QStringLiteral("j1");
    job.status = QStringLiteral("FAILED");
    QVERIFY(BatchOutcome::applyUnreportedEnd(item, job));
    QCOMPARE(item.note(), BatchItem::Note::JobEndedUnreported);
    QVERIFY2(!item.message.contains(QLatin1Char(' ')), qPrintable(item.message)); // a marker
    QCOMPARE(item.messageText(), QStringLiteral("The job ended without reporting this desktop."));

    // The service's own reason is kept as sent.
    BatchItem reasoned;
    job.failReason = QStringLiteral("quota exceeded");
    QVERIFY(BatchOutcome::applyUnreportedEnd(reasoned, job));
    QCOMPARE(reasoned.note(), BatchItem::Note::None);
    QCOMPARE(reasoned.messageText(), QStringLiteral("quota exceeded"));

    BatchItem broken;
    broken.setNote(BatchItem::Note::DesktopInError);
    QCOMPARE(broken.messageText(),
             QStringLiteral("The service shows the desktop in the “Error” state."));
    // Worded again in the reader's language, never the raw status.
    QVERIFY(m_translator->setLanguage(QStringLiteral("zh_CN")));
    const QString chinese = broken.messageText();
    QVERIFY(m_translator->setLanguage(QStringLiteral("en")));
    QVERIFY2(!chinese.contains(QLatin1String("ERROR"))
                     && chinese.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
             qPrintable(chinese));
}

QTEST_GUILESS_MAIN(tst_BatchSource)
#include "tst_batchsource.moc"
