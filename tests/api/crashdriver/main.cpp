// wsc_crashdriver: a small program that the resilience tests kill with SIGKILL.
//
//   wsc_crashdriver run --journal FILE --endpoint URL --project ID --product P --image I
//                       --count N --prefix X [--nameless-every K] [--cap C]
//       Starts a create batch of N desktops with JobCenter on the journal (or, when the
//       journal already has one, resumes it) and exits 0 once every batch is finished.
//       Prints "started ID", "resumed", "finished ID succeeded=S failed=F commits=W".
//   wsc_crashdriver delete --journal FILE --endpoint URL --project ID --ids FILE [--cap C]
//       The same for a delete batch of the desktop ids listed in FILE (one per line).
//   wsc_crashdriver stop --journal FILE --endpoint URL --project ID --ids FILE [--cap C]
//       The same for a power batch stopping them (os-stop, SOFT).
//   wsc_crashdriver journal-write --journal FILE
//       Journals one batch and moves its chunk 0 to "sent", prints "committed ID", then
//       waits to be killed: the parent checks that the committed transition survived.

#include "api/http/workspaceclient.h"
#include "api/jobs/batchplan.h"
#include "api/jobs/chunkstatemachine.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/jobs/journalbatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace wsc;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

CreateDesktopRequest makeRequest(const QCommandLineParser &args)
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("DEDICATED");
    r.productId = args.value(QStringLiteral("product"));
    r.imageType = QStringLiteral("gold");
    r.imageId = args.value(QStringLiteral("image"));
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = 80;
    const int count = args.value(QStringLiteral("count")).toInt();
    const int nameless = args.value(QStringLiteral("nameless-every")).toInt();
    const QString prefix = args.value(QStringLiteral("prefix"));
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("%1u%2").arg(prefix.toLower()).arg(i, 5, 10, QLatin1Char('0'));
        d.userGroup = QStringLiteral("default");
        if (nameless <= 0 || i % nameless != 0)
            d.computerName = QStringLiteral("%1%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        r.desktops.append(d);
    }
    return r;
}

