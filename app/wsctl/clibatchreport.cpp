#include "clibatchreport.h"

#include "clitr.h"

#include "api/jobs/jobcenter.h"
#include "api/jobs/jobfailures.h"
#include "api/jobs/jobtreemodel.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace wsc {

namespace CliBatchReport {

namespace {

bool failedAtEnd(const BatchItem &item, bool finished)
{
    const BatchItem::Outcome o = item.outcome();
    return o == BatchItem::Outcome::Failed
           || (finished && (o == BatchItem::Outcome::Running || o == BatchItem::Outcome::Pending));
}

QString duration(const QDateTime &from, const QDateTime &to)
{
    const qint64 s = qMax<qint64>(0, from.secsTo(to));
    return QStringLiteral("%1:%2:%3")
            .arg(s / 3600, 2, 10, QLatin1Char('0'))
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString when(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QString stateName(const JobCenter *center, const QString &batchId)
{
    const BatchSummary s = center->batch(batchId);
    if (s.isRefused())
        return QStringLiteral("refused");
    if (s.isFinished())
        return QStringLiteral("finished");
    if (s.paused)
        return QStringLiteral("paused");
    if (center->isRunningHere(batchId))
        return QStringLiteral("running");
    if (s.external)
        return QStringLiteral("elsewhere");
    return QStringLiteral("stopped");
}

QString stateText(const JobCenter *center, const QString &batchId)
{
    const QString name = stateName(center, batchId);
    if (name == QLatin1String("refused"))
        return center->batch(batchId).kind == BatchKind::Create
                       ? CliTr::tr("refused — nothing was created")
                       : CliTr::tr("refused — nothing was changed");
    if (name == QLatin1String("finished"))
        return CliTr::tr("finished");
    if (name == QLatin1String("paused"))
        return CliTr::tr("paused");
    if (name == QLatin1String("elsewhere"))
        return CliTr::tr("running in another window");
    if (name == QLatin1String("stopped"))
        return CliTr::tr("stopped before its end; \"wsctl jobs watch\" resumes it");
    return CliTr::tr("running");
}

QString text(const JobCenter *center, const QString &batchId, int maxFailures, Ending ending)
{
    const BatchSummary s = center->batch(batchId);
    QString out;
    QTextStream t(&out);
    t << CliTr::tr("Batch %1: %2").arg(s.id, JobTreeModel::title(s)) << '\n';
    if (s.isRefused()) {
        t << "  " << stateText(center, batchId) << '\n';
    } else if (s.isFinished()) {
        t << "  "
          << CliTr::tr("finished at %1 after %2")
                        .arg(when(s.finished), duration(s.started, s.finished))
          << '\n';
    } else {
        QString state = stateText(center, batchId);
        if (ending == Ending::Interrupted)
            state = CliTr::tr("interrupted; \"wsctl jobs watch\" resumes it");
        else if (ending == Ending::Submitted)
            state = CliTr::tr("every request accepted");
        t << "  " << CliTr::tr("started at %1, %2").arg(when(s.started), state) << '\n';
    }
    QStringList counts;
    counts << CliTr::tr("%n succeeded", nullptr, s.succeeded)
           << CliTr::tr("%n failed", nullptr, s.failed);
    if (s.refused > 0)
        counts << CliTr::tr("%n refused", nullptr, s.refused);
    if (s.running > 0)
        counts << CliTr::tr("%n running", nullptr, s.running);
    if (s.pending > 0)
        counts << CliTr::tr("%n waiting to be sent", nullptr, s.pending);
    if (s.cancelled > 0)
        counts << CliTr::tr("%n cancelled", nullptr, s.cancelled);
    //: separates the parts of a list, e.g. "3 succeeded, 1 failed"
    const QString separator = CliTr::tr(", ");
    t << "  " << CliTr::tr("%n desktop(s): %1", nullptr, s.desktops).arg(counts.join(separator))
      << '\n';

    int shown = 0;
    int failures = 0;
    for (const BatchItem &i : center->items(batchId)) {
        if (!failedAtEnd(i, s.isFinished()))
            continue;
        ++failures;
        if (maxFailures > 0 && shown >= maxFailures)
            continue;
        if (shown == 0)
            t << '\n' << "  " << CliTr::tr("Failed:") << '\n';
        ++shown;
        const QString where = i.sourceLine > 0 ? CliTr::tr("line %1").arg(i.sourceLine)
                                               : CliTr::tr("row %1").arg(i.sourceIndex + 1);
        QStringList who;
        for (const QString &w : {i.userName, i.computerName, i.desktopId}) {
            if (!w.isEmpty())
                who << w;
        }
        t << "  - " << CliTr::tr("%1: %2").arg(where, who.join(separator)) << '\n';
        QString why = JobFailures::describe(i, s.kind);
        if (why.isEmpty())
            why = CliTr::tr("The outcome is not known: the request may or may not have been "
                            "carried out.");
        for (const QString &line : why.split(QLatin1Char('\n')))
            t << "      " << line << '\n';
    }
    int refused = 0;
    for (const BatchItem &i : center->items(batchId)) {
        if (i.outcome() != BatchItem::Outcome::Refused)
            continue;
        ++refused;
        if (maxFailures > 0 && refused > maxFailures)
            continue;
        if (refused == 1)
            t << '\n'
              << "  "
              << CliTr::tr("Refused by the service (nothing was done; fix the input and run "
                           "again, retry-failed does not send these):")
              << '\n';
        const QString where = i.sourceLine > 0 && !s.origin.isEmpty()
                                      ? CliTr::tr("%1, line %2").arg(s.origin).arg(i.sourceLine)
                              : i.sourceLine > 0 ? CliTr::tr("line %1").arg(i.sourceLine)
                                                 : CliTr::tr("row %1").arg(i.sourceIndex + 1);
        QStringList who;
        for (const QString &w : {i.userName, i.computerName, i.desktopId}) {
            if (!w.isEmpty())
                who << w;
        }
        t << "  - " << (who.isEmpty() ? where : CliTr::tr("%1: %2").arg(where, who.join(separator)))
          << '\n';
        for (const QString &line : JobFailures::describe(i, s.kind).split(QLatin1Char('\n')))
            t << "      " << line << '\n';
    }
    if (failures > shown) {
        t << "  "
          << CliTr::tr("... and %n more; \"wsctl jobs show %1\" lists them all.", nullptr,
                       failures - shown)
                        .arg(s.id)
          << '\n';
    }
    t.flush();
    return out;
}

QJsonObject json(const JobCenter *center, const QString &batchId, Ending ending)
{
    const BatchSummary s = center->batch(batchId);
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("kind"), BatchKinds::name(s.kind));
    o.insert(QStringLiteral("title"), JobTreeModel::title(s));
    o.insert(QStringLiteral("profile"), s.profile);
    o.insert(QStringLiteral("origin"), s.origin);
    o.insert(QStringLiteral("parent_id"), s.parentId.isEmpty() ? QJsonValue() : s.parentId);
    o.insert(QStringLiteral("started"), s.started.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("finished"),
             s.isFinished() ? QJsonValue(s.finished.toUTC().toString(Qt::ISODate)) : QJsonValue());
    QString state = stateName(center, batchId);
    if (!s.isFinished() && ending == Ending::Interrupted)
        state = QStringLiteral("interrupted");
    else if (!s.isFinished() && ending == Ending::Submitted)
        state = QStringLiteral("submitted");
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("desktops"), s.desktops);
    o.insert(QStringLiteral("succeeded"), s.succeeded);
    o.insert(QStringLiteral("failed"), s.failed);
    o.insert(QStringLiteral("refused"), s.refused);
    o.insert(QStringLiteral("running"), s.running);
    o.insert(QStringLiteral("pending"), s.pending);
    o.insert(QStringLiteral("cancelled"), s.cancelled);
    o.insert(QStringLiteral("progress"), s.progress);
    QJsonArray failures;
    for (const BatchItem &i : center->items(batchId)) {
        if (!failedAtEnd(i, s.isFinished()) && i.outcome() != BatchItem::Outcome::Refused)
            continue;
        QJsonObject f;
        f.insert(QStringLiteral("source_row"), i.sourceIndex + 1);
        f.insert(QStringLiteral("source_line"),
                 i.sourceLine > 0 ? QJsonValue(i.sourceLine) : QJsonValue());
        f.insert(QStringLiteral("user_name"), i.userName);
        f.insert(QStringLiteral("computer_name"), i.computerName);
        f.insert(QStringLiteral("desktop_id"), i.desktopId);
        f.insert(QStringLiteral("status"), i.statusName());
        f.insert(QStringLiteral("outcome"), BatchItem::outcomeName(i.outcome()));
        f.insert(QStringLiteral("error_code"), i.errorCode);
        f.insert(QStringLiteral("message"), i.messageText());
        f.insert(QStringLiteral("request_id"), i.requestId);
        f.insert(QStringLiteral("explanation"), JobFailures::describe(i, s.kind));
        failures.append(f);
    }
    o.insert(QStringLiteral("failures"), failures);
    return o;
}

} // namespace CliBatchReport

} // namespace wsc
