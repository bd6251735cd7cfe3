// bench_csv: how fast the user CSV import reads and checks big files.
//
//   bench_csv [--rows N[,N...]] [--encoding utf-8|gb18030] [--repeat R]
//             [--modes phases,pipeline,check]
//
// For each size it writes a realistic file (Chinese header, Chinese computer names, quoted
// fields, a few bad cells), then times each phase on the best of R runs in a fresh child
// process, so that the peak RSS printed belongs to that size alone. "pipeline" is
// UserImport::run() (the dialog's worker: every row kept), "check" UserImport::check() (wsctl
// users check: rows checked as read and dropped). The summary gives each mode's rows/s against
// its 100 000 rows (else its first size; CPU time) and its peak RSS against the file's size.

#include "benchfigures.h"
#include "csvgenerator.h"

#include "models/csv/csvencoding.h"
#include "models/csv/csvparser.h"
#include "models/csv/csvreader.h"
#include "models/csv/userimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <ctime>

#include <algorithm>
#include <cstdio>

using namespace wsc;

namespace {

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

struct Phases
{
    double read = 0, decode = 0, parse = 0, map = 0, validate = 0, endToEnd = 0;
    double cpu = 0; ///< CPU time of the pipeline: what a busy shared machine does not inflate
    int rows = 0;
    int invalid = 0;
};

double ms(QElapsedTimer &t)
{
    const double v = t.nsecsElapsed() / 1e6;
    t.restart();
    return v;
}

/** One measured run of every phase on @p path (records collected, then rows built). */
Phases measure(const QString &path, const ValidationContext &context)
{
    Phases p;
    QElapsedTimer t;
    {
        t.start();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QByteArray bytes = file.readAll();
        p.read = ms(t);

        const CsvEncoding::Detection detection = CsvEncoding::detect(bytes);
        const QString text = CsvEncoding::decode(QByteArrayView(bytes).sliced(detection.bomLength),
                                                 detection.encoding);
        p.decode = ms(t);

        CsvParseResult parsed = CsvParser::parse(text, CsvParser::detectDelimiter(text));
        p.parse = ms(t);

        CsvTable table;
        table.header = parsed.records.takeFirst().fields;
        table.records = std::move(parsed.records);
        table.delimiter = u',';
        const QStringList mapping
                = CsvColumnMatcher::userImport().mapHeader(table.header, 1, nullptr);
        // As the dialog keeps them: compact (the list of rows is only built on the way).
        UserImportRows rows(UserImport::buildRows(table, mapping));
        p.map = ms(t);

        UserImport::validateRows(rows, context);
        p.validate = ms(t);
        p.rows = int(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r)
            p.invalid += rows.hasErrors(r);
    }

    return p;
}

/**
 * The wall and CPU time of @p run on the file at @p path; @p count then reads the rows and the
 * invalid ones from what it returned, outside the timing.
 */
template<typename Run, typename Count>
Phases timed(const QString &path, const ValidationContext &context, Run run, Count count)
{
    Phases p;
    UserImportRequest request;
    request.filePath = path;
    request.context = context;
    QElapsedTimer t;
    const double cpuBefore = BenchFigures::processCpuMs();
    t.start();
    const auto result = run(request);
    p.endToEnd = ms(t);
    p.cpu = BenchFigures::processCpuMs() - cpuBefore;
    count(result, &p);
    return p;
}

/** The whole pipeline as the dialog and wsctl run it: UserImport::run() on the file. */
Phases pipeline(const QString &path, const ValidationContext &context)
{
    return timed(
            path, context,
            [](const UserImportRequest &request) { return UserImport::run(request); },
            [](const UserImportResult &result, Phases *p) {
                p->rows = int(result.rows.size());
                p->invalid = result.invalidCount();
            });
}

QString writeFile(const QTemporaryDir &dir, int rows, const QString &encoding)
{
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(CsvGenerator::generate(rows, encoding));
    return path;
}

/** The streaming check as `wsctl users check` runs it: UserImport::check() on the file. */
Phases check(const QString &path, const ValidationContext &context)
{
    return timed(
            path, context,
            [](const UserImportRequest &request) { return UserImport::check(request, 1000); },
            [](const UserCheckReport &report, Phases *p) {
                p->rows = int(report.rows);
                p->invalid = int(report.invalid);
            });
}

/** What a child reports to the parent for the summary (one line, after its own). */
void printResult(const QString &mode, int rows, double wall, double cpu, double rssMb, double mb)
{
    std::printf("#result %s %d %.3f %.3f %.3f %.3f\n", qPrintable(mode), rows, wall, cpu, rssMb,
                mb);
}

/** One size in this process: "phases", "pipeline" (run() as shipped) or "check". */
int runOne(int rows, const QString &encoding, int repeat, const QString &mode)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, rows, encoding);
    const double mb = QFile(path).size() / (1024.0 * 1024.0);
    ValidationContext context;
    context.domainType = DomainType::LiteAs;
    context.os = OsType::Windows;
    // The file is written before measuring; its generation must not count in the peak.
    const qint64 baseRss = peakRssKb();

    if (mode == QLatin1String("pipeline") || mode == QLatin1String("check")) {
        const bool streaming = mode == QLatin1String("check");
        double best = 1e300;
        double bestCpu = 1e300;
        Phases p;
        for (int r = 0; r < repeat; ++r) {
            p = streaming ? check(path, context) : pipeline(path, context);
            best = std::min(best, p.endToEnd);
            bestCpu = std::min(bestCpu, p.cpu);
        }
        const double rssMb = std::max(peakRssKb(), baseRss) / 1024.0;
        std::printf("%9d  %-8s %6.1f MB  %-26s %7.1f ms (CPU %7.1f ms)  %5.2f M rows/s  "
                    "%6.1f MB/s  peak RSS %5.0f MB = %4.1f x file (%d invalid)\n",
                    rows, qPrintable(encoding), mb,
                    streaming ? "check (UserImport::check):" : "pipeline (UserImport::run):", best,
                    bestCpu, rows / best / 1000.0, mb / best * 1000.0, rssMb, rssMb / mb,
                    p.invalid);
        printResult(mode, rows, best, bestCpu, rssMb, mb);
        std::fflush(stdout);
        return 0;
    }

    Phases best;
    double bestTotal = 1e300;
    for (int r = 0; r < repeat; ++r) {
        const Phases p = measure(path, context);
        const double total = p.decode + p.parse + p.map + p.validate;
        if (total < bestTotal) {
            bestTotal = total;
            best = p;
        }
    }
    const double parseValidate = best.parse + best.map + best.validate;
    std::printf("%9d  %-8s %6.1f MB  read %6.1f  decode %6.1f  parse %6.1f  map %6.1f  "
                "validate %6.1f  = parse+validate %7.1f ms  %5.2f M rows/s  %6.1f MB/s\n",
                rows, qPrintable(encoding), mb, best.read, best.decode, best.parse, best.map,
                best.validate, parseValidate, rows / parseValidate / 1000.0,
                mb / (best.decode + parseValidate) * 1000.0);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the CSV user import."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
            QStringLiteral("rows"), QStringLiteral("Comma-separated row counts."),
            QStringLiteral("N,..."), QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            QStringLiteral("utf-8 (with BOM) or gb18030."),
                                            QStringLiteral("name"), QStringLiteral("utf-8"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per size; the best is shown."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption oneOption(QStringLiteral("one"), QStringLiteral("(internal)"),
                                       QStringLiteral("N"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("(internal)"),
                                        QStringLiteral("mode"), QStringLiteral("phases"));
    const QCommandLineOption modesOption(
            QStringLiteral("modes"), QStringLiteral("Comma-separated: phases, pipeline, check."),
            QStringLiteral("M,..."), QStringLiteral("phases,pipeline,check"));
    parser.addOptions(
            {rowsOption, encodingOption, repeatOption, oneOption, modeOption, modesOption});
    parser.process(app);

    const QString encoding = CsvEncoding::normalize(parser.value(encodingOption));
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    if (parser.isSet(oneOption))
        return runOne(parser.value(oneOption).toInt(), encoding, repeat, parser.value(modeOption));

    std::printf("bench_csv: user CSV import, best of %d runs; every size and mode in its own "
                "process (peak RSS is per process); times in ms\n",
                repeat);
    std::fflush(stdout);
    int status = 0;
    struct Result
    {
        QString mode;
        int rows;
        double wall, cpu, rssMb, mb;
    };
    QList<Result> results;
    for (const QString &mode : parser.value(modesOption).split(u',', Qt::SkipEmptyParts)) {
        for (const QString &n : parser.value(rowsOption).split(u',', Qt::SkipEmptyParts)) {
            // A child per size: ru_maxrss is a high-water mark for the whole process.
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--one"), n.trimmed(), QStringLiteral("--encoding"),
                         encoding, QStringLiteral("--repeat"), QString::number(repeat),
                         QStringLiteral("--mode"), mode.trimmed()});
            child.waitForFinished(-1);
            status |= child.exitCode();
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (line.startsWith("#result ")) {
                    const QList<QByteArray> f = line.split(' ');
                    if (f.size() == 7)
                        results.append({QString::fromLatin1(f.at(1)), f.at(2).toInt(),
                                        f.at(3).toDouble(), f.at(4).toDouble(), f.at(5).toDouble(),
                                        f.at(6).toDouble()});
                } else if (!line.isEmpty()) {
                    std::printf("%s\n", line.constData());
                }
            }
            std::fflush(stdout);
        }
    }
    // Scaling: rows/s on CPU time against the mode's 100 000 rows, or its first size when not
    // measured (wall time is inflated by whatever else the shared machine runs); memory against
    // the file.
    if (!results.isEmpty()) {
        std::printf("\nscaling (rows/s on CPU time vs 100 000 rows, else the first size; peak RSS "
                    "/ file size):\n");
        for (const Result &r : std::as_const(results)) {
            auto first = std::find_if(results.cbegin(), results.cend(), [&](const Result &o) {
                return o.mode == r.mode && o.rows == 100000;
            });
            if (first == results.cend())
                first = std::find_if(results.cbegin(), results.cend(),
                                     [&](const Result &o) { return o.mode == r.mode; });
            const double ratio = (r.rows / r.cpu) / (first->rows / first->cpu);
            std::printf("  %-8s %9d rows  %6.2f M rows/s (CPU)  %5.2f x  peak RSS %6.0f MB = "
                        "%4.1f x file\n",
                        qPrintable(r.mode), r.rows, r.rows / r.cpu / 1000.0, ratio, r.rssMb,
                        r.rssMb / r.mb);
        }
    }
    return status;
}
