#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/**
 * The Debian package as an administrator gets it: `cpack -G DEB` into a temporary folder, its
 * listing and control fields, its AppStream metainfo and desktop entry validated by the
 * distribution's tools, and its programs, man pages and bash completion used from the
 * unpacked tree.
 */
class tst_Package : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contains_data();
    void contains();
    void ownedByRoot();
    void fields_data();
    void fields();
    void validates_data();
    void validates();
    void runs_data();
    void runs();
    void manPage_data();
    void manPage();
    void manPageHasEveryCommand();
    void completion_data();
    void completion();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    /** Runs @p program to its end in a clean environment (a throw-away HOME, no display). */
    Result run(const QString &program, const QStringList &arguments) const;
    /** The absolute path of a tool from the PATH; fails the test when it is missing. */
    static QString tool(const QString &name);
    QString unpacked(const QString &path) const { return m_root.filePath(path); }

    QTemporaryDir m_work;
    QDir m_root;
    QString m_deb;
    QStringList m_files;
    QStringList m_listing;
    QStringList m_commands;
};

QString tst_Package::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: scripts/deps.sh installs it", qPrintable(name));
    return path;
}

tst_Package::Result tst_Package::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_work.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Result r;
    if (!process.waitForFinished(150000)) {
        r.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void tst_Package::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
    QVERIFY(QDir(m_work.path()).mkpath(QStringLiteral("home")));
    for (const char *name : {"dpkg-deb", "dpkg-shlibdeps", "appstreamcli", "desktop-file-validate",
                             "help2man", "bash"})
        QVERIFY2(!tool(QString::fromLatin1(name)).isEmpty(), name);

    // The package, made the way docs/PACKAGING.md says, but into a folder of its own.
    QElapsedTimer timer;
    timer.start();
    const QString out = m_work.filePath(QStringLiteral("out"));
    const Result cpack
            = run(QStringLiteral(WSC_CPACK),
                  {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                   QStringLiteral(WSC_CPACK_CONFIG), QStringLiteral("-B"), out});
    QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    // Debian's name: <package>_<version>_<architecture>.deb
    static const QRegularExpression name(
            QStringLiteral("^workspace-console_%1_[a-z0-9]+\\.deb$")
                    .arg(QRegularExpression::escape(QStringLiteral(WSC_VERSION))));
    QVERIFY2(name.match(debs.constFirst()).hasMatch(), qPrintable(debs.constFirst()));
    m_deb = QDir(out).filePath(debs.constFirst());
    qInfo("cpack -G DEB: %lld ms, %lld KiB", static_cast<long long>(timer.elapsed()),
          static_cast<long long>(QFileInfo(m_deb).size() / 1024));

    const Result list = run(tool(QStringLiteral("dpkg-deb")), {QStringLiteral("-c"), m_deb});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    m_listing = list.out.split(u'\n', Qt::SkipEmptyParts);
    // "-rwxr-xr-x root/root 123 2026-12-07 09:00 ./usr/bin/wsctl" (a link adds " -> target")
    static const QRegularExpression entry(QStringLiteral("^\\S+ \\S+ +\\d+ \\S+ \\S+ \\./(\\S*)"));
    for (const QString &line : std::as_const(m_listing)) {
        const QRegularExpressionMatch m = entry.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        m_files << m.captured(1);
    }

    m_root.setPath(m_work.filePath(QStringLiteral("root")));
    const Result extract
            = run(tool(QStringLiteral("dpkg-deb")), {QStringLiteral("-x"), m_deb, m_root.path()});
    QVERIFY2(extract.code == 0, qPrintable(extract.err));

    // wsctl's commands, from the packaged wsctl itself.
    const Result help
            = run(unpacked(QStringLiteral("usr/bin/wsctl")),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    const QStringList lines = help.out.split(u'\n');
    static const QRegularExpression row(QStringLiteral("^  ([a-z-]+(?: [a-z-]+)*)\\s{2,}\\S"));
    for (qsizetype i = lines.indexOf(QStringLiteral("Commands:")) + 1;
         i > 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QRegularExpressionMatch m = row.match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
        m_commands << m.captured(1);
    }
    QVERIFY2(m_commands.size() > 10, qPrintable(help.out));
    qInfo("package built, listed and unpacked: %lld ms", static_cast<long long>(timer.elapsed()));
}

void tst_Package::contains_data()
{
    QTest::addColumn<QString>("path");
    const QString appId = QStringLiteral(WSC_APP_ID);
    QTest::newRow("wsconsole") << QStringLiteral("usr/bin/wsconsole");
    QTest::newRow("wsctl") << QStringLiteral("usr/bin/wsctl");
    QTest::newRow("wsemu") << QStringLiteral("usr/bin/wsemu");
    QTest::newRow("desktop entry")
            << QStringLiteral("usr/share/applications/%1.desktop").arg(appId);
    QTest::newRow("metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId);
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString path = QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/wsconsole.png");
        QTest::addRow("icon %d", size) << path.arg(size);
    }
    QTest::newRow("icon svg") << QStringLiteral(
            "usr/share/icons/hicolor/scalable/apps/wsconsole.svg");
    for (const char *program : {"wsconsole", "wsctl", "wsemu"})
        QTest::addRow("man %s", program)
                << QStringLiteral("usr/share/man/man1/%1.1.gz").arg(QLatin1String(program));
    QTest::newRow("completion") << QStringLiteral("usr/share/bash-completion/completions/wsctl");
}

void tst_Package::contains()
{
    QFETCH(QString, path);
    QVERIFY2(m_files.contains(path), qPrintable(m_listing.join(u'\n')));
    QVERIFY(QFileInfo(unpacked(path)).isFile());
    if (path.startsWith(QLatin1String("usr/bin/")))
        QVERIFY(QFileInfo(unpacked(path)).isExecutable());
}

void tst_Package::ownedByRoot()
{
    // Files installed as the builder's user would belong to whoever has that id on the target.
    for (const QString &line : std::as_const(m_listing))
        QVERIFY2(line.section(u' ', 1, 1) == QLatin1String("root/root"), qPrintable(line));
}

void tst_Package::fields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << QStringLiteral("Package") << QStringLiteral("^workspace-console$");
    QTest::newRow("version") << QStringLiteral("Version")
                             << QStringLiteral("^%1$").arg(
                                        QRegularExpression::escape(QStringLiteral(WSC_VERSION)));
    // Depends, computed by dpkg-shlibdeps from the programs: each Qt library they link.
    for (const char *package : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                                "libqt6sql6", "libqt6httpserver6", "libc6"})
        QTest::addRow("depends %s", package)
                << QStringLiteral("Depends")
                << QStringLiteral("(^|, )%1( \\(|,|$)").arg(QLatin1String(package));
    // Loaded at run time, so added by hand.
    QTest::newRow("depends sqlite driver")
            << QStringLiteral("Depends") << QStringLiteral("(^|, )libqt6sql6-sqlite(,|$)");
    QTest::newRow("section") << QStringLiteral("Section") << QStringLiteral("^admin$");
    QTest::newRow("description") << QStringLiteral("Description")
                                 << QStringLiteral("Huawei Cloud Workspace");
    // Prose, not a CMake list joined with ";".
    QTest::newRow("description is one text")
            << QStringLiteral("Description") << QStringLiteral("^[^;]+ Sandbox\\)\\.$");
}

