#include "fuzztargets.h"

#include "api/http/apierror.h"
#include "api/http/errorcatalog.h"
#include "api/jobs/batchplan.h"
#include "models/csv/csvreader.h"
#include "models/csv/userimport.h"
#include "models/domain/attachrequest.h"
#include "models/domain/availabilityzone.h"
#include "models/domain/createdesktoprequest.h"
#include "models/domain/desktopinfo.h"
#include "models/domain/directoryuser.h"
#include "models/domain/imageinfo.h"
#include "models/domain/jobinfo.h"
#include "models/domain/product.h"
#include "models/domain/quota.h"
#include "models/domain/securitygroupinfo.h"
#include "models/domain/subjobinfo.h"
#include "models/domain/subnetinfo.h"
#include "models/domain/workspaceinfo.h"
#include "models/rules/finding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wsc;

namespace {

// A broken property must stop the fuzzer with the input that broke it, in every build type.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition))                                                                          \
            qFatal("fuzz property broken: %s (%s)", what, #condition);                             \
    } while (false)

bool sameRecords(const CsvRecords &a, const CsvRecords &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).line != b.at(i).line || a.at(i).fields != b.at(i).fields)
            return false;
    }
    return true;
}

bool sameTable(const CsvTable &a, const CsvTable &b)
{
    return a.encoding == b.encoding && a.hasBom == b.hasBom && a.delimiter == b.delimiter
           && a.headerLine == b.headerLine && a.header == b.header && a.issues == b.issues
           && a.cancelled == b.cancelled && sameRecords(a.records, b.records);
}

/** Calls every response reader on @p value; results are only touched, never trusted. */
qsizetype readResponses(const QJsonValue &value)
{
    qsizetype touched = 0;
    touched += Product::fromJson(value).productId.size();
    touched += ImageInfo::fromJson(value).id.size();
    touched += AvailabilityZone::fromJson(value).code.size();
    touched += DesktopInfo::fromJson(value).desktopId.size();
    touched += DirectoryUser::fromJson(value).userName.size();
    touched += Quota::fromJson(value).type.size();
    touched += Quota::listFromJson(value).size();
    touched += SecurityGroupInfo::fromJson(value).id.size();
    touched += SubnetInfo::fromJson(value).id.size();
    touched += WorkspaceInfo::fromJson(value).id.size();
    const SubJobInfo sub = SubJobInfo::fromJson(value);
    touched += sub.id.size() + (sub.isTerminal() ? 1 : 0);
    const JobInfo job = JobInfo::fromJson(value);
    const int progress = job.progress();
    FUZZ_CHECK(progress >= 0 && progress <= 100, "job progress is a percentage");
    FUZZ_CHECK(job.succeededCount() + job.failedCount() <= job.subJobs.size(),
               "terminal sub-jobs are sub-jobs");
    const JobInfo derived = JobInfo::fromSubJobs(job.id, job.jobType, job.subJobs);
    FUZZ_CHECK(derived.progress() >= 0 && derived.progress() <= 100, "derived progress");
    touched += job.subJobs.size() + JobInfo::statusFromSubJobs(job.subJobs).size();
    return touched;
}

/** Every value of @p value and of its members, down to @p depth levels. */
qsizetype walk(const QJsonValue &value, int depth)
{
    qsizetype touched = readResponses(value);
    if (depth == 0)
        return touched;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            touched += walk(it.value(), depth - 1);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        // Enough elements to reach every shape; a 10 000-element array adds nothing new.
        for (qsizetype i = 0; i < array.size() && i < 16; ++i)
            touched += walk(array.at(i), depth - 1);
    }
    return touched;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void requestRoundTrips(const QJsonObject &object)
{
    // What fromJson makes of any object must survive toJson unchanged: the wsctl spec format
    // and the journal rely on reading back exactly what was written.
    Findings problems;
    const CreateDesktopRequest create = CreateDesktopRequest::fromJson(object, &problems);
    const QJsonObject createJson = create.toJson();
    Findings again;
    const QJsonObject createAgain = CreateDesktopRequest::fromJson(createJson, &again).toJson();
    FUZZ_CHECK(compact(createAgain) == compact(createJson),
               "CreateDesktopRequest toJson/fromJson is a fixed point");

    problems = Findings();
    const AttachRequest attach = AttachRequest::fromJson(object, &problems);
    const QJsonObject attachJson = attach.toJson();
    again = Findings();
    const QJsonObject attachAgain = AttachRequest::fromJson(attachJson, &again).toJson();
    FUZZ_CHECK(compact(attachAgain) == compact(attachJson),
               "AttachRequest toJson/fromJson is a fixed point");

    // A journal file read back after a crash or a disk error.
    const BatchPlan plan = BatchPlan::fromJson(object);
    int states = 0;
    for (const BatchChunk &chunk : plan.chunks)
        states += int(chunk.state) + int(chunk.bodyDigest().size());
    const BatchPlan replan = BatchPlan::fromJson(plan.toJson());
    FUZZ_CHECK(replan.chunks.size() == plan.chunks.size(), "BatchPlan round trip keeps chunks");
    FUZZ_CHECK(states >= 0, "chunk states");
}

} // namespace