int journalWrite(const QString &path)
{
    auto *journal = new JobJournal(path);
    if (!journal->open()) {
        say(QStringLiteral("error ") + journal->errorString());
        return 1;
    }
    CreateDesktopRequest request;
    request.desktopType = QStringLiteral("DEDICATED");
    request.productId = QStringLiteral("p");
    request.imageType = QStringLiteral("gold");
    request.imageId = QStringLiteral("i");
    for (int i = 0; i < 3; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("killed%1").arg(i);
        d.computerName = QStringLiteral("KILLED%1").arg(i);
        request.desktops.append(d);
    }
    const BatchPlan plan = BatchPlan::forCreate(request, 2);
    JournalBatch b;
    b.id = plan.id;
    b.kind = BatchKind::Create;
    b.profile = QStringLiteral("kill");
    b.title = QStringLiteral("kill test");
    b.created = QDateTime::currentDateTimeUtc();
    b.sourceCount = plan.sourceCount;
    QList<BatchItem> items;
    for (int i = 0; i < 3; ++i) {
        BatchItem item;
        item.sourceIndex = i;
        item.chunk = i / 2;
        item.userName = request.desktops.at(i).userName;
        items.append(item);
    }
    if (!journal->addBatch(b, plan, items)) {
        say(QStringLiteral("error ") + journal->errorString());
        return 1;
    }
    ChunkStateMachine states(plan);
    bool ok = true;
    QObject::connect(&states, &ChunkStateMachine::chunkStateChanged, [&](const ChunkTransition &t) {
        BatchItem first = items.at(0);
        first.chunkState = t.to;
        ok = journal->recordTransition(plan.id, t, states.chunk(t.chunk), {first});
    });
    states.noteSend(0);
    states.transition(0, ChunkState::Sent);
    if (!ok) {
        say(QStringLiteral("error ") + journal->errorString());
        return 1;
    }
    say(QStringLiteral("committed ") + plan.id);
    // Wait to be killed; never close the journal (a kill gives it no chance either).
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wsc_crashdriver"));
    QCommandLineParser args;
    args.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("run | journal-write"));
    for (const char *name : {"journal", "endpoint", "project", "product", "image", "count",
                             "prefix", "nameless-every", "cap", "poll-ms", "ids"})
        args.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name),
                                          QStringLiteral("value")));
    args.process(app);
    const QString mode = args.positionalArguments().value(0);
    const QString journalPath = args.value(QStringLiteral("journal"));
    if (mode == QLatin1String("journal-write"))
        return journalWrite(journalPath);
    const bool deleting = mode == QLatin1String("delete");
    const bool stopping = mode == QLatin1String("stop");
    if (mode != QLatin1String("run") && !deleting && !stopping) {
        say(QStringLiteral("error unknown mode"));
        return 2;
    }

    JobJournal journal(journalPath);
    if (!journal.open()) {
        say(QStringLiteral("error ") + journal.errorString());
        return 1;
    }
    ConnectionConfig config;
    config.region = QStringLiteral("cn-north-4");
    config.workspaceEndpoint = QUrl(args.value(QStringLiteral("endpoint")));
    config.iamEndpoint = config.workspaceEndpoint;
    config.projectId = args.value(QStringLiteral("project"));
    config.accessKey = QStringLiteral("HPUAWSEMUSANDBOX0001");
    config.secretKey = QStringLiteral("wsemuSandboxSecretKey0123456789abcdefghij");
    config.proxyMode = ConnectionConfig::ProxyMode::None;
    config.timeoutMs = 3000;
    if (args.isSet(QStringLiteral("cap"))) {
        config.createCap = args.value(QStringLiteral("cap")).toInt();
        config.actionCap = config.createCap;
    }
    WorkspaceClient client(config);
    JobCenter center(&client, &journal, QStringLiteral("kill"));
    center.setReconcileDelayMs(300);
    const int pollMs = args.isSet(QStringLiteral("poll-ms"))
                               ? args.value(QStringLiteral("poll-ms")).toInt()
                               : 250;
    center.setPollIntervals(pollMs, pollMs * 4);

    auto done = [&] {
        if (center.runningCount() > 0)
            return;
        for (const BatchSummary &s : center.batches())
            say(QStringLiteral("finished %1 succeeded=%2 failed=%3 commits=%4")
                        .arg(s.id)
                        .arg(s.succeeded)
                        .arg(s.failed)
                        .arg(journal.commitCount()));
        QCoreApplication::exit(0);
    };
    QObject::connect(&center, &JobCenter::batchFinished, &app, done, Qt::QueuedConnection);
    QObject::connect(&center, &JobCenter::journalError, &app, [](const QString &message) {
        say(QStringLiteral("journal-error ") + message);
    });

    if (center.batches().isEmpty() && (deleting || stopping)) {
        QFile file(args.value(QStringLiteral("ids")));
        if (!file.open(QIODevice::ReadOnly)) {
            say(QStringLiteral("error cannot read the ids"));
            return 1;
        }
        QStringList ids;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                ids << QString::fromLatin1(line.trimmed());
        }
        BatchSource source;
        source.origin = QStringLiteral("crashdriver");
        QString id;
        if (deleting) {
            DeleteDesktopsRequest request;
            request.desktopIds = ids;
            request.emailNotification = false;
            id = center.startDelete(request, source);
        } else {
            DesktopActionRequest request;
            request.desktopIds = ids;
            request.action = DesktopActionRequest::Action::Stop;
            id = center.startDesktopAction(request, source);
        }
        if (id.isEmpty()) {
            say(QStringLiteral("error ") + center.lastError());
            return 1;
        }
        say(QStringLiteral("started ") + id);
    } else if (center.batches().isEmpty()) {
        const CreateDesktopRequest request = makeRequest(args);
        BatchSource source;
        source.origin = QStringLiteral("crashdriver");
        for (int i = 0; i < request.desktops.size(); ++i)
            source.lines << i + 2; // as if read from a CSV with a header line
        const QString id = center.startCreate(request, source);
        if (id.isEmpty()) {
            say(QStringLiteral("error ") + center.lastError());
            return 1;
        }
        say(QStringLiteral("started ") + id);
    } else {
        center.resumeUnfinished();
        say(QStringLiteral("resumed"));
    }
    QTimer::singleShot(0, &app, done);
    return QCoreApplication::exec();
}