void tst_Package::fields()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Result r = run(tool(QStringLiteral("dpkg-deb")), {QStringLiteral("-f"), m_deb, field});
    QCOMPARE(r.code, 0);
    const QString value = r.out.trimmed();
    QVERIFY2(QRegularExpression(expected).match(value).hasMatch(),
             qPrintable(field + QStringLiteral(": ") + value));
}

void tst_Package::validates_data()
{
    QTest::addColumn<QString>("validator");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("path");
    const QString appId = QStringLiteral(WSC_APP_ID);
    QTest::newRow("metainfo") << QStringLiteral("appstreamcli")
                              << QStringList{QStringLiteral("validate"), QStringLiteral("--no-net"),
                                             QStringLiteral("--pedantic")}
                              << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(appId);
    QTest::newRow("desktop entry")
            << QStringLiteral("desktop-file-validate") << QStringList{}
            << QStringLiteral("usr/share/applications/%1.desktop").arg(appId);
}

void tst_Package::validates()
{
    QFETCH(QString, validator);
    QFETCH(QStringList, arguments);
    QFETCH(QString, path);
    const Result r = run(tool(validator), arguments << unpacked(path));
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    // Both print hints (a desktop entry's categories) and warnings without failing: none.
    QVERIFY2(!r.out.contains(QLatin1String("W: ")) && !r.out.contains(QLatin1String("hint:")),
             qPrintable(r.out + r.err));
}

