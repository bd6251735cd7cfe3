#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

/**
 * Replays the committed fuzz corpus (tests/fuzz/corpus/<target>/, seeds plus every input a
 * fuzzer run found worth keeping) through the same entry points as the libFuzzer executables,
 * so a build without clang still checks every one of them on each CI run.
 */
class tst_FuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsThere_data();
    void corpusIsThere();
    void replay_data();
    void replay();
};

namespace {

const QStringList targets = {QStringLiteral("csvreader"), QStringLiteral("jsonreaders")};

QDir corpusDir(const QString &target)
{
    return QDir(QStringLiteral(WSC_FUZZ_CORPUS_DIR "/") + target);
}

void run(const QString &target, const QByteArray &bytes)
{
    if (target == QLatin1String("csvreader"))
        FuzzTargets::csvReader(bytes);
    else
        FuzzTargets::jsonReaders(bytes);
}

} // namespace

void tst_FuzzCorpus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FuzzCorpus::corpusIsThere_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("minimum");
    // The seeds written by hand and from wsemu's answers; a corpus that shrinks to nothing
    // would make replay() pass vacuously.
    QTest::newRow("csvreader") << QStringLiteral("csvreader") << 12;
    QTest::newRow("jsonreaders") << QStringLiteral("jsonreaders") << 12;
}

void tst_FuzzCorpus::corpusIsThere()
{
    QFETCH(QString, target);
    QFETCH(int, minimum);
    const QDir dir = corpusDir(target);
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    QVERIFY(dir.entryList(QDir::Files).size() >= minimum);
}

void tst_FuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &target : targets) {
        const QDir dir = corpusDir(target);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(name))
                    << target << dir.filePath(name);
        }
    }
}

// A broken property ends the process with qFatal, which ctest reports with the file's name
// (the row that started last).
void tst_FuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    run(target, bytes);
    // Every prefix too: truncated files and cut-off replies are the commonest hostile input.
    for (const qsizetype cut : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
        if (cut > 0 && cut < bytes.size())
            run(target, bytes.left(cut));
    }
}

QTEST_GUILESS_MAIN(tst_FuzzCorpus)
#include "tst_fuzzcorpus.moc"
