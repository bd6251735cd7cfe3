#include "wsctlrunner.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

/**
 * Every help text of wsctl, in English and in Chinese: `wsctl --help`, each group's and each
 * command's `--help`, the commands taken from the top-level help itself (so a new command is
 * checked without editing this test). In Chinese every descriptive line has Chinese on it and
 * none is left as its English original; in English none has Chinese outside the CSV header
 * aliases it names on purpose.
 */
class tst_WsctlHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandList();
    void help_data();
    void help();

private:
    /** The lines of @p text that still have words once options, placeholders, values go. */
    static QStringList descriptiveLines(const QString &text);
    static bool isDescriptive(const QString &line);
    static bool hasChinese(const QString &text);

    WsctlRunner m_wsctl;
    QStringList m_commands;
};

void tst_WsctlHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    // The command table, as the dispatcher prints it: "  <words>   <summary>" after
    // "Commands:", up to the first blank line.
    const auto r = m_wsctl.runBare({"--help", "--lang", "en"});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n');
    const qsizetype start = lines.indexOf(QStringLiteral("Commands:"));
    QVERIFY2(start >= 0, qPrintable(r.out));
    static const QRegularExpression row(QStringLiteral("^  ([a-z-]+(?: [a-z-]+)*)\\s{2,}\\S"));
    for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QRegularExpressionMatch m = row.match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
        m_commands << m.captured(1);
    }
}

bool tst_WsctlHelp::hasChinese(const QString &text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return cjk.match(text).hasMatch();
}

bool tst_WsctlHelp::isDescriptive(const QString &line)
{
    const QString trimmed = line.trimmed();
    // Example command lines are code, in every language.
    static const QRegularExpression example(QStringLiteral("^(wsctl|echo|printf)\\b"));
    if (trimmed.isEmpty() || example.match(trimmed).hasMatch())
        return false;
    // Options, placeholders (NAME, FILE.csv), values (aksk|iam, cn-north-4, 0.05), keys
    // (user_name) and paths are the same in every language; what is left are words.
    static const QRegularExpression code(QStringLiteral(
            "^(-.*|[A-Z0-9_]+|.*[./|=_%$\\\\<>\\[\\]{}@0-9].*|[A-Z][A-Z0-9_]+[,.:;)]?)$"));
    for (QString token : trimmed.split(QRegularExpression(QStringLiteral("\\s+")))) {
        token.remove(QRegularExpression(QStringLiteral("^[(\"“]+|[)\"”,.:;]+$")));
        if (token.isEmpty() || token == QLatin1String("wsctl") || code.match(token).hasMatch())
            continue;
        if (token.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))) || hasChinese(token))
            return true;
    }
    return false;
}

QStringList tst_WsctlHelp::descriptiveLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (isDescriptive(line))
            out << line;
    }
    return out;
}

void tst_WsctlHelp::commandList()
{
    // Sanity of the parse: the commands are all there, each once.
    QVERIFY2(m_commands.size() >= 20, qPrintable(m_commands.join('\n')));
    QCOMPARE(QSet<QString>(m_commands.cbegin(), m_commands.cend()).size(), m_commands.size());
    for (const char *name : {"profiles list", "catalog security-groups", "desktops create",
                             "desktops attach", "users check", "jobs export", "demo",
                             "groups add-members", "users reset-password", "quotas"})
        QVERIFY2(m_commands.contains(QString::fromLatin1(name)), name);
}

void tst_WsctlHelp::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("name");
    QTest::newRow("wsctl --help") << QStringList{"--help"} << QString();
    QSet<QString> groups;
    for (const QString &command : std::as_const(m_commands)) {
        const QStringList words = command.split(u' ');
        if (words.size() > 1 && !groups.contains(words.first())) {
            groups.insert(words.first());
            QTest::addRow("%s --help", qPrintable(words.first()))
                    << QStringList{words.first(), "--help"} << words.first();
        }
        QTest::addRow("%s --help", qPrintable(command)) << words + QStringList{"--help"} << command;
    }
}

void tst_WsctlHelp::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, name);

    // --lang wins over the environment, both ways.
    const auto en = m_wsctl.runBare(args + QStringList{"--lang", "en"}, "zh_CN.UTF-8");
    const auto zh = m_wsctl.runBare(args + QStringList{"--lang", "zh_CN"}, "C.UTF-8");
    QVERIFY2(en.code == 0, qPrintable(en.all()));
    QVERIFY2(zh.code == 0, qPrintable(zh.all()));
    QVERIFY(en.err.isEmpty() && zh.err.isEmpty());
    // The same help as LANG alone gives.
    QCOMPARE(m_wsctl.runBare(args, "C.UTF-8").out, en.out);
    QCOMPARE(m_wsctl.runBare(args, "zh_CN.UTF-8").out, zh.out);

    // English: complete and English.
    QVERIFY2(en.out.startsWith(QStringLiteral("Usage: wsctl %1").arg(name).simplified())
                     || name.isEmpty(),
             qPrintable(en.out));
    const QStringList english = descriptiveLines(en.out);
    QVERIFY(english.size() >= 2);
    for (QString line : english) {
        // The CSV helps name the Chinese headers they accept: in parentheses, in lists
        // ("用户名, 邮箱, ...") and as 是/否. Those are data, not untranslated text.
        line.remove(QRegularExpression(
                QStringLiteral("\\([^)]*\\)|\\S*/\\S*|[\\x{4e00}-\\x{9fff}]+(?=,)")));
        QVERIFY2(!hasChinese(line), qPrintable(QStringLiteral("Chinese in English help: ") + line));
    }
    if (!name.contains(u' ') && !name.isEmpty()) // a group lists its commands
        QVERIFY(en.out.contains(name + QLatin1Char(' ')));
    if (name.contains(u' ') || name == QLatin1String("demo"))
        QVERIFY2(en.out.contains("Exit codes"), qPrintable(en.out));

    // Chinese: every descriptive line has Chinese, and none is the English one left as it was.
    QVERIFY(zh.out != en.out);
    const QStringList enLines = en.out.split(u'\n');
    QStringList untranslated;
    for (const QString &line : descriptiveLines(zh.out)) {
        if (!hasChinese(line) || enLines.contains(line))
            untranslated << line;
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 line(s) not translated:\n%2")
                                                        .arg(untranslated.size())
                                                        .arg(untranslated.join(u'\n'))));
    // The options and command words stay as they are: scripts and muscle memory use them.
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]+"));
    QSet<QString> enOptions, zhOptions;
    for (auto it = option.globalMatch(en.out); it.hasNext();)
        enOptions.insert(it.next().captured(0));
    for (auto it = option.globalMatch(zh.out); it.hasNext();)
        zhOptions.insert(it.next().captured(0));
    QCOMPARE(zhOptions, enOptions);
}

QTEST_GUILESS_MAIN(tst_WsctlHelp)
#include "tst_wsctl_help.moc"