void tst_Package::runs_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString version = QStringLiteral(WSC_VERSION);
    for (const char *program : {"wsctl", "wsemu", "wsconsole"}) {
        // wsconsole prints its version without a display (run() removes DISPLAY).
        QTest::addRow("%s --version", program)
                << QString::fromLatin1(program) << QStringList{QStringLiteral("--version")}
                << QStringLiteral("%1 %2\n").arg(QLatin1String(program), version);
    }
    QTest::newRow("wsemu --help") << QStringLiteral("wsemu")
                                  << QStringList{QStringLiteral("--help")}
                                  << QStringLiteral("--listen <host:port>");
    QTest::newRow("wsconsole --help")
            << QStringLiteral("wsconsole") << QStringList{QStringLiteral("--help")}
            << QStringLiteral("--sandbox-state <file>");
    QTest::newRow("wsctl --help") << QStringLiteral("wsctl")
                                  << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                 QStringLiteral("--help")}
                                  << QStringLiteral("Usage: wsctl [global options]");
}

void tst_Package::runs()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result r = run(unpacked(QStringLiteral("usr/bin/") + program), arguments);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    if (expected.endsWith(u'\n'))
        QCOMPARE(r.out, expected);
    else
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

void tst_Package::manPage_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wsconsole") << QStringLiteral("wsconsole")
                               << QStringLiteral("\\-\\-sandbox\\-state");
    QTest::newRow("wsctl") << QStringLiteral("wsctl")
                           << QStringLiteral(".SH \"COMMANDS IN DETAIL\"");
    QTest::newRow("wsemu") << QStringLiteral("wsemu") << QStringLiteral("\\-\\-listen");
}

void tst_Package::manPage()
{
    QFETCH(QString, program);
    QFETCH(QString, expected);
    const QString path = unpacked(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(program));
    const Result r = run(tool(QStringLiteral("gzip")), {QStringLiteral("-dc"), path});
    QCOMPARE(r.code, 0);
    // help2man's title line: .TH WSCTL "1" "<month year>" "wsctl 0.1.0" "User Commands"
    const QString title = QStringLiteral(".TH %1 \"1\"").arg(program.toUpper());
    QVERIFY2(r.out.contains(title), qPrintable(r.out.left(400)));
    QVERIFY2(r.out.contains(QStringLiteral("\"%1 %2\"").arg(program, QStringLiteral(WSC_VERSION))),
             qPrintable(r.out.left(400)));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    // Made from the program run by name: no build folder in its usage line.
    QVERIFY2(!r.out.contains(QStringLiteral(WSC_BUILD_DIR)), qPrintable(r.out));
}

void tst_Package::manPageHasEveryCommand()
{
    const QString path = unpacked(QStringLiteral("usr/share/man/man1/wsctl.1.gz"));
    const Result r = run(tool(QStringLiteral("gzip")), {QStringLiteral("-dc"), path});
    QCOMPARE(r.code, 0);
    for (const QString &command : std::as_const(m_commands)) {
        QVERIFY2(r.out.contains(QStringLiteral(".SS \"wsctl %1\"").arg(command)),
                 qPrintable(command));
        QVERIFY2(r.out.contains(QStringLiteral("Usage: wsctl %1").arg(command)),
                 qPrintable(command));
    }
    // The global options once, not after every command.
    QCOMPARE(r.out.count(QLatin1String("Credentials also come from")), 1);
}

