#include "ui/assign/attachresultmapping.h"

#include <QStandardPaths>
#include <QTest>

using namespace wsc;

using RowResult = AttachResultMapping::RowResult;
Q_DECLARE_METATYPE(QList<BatchItem>)

namespace {

BatchItem item(int source, ChunkState state, const QString &desktopId = {})
{
    BatchItem i;
    i.sourceIndex = source;
    i.chunkState = state;
    i.desktopId = desktopId;
    return i;
}

/** A desktop of a request the service refused (the chunk's error, as JobCenter keeps it). */
BatchItem refused(int source, int status, const QString &code, const QString &message,
                  const QString &requestId)
{
    BatchItem i = item(source, ChunkState::Failed);
    i.httpStatus = status;
    i.errorKind = ApiError::kindName(ApiError::Kind::Http);
    i.errorCode = code;
    i.message = message;
    i.requestId = requestId;
    return i;
}

/** A desktop whose request was accepted but whose own job failed (no request error). */
BatchItem jobFailed(int source, const QString &code, const QString &reason)
{
    BatchItem i = item(source, ChunkState::Failed);
    i.errorCode = code;
    i.message = reason;
    return i;
}

QString kindName(RowResult::Kind kind)
{
    switch (kind) {
    case RowResult::Kind::InProgress:
        return QStringLiteral("progress");
    case RowResult::Kind::Assigned:
        return QStringLiteral("assigned");
    case RowResult::Kind::JobFailed:
        return QStringLiteral("jobfailed");
    case RowResult::Kind::Refused:
        return QStringLiteral("refused");
    case RowResult::Kind::NotApplied:
        return QStringLiteral("notapplied");
    case RowResult::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("?");
}

/** "d1 refused WKS.x", "d2 notapplied by d1": one line per result, comparable at a glance. */
QStringList describe(const QList<RowResult> &results)
{
    QStringList out;
    for (const RowResult &r : results) {
        QString line = r.desktopId + QLatin1Char(' ') + kindName(r.kind);
        if (r.kind == RowResult::Kind::NotApplied)
            line += QStringLiteral(" by %1@%2").arg(r.culpritDesktopId).arg(r.culpritSourceIndex);
        if (r.kind == RowResult::Kind::Refused || r.kind == RowResult::Kind::JobFailed)
            line += QLatin1Char(' ') + r.errorCode;
        out.append(line);
    }
    return out;
}

} // namespace

/** AttachResultMapping::map: what each row of an attach batch shows, from its BatchItems. */
class tst_AttachResultMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void map_data();
    void map();
    void refusalKeepsTheServiceError();
};