namespace FuzzTargets {

void csvReader(QByteArrayView bytes)
{
    const CsvTable table = CsvReader::read(bytes);

    // Streaming (what the dialog and wsctl use) and collecting must agree record for record.
    CsvTable streamed;
    CsvRecords sunk;
    CsvReader::read(bytes, {}, &streamed, [&sunk](const CsvRecord &record) {
        sunk.append(record);
        return true;
    });
    streamed.records = sunk;
    FUZZ_CHECK(sameTable(table, streamed), "streamed read equals collected read");

    // The user can confirm the detected encoding and delimiter: nothing may change then.
    CsvReadOptions forced;
    forced.encoding = table.encoding;
    forced.delimiter = table.delimiter;
    if (!table.delimiter.isNull()) {
        CsvTable confirmed = CsvReader::read(bytes, forced);
        FUZZ_CHECK(!confirmed.encodingDetected && !confirmed.delimiterDetected, "forced flags");
        confirmed.encodingDetected = table.encodingDetected;
        confirmed.delimiterDetected = table.delimiterDetected;
        FUZZ_CHECK(sameTable(table, confirmed), "confirming the detection changes nothing");
    }

    int previous = table.headerLine;
    for (const CsvRecord &record : table.records) {
        FUZZ_CHECK(table.headerLine >= 1, "records come after a header");
        FUZZ_CHECK(record.line > previous, "record lines grow");
        FUZZ_CHECK(!record.fields.isEmpty(), "a record has fields");
        previous = record.line;
    }
    for (const CsvIssue &issue : table.issues)
        FUZZ_CHECK(!issue.code.isEmpty() && !issue.message.isEmpty(), "issues are explained");

    // The rest of the import: every record becomes one row, on its own line, checked.
    for (const OsType os : {OsType::Windows, OsType::Linux}) {
        ValidationContext context;
        context.domainType = os == OsType::Windows ? DomainType::LiteAs : DomainType::LocalAd;
        context.os = os;
        const UserImportResult result = UserImport::fromTable(table, {}, context);
        FUZZ_CHECK(result.rows.size() == table.records.size(), "one row per record");
        for (qsizetype i = 0; i < result.rows.size(); ++i)
            FUZZ_CHECK(result.rows.at(i).line == table.records.at(i).line, "row keeps its line");
        FUZZ_CHECK(result.validCount() + result.invalidCount() == result.rows.size(),
                   "every row is valid or invalid");
        for (const CsvIssue &issue : result.allIssues())
            FUZZ_CHECK(!issue.code.isEmpty(), "issues have codes");
    }
}

void jsonReaders(QByteArrayView bytes)
{
    const QByteArray body = bytes.toByteArray();

    // Error replies come from the service, gateways and proxies: any bytes at all.
    for (const int status : {400, 401, 404, 409, 429, 500, 502, 503}) {
        const ApiError error = ApiError::fromHttp(status, body, body.left(40), "text/html");
        FUZZ_CHECK(error.kind == ApiError::Kind::Http && error.httpStatus == status,
                   "fromHttp keeps the status");
        FUZZ_CHECK(!error.summary().isEmpty(), "an error has a summary");
        FUZZ_CHECK(!ErrorCatalog::describe(error).isEmpty(), "an error has a description");
        FUZZ_CHECK(error.isThrottled() == (status == 429), "only 429 is throttling");
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return;
    const QJsonValue root
            = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    FUZZ_CHECK(walk(root, 2) >= 0, "readers ran");
    if (document.isObject())
        requestRoundTrips(document.object());
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size() && i < 4; ++i) {
        if (array.at(i).isObject())
            requestRoundTrips(array.at(i).toObject());
    }
}

} // namespace FuzzTargets