void tst_Package::completion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    // A trailing space starts a new, empty word.
    QTest::newRow("groups") << QStringLiteral("wsctl ")
                            << QStringList{QStringLiteral("profiles"), QStringLiteral("catalog"),
                                           QStringLiteral("desktops"), QStringLiteral("users"),
                                           QStringLiteral("jobs"),     QStringLiteral("demo")}
                            << QStringList{QStringLiteral("list")};
    QTest::newRow("group prefix") << QStringLiteral("wsctl us")
                                  << QStringList{QStringLiteral("users")}
                                  << QStringList{QStringLiteral("jobs")};
    QTest::newRow("commands of a group")
            << QStringLiteral("wsctl users ")
            << QStringList{QStringLiteral("list"), QStringLiteral("create"),
                           QStringLiteral("check")}
            << QStringList{QStringLiteral("retry-failed")};
    QTest::newRow("after global options")
            << QStringLiteral("wsctl --profile prod --format json jobs re")
            << QStringList{QStringLiteral("retry-failed")} << QStringList{};
    QTest::newRow("options of a command")
            << QStringLiteral("wsctl desktops create --")
            << QStringList{QStringLiteral("--spec"), QStringLiteral("--users"),
                           QStringLiteral("--dry-run"), QStringLiteral("--profile"),
                           QStringLiteral("--format")}
            << QStringList{QStringLiteral("--assignments")};
    QTest::newRow("only the options left")
            << QStringLiteral("wsctl desktops create --dry-run --w")
            << QStringList{QStringLiteral("--wait")} << QStringList{QStringLiteral("--spec")};
    QTest::newRow("option in the usage line")
            << QStringLiteral("wsctl jobs export 29d5e41a --o")
            << QStringList{QStringLiteral("--out")} << QStringList{};
    QTest::newRow("global choice")
            << QStringLiteral("wsctl --format ")
            << QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}
            << QStringList{QStringLiteral("profiles")};
    QTest::newRow("global choice after =")
            << QStringLiteral("wsctl --lang=zh") << QStringList{QStringLiteral("zh_CN")}
            << QStringList{QStringLiteral("en")};
    QTest::newRow("command choice")
            << QStringLiteral("wsctl users check --domain-type L")
            << QStringList{QStringLiteral("LITE_AS"), QStringLiteral("LOCAL_AD")} << QStringList{};
    QTest::newRow("file value") << QStringLiteral("wsctl desktops create --spec @DIR@/sp")
                                << QStringList{QStringLiteral("@DIR@/spec.json")}
                                << QStringList{QStringLiteral("@DIR@/users.csv")};
    QTest::newRow("file argument")
            << QStringLiteral("wsctl users check @DIR@/us")
            << QStringList{QStringLiteral("@DIR@/users.csv")} << QStringList{};
}

void tst_Package::completion()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const QString dir = m_work.filePath(QStringLiteral("files"));
    QVERIFY(QDir().mkpath(dir));
    for (const char *name : {"spec.json", "users.csv"}) {
        QFile file(dir + u'/' + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    line.replace(QLatin1String("@DIR@"), dir);
    expected.replaceInStrings(QLatin1String("@DIR@"), dir);
    unexpected.replaceInStrings(QLatin1String("@DIR@"), dir);

    // What bash does on Tab: COMP_WORDS split at blanks and at "=" (COMP_WORDBREAKS), then the
    // function that `complete -F` registered. The packaged file, sourced as bash-completion does.
    const QString script = QStringLiteral("source \"$1\"\n"
                                          "read -r -a COMP_WORDS <<<\"${2//=/ = }\"\n"
                                          "[[ $2 == *' ' ]] && COMP_WORDS+=('')\n"
                                          "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                          "COMP_LINE=$2\n"
                                          "COMP_POINT=${#2}\n"
                                          "spec=$(complete -p wsctl) || exit 3\n"
                                          "[[ $spec == *'-F _wsctl'* ]] || exit 4\n"
                                          "_wsctl\n"
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    const Result r
            = run(tool(QStringLiteral("bash")),
                  {QStringLiteral("-c"), script, QStringLiteral("bash"),
                   unpacked(QStringLiteral("usr/share/bash-completion/completions/wsctl")), line});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList words = r.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &word : std::as_const(expected))
        QVERIFY2(words.contains(word),
                 qPrintable(word + QStringLiteral(" not in: ") + words.join(u' ')));
    for (const QString &word : std::as_const(unexpected))
        QVERIFY2(!words.contains(word),
                 qPrintable(word + QStringLiteral(" in: ") + words.join(u' ')));
    QCOMPARE(words.size(), QSet<QString>(words.cbegin(), words.cend()).size());
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