void tst_AttachResultMapping::map_data()
{
    QTest::addColumn<QList<BatchItem>>("items");
    QTest::addColumn<QStringList>("sent");
    QTest::addColumn<QStringList>("expected");

    const QStringList five{"d0", "d1", "d2", "d3", "d4"};
    const QString conflict = QStringLiteral(
            "Operation conflict. The desktop current instance status is [ATTACHED] and deny "
            "operation [attach], resource id [%1].");

    QTest::newRow("all assigned") << QList<BatchItem>{item(0, ChunkState::Done),
                                                      item(1, ChunkState::Done)}
                                  << QStringList{"d0", "d1"}
                                  << QStringList{"d0 assigned", "d1 assigned"};
    QTest::newRow("waiting, sent, accepted, unknown are in progress")
            << QList<BatchItem>{item(0, ChunkState::Planned), item(1, ChunkState::Sent),
                                item(2, ChunkState::Accepted), item(3, ChunkState::Unknown)}
            << five.mid(0, 4)
            << QStringList{"d0 progress", "d1 progress", "d2 progress", "d3 progress"};
    QTest::newRow("cancelled before sending")
            << QList<BatchItem>{item(0, ChunkState::Cancelled), item(1, ChunkState::Done)}
            << QStringList{"d0", "d1"} << QStringList{"d0 cancelled", "d1 assigned"};
    QTest::newRow("failed job keeps its code")
            << QList<BatchItem>{jobFailed(0, "WKS.00010005", "agent not ready"),
                                item(1, ChunkState::Done)}
            << QStringList{"d0", "d1"} << QStringList{"d0 jobfailed WKS.00010005", "d1 assigned"};
    QTest::newRow("409 names its desktop by resource id")
            << QList<BatchItem>{refused(0, 409, "WKS.00010032", conflict.arg("d1"), "r1"),
                                refused(1, 409, "WKS.00010032", conflict.arg("d1"), "r1"),
                                refused(2, 409, "WKS.00010032", conflict.arg("d1"), "r1")}
            << five.mid(0, 3)
            << QStringList{"d0 notapplied by d1@1", "d1 refused WKS.00010032",
                           "d2 notapplied by d1@1"};
    QTest::newRow("desktops[k] counts within the refused request")
            << QList<BatchItem>{item(0, ChunkState::Done), item(1, ChunkState::Done),
                                refused(2, 400, "WKS.0001", "desktops[1].user_name is invalid",
                                        "r2"),
                                refused(3, 400, "WKS.0001", "desktops[1].user_name is invalid",
                                        "r2"),
                                refused(4, 400, "WKS.0001", "desktops[1].user_name is invalid",
                                        "r2")}
            << five
            << QStringList{"d0 assigned", "d1 assigned", "d2 notapplied by d3@3",
                           "d3 refused WKS.0001", "d4 notapplied by d3@3"};
    QTest::newRow("two refused requests stay apart by request id")
            << QList<BatchItem>{refused(0, 400, "WKS.0001", "desktops[0].user_group bad", "ra"),
                                refused(1, 400, "WKS.0001", "desktops[0].user_group bad", "ra"),
                                refused(2, 400, "WKS.0001", "desktops[0].user_group bad", "rb"),
                                refused(3, 400, "WKS.0001", "desktops[0].user_group bad", "rb")}
            << five.mid(0, 4)
            << QStringList{"d0 refused WKS.0001", "d1 notapplied by d0@0", "d2 refused WKS.0001",
                           "d3 notapplied by d2@2"};
    QTest::newRow("without request ids the error tells the requests apart")
            << QList<BatchItem>{refused(0, 400, "WKS.0001", "desktops[1].user_email bad", ""),
                                refused(1, 400, "WKS.0001", "desktops[1].user_email bad", ""),
                                refused(2, 400, "WKS.0001", "desktops[0].user_name bad", ""),
                                refused(3, 400, "WKS.0001", "desktops[0].user_name bad", "")}
            << five.mid(0, 4)
            << QStringList{"d0 notapplied by d1@1", "d1 refused WKS.0001", "d2 refused WKS.0001",
                           "d3 notapplied by d2@2"};
    QTest::newRow("nothing named: every desktop of the request is refused")
            << QList<BatchItem>{refused(0, 403, "WKS.00010099", "Workspace is not enabled", "r"),
                                refused(1, 403, "WKS.00010099", "Workspace is not enabled", "r")}
            << QStringList{"d0", "d1"}
            << QStringList{"d0 refused WKS.00010099", "d1 refused WKS.00010099"};
    QTest::newRow("a 404 naming a desktop id in its text")
            << QList<BatchItem>{refused(0, 404, "WKS.0001", "desktop d1 does not exist", "r"),
                                refused(1, 404, "WKS.0001", "desktop d1 does not exist", "r")}
            << QStringList{"d0", "d1"}
            << QStringList{"d0 notapplied by d1@1", "d1 refused WKS.0001"};
    QTest::newRow("the ids sent are the rows' keys, in the items' order")
            << QList<BatchItem>{item(1, ChunkState::Done, "other1"),
                                item(0, ChunkState::Cancelled, "other0")}
            << QStringList{"t0", "t1"} << QStringList{"t1 assigned", "t0 cancelled"};
    QTest::newRow("no id sent: the item's own desktop id")
            << QList<BatchItem>{item(0, ChunkState::Done), item(1, ChunkState::Done, "x1")}
            << QStringList{"d0"} << QStringList{"d0 assigned", "x1 assigned"};
    QTest::newRow("empty batch") << QList<BatchItem>{} << QStringList{} << QStringList{};
}

void tst_AttachResultMapping::map()
{
    QFETCH(QList<BatchItem>, items);
    QFETCH(QStringList, sent);
    QFETCH(QStringList, expected);
    const QList<RowResult> results = AttachResultMapping::map(items, sent);
    QCOMPARE(results.size(), items.size());
    QCOMPARE(describe(results), expected);
    for (int i = 0; i < results.size(); ++i)
        QCOMPARE(results.at(i).sourceIndex, items.at(i).sourceIndex);
}

// The refused row carries the request's error whole, for ErrorCatalog::describe().
void tst_AttachResultMapping::refusalKeepsTheServiceError()
{
    const QList<RowResult> results = AttachResultMapping::map(
            {refused(0, 409, "WKS.00010032", "resource id [d0]", "req-9")}, {"d0"});
    QCOMPARE(results.size(), 1);
    const ApiError &e = results.first().error;
    QCOMPARE(e.httpStatus, 409);
    QCOMPARE(e.errorCode, QStringLiteral("WKS.00010032"));
    QCOMPARE(e.requestId, QStringLiteral("req-9"));
    QCOMPARE(results.first().message, QStringLiteral("resource id [d0]"));
}

QTEST_GUILESS_MAIN(tst_AttachResultMapping)
#include "tst_attachresultmapping.moc"
