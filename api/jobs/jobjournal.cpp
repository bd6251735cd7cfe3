#include "jobjournal.h"

#include "api/apitr.h"
#include "api/auth/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace wsc {

namespace {

const char *const kSchema[] = {
        "CREATE TABLE IF NOT EXISTS batches ("
        " id TEXT PRIMARY KEY,"
        " parent_id TEXT NOT NULL DEFAULT '',"
        " kind TEXT NOT NULL,"
        " profile TEXT NOT NULL,"
        " title TEXT NOT NULL,"
        " origin TEXT NOT NULL DEFAULT '',"
        " source_lines TEXT NOT NULL DEFAULT '[]',"
        " cap INTEGER NOT NULL DEFAULT 0,"
        " source_count INTEGER NOT NULL DEFAULT 0,"
        " created INTEGER NOT NULL,"
        " finished INTEGER,"
        " paused INTEGER NOT NULL DEFAULT 0,"
        " request TEXT NOT NULL DEFAULT '',"
        " cleanup TEXT NOT NULL DEFAULT '[]',"
        " initial_plan TEXT NOT NULL,"
        " owner TEXT NOT NULL DEFAULT '',"
        " owner_host TEXT NOT NULL DEFAULT '',"
        " owner_pid INTEGER NOT NULL DEFAULT 0,"
        " lease_until INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX IF NOT EXISTS batches_profile ON batches(profile, created)",
        "CREATE TABLE IF NOT EXISTS chunks ("
        " batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,"
        " idx INTEGER NOT NULL,"
        " state TEXT NOT NULL,"
        " body BLOB NOT NULL,"
        " body_sha256 TEXT NOT NULL,"
        " source_indexes TEXT NOT NULL,"
        " confirmed TEXT NOT NULL DEFAULT '[]',"
        " job_ids TEXT NOT NULL DEFAULT '[]',"
        " sends INTEGER NOT NULL DEFAULT 0,"
        " baseline TEXT,"
        " error_kind TEXT NOT NULL DEFAULT '',"
        " http_status INTEGER NOT NULL DEFAULT 0,"
        " error_code TEXT NOT NULL DEFAULT '',"
        " error_message TEXT NOT NULL DEFAULT '',"
        " request_id TEXT NOT NULL DEFAULT '',"
        " updated INTEGER NOT NULL,"
        " PRIMARY KEY (batch_id, idx))",
        "CREATE TABLE IF NOT EXISTS transitions ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,"
        " chunk INTEGER NOT NULL,"
        " at INTEGER NOT NULL,"
        " from_state TEXT NOT NULL,"
        " to_state TEXT NOT NULL,"
        " job_id TEXT NOT NULL DEFAULT '',"
        " body_sha256 TEXT NOT NULL DEFAULT '',"
        " source_indexes TEXT NOT NULL DEFAULT '[]',"
        " error_kind TEXT NOT NULL DEFAULT '',"
        " http_status INTEGER NOT NULL DEFAULT 0,"
        " error_code TEXT NOT NULL DEFAULT '',"
        " request_id TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX IF NOT EXISTS transitions_batch ON transitions(batch_id, id)",
        "CREATE TABLE IF NOT EXISTS items ("
        " batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,"
        " source_index INTEGER NOT NULL,"
        " source_line INTEGER NOT NULL DEFAULT 0,"
        " chunk INTEGER NOT NULL DEFAULT 0,"
        " chunk_state TEXT NOT NULL,"
        " user_name TEXT NOT NULL DEFAULT '',"
        " computer_name TEXT NOT NULL DEFAULT '',"
        " desktop_id TEXT NOT NULL DEFAULT '',"
        " job_id TEXT NOT NULL DEFAULT '',"
        " sub_job_id TEXT NOT NULL DEFAULT '',"
        " status TEXT NOT NULL DEFAULT ''," // the sub-job's status as the service reports it
        " process INTEGER NOT NULL DEFAULT 0,"
        " error_code TEXT NOT NULL DEFAULT '',"
        " message TEXT NOT NULL DEFAULT '',"
        " request_id TEXT NOT NULL DEFAULT '',"
        " http_status INTEGER NOT NULL DEFAULT 0,"
        " error_kind TEXT NOT NULL DEFAULT '',"
        " updated INTEGER NOT NULL,"
        " PRIMARY KEY (batch_id, source_index))",
        "CREATE TABLE IF NOT EXISTS jobs ("
        " job_id TEXT PRIMARY KEY,"
        " batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,"
        " chunk INTEGER NOT NULL,"
        " job_type TEXT NOT NULL DEFAULT '',"
        " status TEXT NOT NULL DEFAULT '',"
        " progress INTEGER NOT NULL DEFAULT 0,"
        " error_code TEXT NOT NULL DEFAULT '',"
        " fail_reason TEXT NOT NULL DEFAULT '',"
        " begin_time TEXT NOT NULL DEFAULT '',"
        " end_time TEXT NOT NULL DEFAULT '',"
        " sub_jobs_total INTEGER NOT NULL DEFAULT 0,"
        " updated INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS jobs_batch ON jobs(batch_id)",
        "CREATE TABLE IF NOT EXISTS sub_jobs ("
        " sub_job_id TEXT PRIMARY KEY,"
        " job_id TEXT NOT NULL,"
        " batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,"
        " source_index INTEGER NOT NULL DEFAULT -1,"
        " status TEXT NOT NULL DEFAULT '',"
        " process INTEGER,"
        " error_code TEXT NOT NULL DEFAULT '',"
        " fail_reason TEXT NOT NULL DEFAULT '',"
        " message TEXT NOT NULL DEFAULT '',"
        " desktop_id TEXT NOT NULL DEFAULT '',"
        " user_name TEXT NOT NULL DEFAULT '',"
        " computer_name TEXT NOT NULL DEFAULT '',"
        " product_id TEXT NOT NULL DEFAULT '',"
        " ip_address TEXT NOT NULL DEFAULT '',"
        " begin_time TEXT NOT NULL DEFAULT '',"
        " end_time TEXT NOT NULL DEFAULT '',"
        " updated INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS sub_jobs_batch ON sub_jobs(batch_id)",
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString intsToJson(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<int> intsFromJson(const QString &text)
{
    QList<int> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toInt());
    return out;
}

QString stringsToJson(const QStringList &values)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList stringsFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// The driver binds a null QString as SQL NULL; the text columns are NOT NULL, so an unset
// string goes in as ''. An invalid QVariant stays NULL (finished, baseline, process).
void bind(QSqlQuery &query, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else
        query.addBindValue(value);
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

JournalBatch readBatch(const QSqlQuery &q)
{
    JournalBatch b;
    b.id = q.value(QStringLiteral("id")).toString();
    b.parentId = q.value(QStringLiteral("parent_id")).toString();
    if (!BatchKinds::fromName(q.value(QStringLiteral("kind")).toString(), &b.kind))
        b.kind = BatchKind::Create;
    b.profile = q.value(QStringLiteral("profile")).toString();
    b.title = q.value(QStringLiteral("title")).toString();
    b.origin = q.value(QStringLiteral("origin")).toString();
    b.lines = intsFromJson(q.value(QStringLiteral("source_lines")).toString());
    b.cap = q.value(QStringLiteral("cap")).toInt();
    b.sourceCount = q.value(QStringLiteral("source_count")).toInt();
    b.created = timeOf(q.value(QStringLiteral("created")));
    b.finished = timeOf(q.value(QStringLiteral("finished")));
    b.paused = q.value(QStringLiteral("paused")).toInt() != 0;
    b.request = BatchRequests::fromName(q.value(QStringLiteral("request")).toString());
    b.cleanup = stringsFromJson(q.value(QStringLiteral("cleanup")).toString());
    b.owner = q.value(QStringLiteral("owner")).toString();
    b.ownerHost = q.value(QStringLiteral("owner_host")).toString();
    b.ownerPid = q.value(QStringLiteral("owner_pid")).toLongLong();
    b.leaseUntil = timeOf(q.value(QStringLiteral("lease_until")));
    return b;
}

const QString kBatchColumns = QStringLiteral(
        "id, parent_id, kind, profile, title, origin, source_lines, cap, source_count, created, "
        "finished, paused, request, cleanup, owner, owner_host, owner_pid, lease_until");

QString hostName()
{
    return QSysInfo::machineHostName();
}

} // namespace

JobJournal::JobJournal(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_connection(QStringLiteral("wsc_journal_")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

JobJournal::~JobJournal()
{
    close();
}

QString JobJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/jobs.sqlite");
}

QSqlDatabase JobJournal::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool JobJournal::fail(Action action, const QString &detail)
{
    const QString lower = detail.toLower();
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy"))) {
        m_error = ApiTr::tr("The job journal %1 is locked by another program (%2). Close the "
                            "other console or wsctl that uses it, or wait, then try again.")
                          .arg(QDir::toNativeSeparators(m_path), detail);
    } else if (lower.contains(QLatin1String("not a database"))
               || lower.contains(QLatin1String("malformed"))
               || lower.contains(QLatin1String("corrupt"))) {
        m_error = ApiTr::tr("The job journal %1 is damaged (%2). Move the file aside and start "
                            "again: the batches it held are then no longer followed, but their "
                            "desktops stay on the service.")
                          .arg(QDir::toNativeSeparators(m_path), detail);
    } else if (action == Open) {
        m_error = ApiTr::tr("The job journal %1 could not be opened: %2")
                          .arg(QDir::toNativeSeparators(m_path), detail);
    } else if (action == Read) {
        m_error = ApiTr::tr("The job journal %1 could not be read: %2")
                          .arg(QDir::toNativeSeparators(m_path), detail);
    } else {
        m_error = ApiTr::tr("The job journal %1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(m_path), detail);
    }
    return false;
}

bool JobJournal::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return fail(Write, query.lastError().text());
}

bool JobJournal::execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    return fail(Write, q.lastError().text());
}

bool JobJournal::open()
{
    if (m_open)
        return true;
    m_error.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Open, ApiTr::tr("the Qt SQLite driver (QSQLITE) is not installed"));
    const QFileInfo info(m_path);
    // User names and e-mails: the owner's only. A folder the journal creates is 0700; an existing
    // one is tightened only when it is the apps' own data folder (never one the user chose
    // for --journal). The file is created 0600 before SQLite opens it, so that its -wal and -shm
    // files, which SQLite creates with the database's mode, are 0600 as well.
    const bool ownFolder
            = QDir::cleanPath(info.absolutePath())
              == QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!PrivateFiles::makeDir(info.absolutePath(), ownFolder))
        return fail(Open, ApiTr::tr("its folder %1 cannot be created")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    PrivateFiles::makeFile(m_path); // when it cannot be, SQLite's open below says why
    for (const char *suffix : {"-wal", "-shm"})
        PrivateFiles::tightenFile(m_path + QLatin1String(suffix));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return fail(Open, detail);
        }
    }
    m_open = true;
    if (!createSchema()) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

bool JobJournal::createSchema()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // Reading first tells a damaged or foreign file apart before anything is written.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return fail(Read, q.lastError().text());
    q.finish();
    // WAL lets a reader (the other process) go on while one writes; FULL syncs the WAL at
    // every commit, so a committed transition survives a crash or a power loss.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(Open, q.lastError().text());
    q.finish();
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(Open, q.lastError().text());
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(Read, q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion)
        return fail(Open, ApiTr::tr("it was written by a newer version of the console (schema %1)")
                                  .arg(version));
    if (version == SchemaVersion)
        return true;
    return write([this](QSqlDatabase &db) {
        for (const char *sql : kSchema) {
            if (!execSql(db, QString::fromLatin1(sql)))
                return false;
        }
        return execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    });
}

void JobJournal::close()
{
    if (!m_open && !QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

bool JobJournal::write(const std::function<bool(QSqlDatabase &)> &work)
{
    if (!m_open)
        return fail(Write, ApiTr::tr("it is not open"));
    QSqlDatabase db = database();
    {
        // IMMEDIATE takes the write lock at once (waiting up to the busy timeout) instead of
        // failing half-way when another process writes.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(Write, begin.lastError().text());
    }
    if (!work(db)) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString detail = commit.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(Write, detail);
    }
    ++m_commits;
    return true;
}

bool JobJournal::saveChunk(QSqlDatabase &db, const QString &batchId, const BatchChunk &chunk)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO chunks (batch_id, idx, state, body, body_sha256, source_indexes, "
            "confirmed, job_ids, sends, baseline, error_kind, http_status, error_code, "
            "error_message, request_id, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(batch_id, idx) DO UPDATE SET state=excluded.state, body=excluded.body, "
            "body_sha256=excluded.body_sha256, source_indexes=excluded.source_indexes, "
            "confirmed=excluded.confirmed, job_ids=excluded.job_ids, sends=excluded.sends, "
            "baseline=excluded.baseline, error_kind=excluded.error_kind, "
            "http_status=excluded.http_status, error_code=excluded.error_code, "
            "error_message=excluded.error_message, request_id=excluded.request_id, "
            "updated=excluded.updated"));
    QVariant baseline;
    if (chunk.baselineTaken) {
        QJsonObject o;
        for (auto it = chunk.userBaseline.begin(); it != chunk.userBaseline.end(); ++it)
            o.insert(it.key(), it.value());
        baseline = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    const ApiError &e = chunk.error;
    bind(q, batchId);
    bind(q, chunk.index);
    bind(q, ChunkStates::name(chunk.state));
    bind(q, chunk.body);
    bind(q, QString::fromLatin1(chunk.bodyDigest()));
    bind(q, intsToJson(chunk.sourceIndexes));
    bind(q, intsToJson(chunk.confirmedSourceIndexes));
    bind(q, stringsToJson(chunk.jobIds));
    bind(q, chunk.sends);
    bind(q, baseline);
    bind(q, e.isError() ? ApiError::kindName(e.kind) : QString());
    bind(q, e.httpStatus);
    bind(q, e.errorCode);
    bind(q, e.errorMessage.isEmpty() ? e.detail : e.errorMessage);
    bind(q, e.requestId);
    bind(q, nowMs());
    return exec(q);
}

bool JobJournal::saveItems(QSqlDatabase &db, const QString &batchId, const QList<BatchItem> &items)
{
    if (items.isEmpty())
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO items (batch_id, source_index, source_line, chunk, "
            "chunk_state, user_name, computer_name, desktop_id, job_id, sub_job_id, status, "
            "process, error_code, message, request_id, http_status, error_kind, updated) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const qint64 now = nowMs();
    for (const BatchItem &i : items) {
        bind(q, batchId);
        bind(q, i.sourceIndex);
        bind(q, i.sourceLine);
        bind(q, i.chunk);
        bind(q, ChunkStates::name(i.chunkState));
        bind(q, i.userName);
        bind(q, i.computerName);
        bind(q, i.desktopId);
        bind(q, i.jobId);
        bind(q, i.subJobId);
        bind(q, SubJobStatuses::name(i.subJobStatus));
        bind(q, i.process);
        bind(q, i.errorCode);
        bind(q, i.message);
        bind(q, i.requestId);
        bind(q, i.httpStatus);
        bind(q, i.errorKind);
        bind(q, now);
        if (!exec(q))
            return false;
    }
    return true;
}

bool JobJournal::addBatch(const JournalBatch &batch, const BatchPlan &plan,
                          const QList<BatchItem> &items)
{
    return write([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
                "INSERT INTO batches (id, parent_id, kind, profile, title, origin, source_lines, "
                "cap, source_count, created, finished, paused, request, cleanup, initial_plan, "
                "owner, owner_host, owner_pid, lease_until) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        bind(q, batch.id);
        bind(q, batch.parentId);
        bind(q, BatchKinds::name(batch.kind));
        bind(q, batch.profile);
        bind(q, batch.title);
        bind(q, batch.origin);
        bind(q, intsToJson(batch.lines));
        bind(q, batch.cap);
        bind(q, batch.sourceCount);
        bind(q, batch.created.toMSecsSinceEpoch());
        bind(q, msOrNull(batch.finished));
        bind(q, batch.paused ? 1 : 0);
        bind(q, BatchRequests::name(batch.request));
        bind(q, stringsToJson(batch.cleanup));
        bind(q, QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)));
        bind(q, batch.owner);
        bind(q, batch.ownerHost);
        bind(q, batch.ownerPid);
        bind(q, batch.leaseUntil.isValid() ? batch.leaseUntil.toMSecsSinceEpoch() : 0);
        if (!exec(q))
            return false;
        for (const BatchChunk &c : plan.chunks) {
            if (!saveChunk(db, batch.id, c))
                return false;
        }
        return saveItems(db, batch.id, items);
    });
}

bool JobJournal::recordTransition(const QString &batchId, const ChunkTransition &t,
                                  const BatchChunk &chunk, const QList<BatchItem> &items,
                                  const QList<QPair<int, JobInfo>> &jobs,
                                  const QList<QPair<int, SubJobInfo>> &subJobs)
{
    return write([&](QSqlDatabase &db) {
        if (!saveChunk(db, batchId, chunk))
            return false;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
                "INSERT INTO transitions (batch_id, chunk, at, from_state, to_state, job_id, "
                "body_sha256, source_indexes, error_kind, http_status, error_code, request_id) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
        bind(q, batchId);
        bind(q, t.chunk);
        bind(q, nowMs());
        bind(q, ChunkStates::name(t.from));
        bind(q, ChunkStates::name(t.to));
        bind(q, t.jobId);
        bind(q, QString::fromLatin1(t.bodyDigest));
        bind(q, intsToJson(t.sourceIndexes));
        bind(q, t.error.isError() ? ApiError::kindName(t.error.kind) : QString());
        bind(q, t.error.httpStatus);
        bind(q, t.error.errorCode);
        bind(q, t.error.requestId);
        return exec(q) && saveProgress(db, batchId, items, jobs, subJobs);
    });
}

bool JobJournal::recordProgress(const QString &batchId, const QList<BatchItem> &items,
                                const QList<QPair<int, JobInfo>> &jobs,
                                const QList<QPair<int, SubJobInfo>> &subJobs)
{
    if (items.isEmpty() && jobs.isEmpty() && subJobs.isEmpty())
        return true;
    return write([&](QSqlDatabase &db) { return saveProgress(db, batchId, items, jobs, subJobs); });
}

bool JobJournal::saveProgress(QSqlDatabase &db, const QString &batchId,
                              const QList<BatchItem> &items, const QList<QPair<int, JobInfo>> &jobs,
                              const QList<QPair<int, SubJobInfo>> &subJobs)
{
    {
        const qint64 now = nowMs();
        QSqlQuery q(db);
        if (!jobs.isEmpty()) {
            q.prepare(QStringLiteral(
                    "INSERT OR REPLACE INTO jobs (job_id, batch_id, chunk, job_type, status, "
                    "progress, error_code, fail_reason, begin_time, end_time, sub_jobs_total, "
                    "updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
            for (const auto &[chunk, job] : jobs) {
                bind(q, job.id);
                bind(q, batchId);
                bind(q, chunk);
                bind(q, job.jobType);
                bind(q, job.status);
                bind(q, job.progress());
                bind(q, job.errorCode);
                bind(q, job.failReason);
                bind(q, job.beginTime);
                bind(q, job.endTime);
                bind(q, job.subJobsTotal);
                bind(q, now);
                if (!exec(q))
                    return false;
            }
        }
        if (!subJobs.isEmpty()) {
            QSqlQuery s(db);
            s.prepare(QStringLiteral(
                    "INSERT OR REPLACE INTO sub_jobs (sub_job_id, job_id, batch_id, "
                    "source_index, status, process, error_code, fail_reason, message, "
                    "desktop_id, user_name, computer_name, product_id, ip_address, begin_time, "
                    "end_time, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            for (const auto &[sourceIndex, sub] : subJobs) {
                bind(s, sub.id);
                bind(s, sub.jobId);
                bind(s, batchId);
                bind(s, sourceIndex);
                bind(s, sub.status);
                bind(s, sub.process ? QVariant(*sub.process) : QVariant());
                bind(s, sub.errorCode);
                bind(s, sub.failReason);
                bind(s, sub.message);
                bind(s, sub.desktopId);
                bind(s, sub.userName);
                bind(s, sub.computerName);
                bind(s, sub.productId);
                bind(s, sub.ipAddress);
                bind(s, sub.beginTime);
                bind(s, sub.endTime);
                bind(s, now);
                if (!exec(s))
                    return false;
            }
        }
        return saveItems(db, batchId, items);
    }
}

bool JobJournal::updateBatch(const QString &batchId, const char *column, const QVariant &value)
{
    return write([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE batches SET %1=? WHERE id=?").arg(QLatin1String(column)));
        bind(q, value);
        bind(q, batchId);
        return exec(q);
    });
}

bool JobJournal::setPaused(const QString &batchId, bool paused)
{
    return updateBatch(batchId, "paused", paused ? 1 : 0);
}

bool JobJournal::setFinished(const QString &batchId, const QDateTime &finished)
{
    return updateBatch(batchId, "finished", msOrNull(finished));
}

bool JobJournal::setCleanup(const QString &batchId, const QStringList &desktopIds)
{
    return updateBatch(batchId, "cleanup", stringsToJson(desktopIds));
}

bool JobJournal::setRequest(const QString &batchId, BatchRequest request)
{
    return updateBatch(batchId, "request", BatchRequests::name(request));
}

bool JobJournal::removeBatch(const QString &batchId)
{
    return write([&](QSqlDatabase &db) {
        // Explicit deletes: the cascade needs foreign_keys=ON, which an older file may lack.
        for (const char *table : {"sub_jobs", "jobs", "items", "transitions", "chunks"}) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE batch_id=?")
                              .arg(QString::fromLatin1(table)));
            bind(q, batchId);
            if (!exec(q))
                return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM batches WHERE id=?"));
        bind(q, batchId);
        return exec(q);
    });
}

bool JobJournal::processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return true; // unknown: rely on the lease's expiry
#endif
}

bool JobJournal::claim(const QString &batchId, const QString &owner, int leaseMs, bool *taken)
{
    *taken = false;
    return write([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT owner, owner_host, owner_pid, lease_until FROM batches "
                                 "WHERE id=?"));
        bind(q, batchId);
        if (!exec(q))
            return false;
        if (!q.next())
            return true; // gone: nothing to take
        const QString holder = q.value(QStringLiteral("owner")).toString();
        const QString host = q.value(QStringLiteral("owner_host")).toString();
        const qint64 pid = q.value(QStringLiteral("owner_pid")).toLongLong();
        const qint64 until = q.value(QStringLiteral("lease_until")).toLongLong();
        q.finish();
        const bool free = holder.isEmpty() || holder == owner
                          || (host == hostName() && !processExists(pid)) || until < nowMs();
        if (!free)
            return true;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE batches SET owner=?, owner_host=?, owner_pid=?, "
                                 "lease_until=? WHERE id=?"));
        bind(u, owner);
        bind(u, hostName());
        bind(u, QCoreApplication::applicationPid());
        bind(u, nowMs() + leaseMs);
        bind(u, batchId);
        if (!exec(u))
            return false;
        *taken = true;
        return true;
    });
}

bool JobJournal::renew(const QString &owner, int leaseMs)
{
    return write([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE batches SET lease_until=? WHERE owner=?"));
        bind(q, nowMs() + leaseMs);
        bind(q, owner);
        return exec(q);
    });
}

bool JobJournal::release(const QString &owner)
{
    return write([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE batches SET owner='', owner_host='', owner_pid=0, "
                                 "lease_until=0 WHERE owner=?"));
        bind(q, owner);
        return exec(q);
    });
}

QList<JournalBatch> JobJournal::batches(const QString &profile, bool *ok)
{
    QList<JournalBatch> out;
    if (ok)
        *ok = false;
    if (!m_open) {
        fail(Read, ApiTr::tr("it is not open"));
        return out;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM batches %2 ORDER BY created, rowid")
                      .arg(kBatchColumns,
                           profile.isEmpty() ? QString() : QStringLiteral("WHERE profile=?")));
    if (!profile.isEmpty())
        bind(q, profile);
    if (!q.exec()) {
        fail(Read, q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(readBatch(q));
    if (ok)
        *ok = true;
    return out;
}

bool JobJournal::batch(const QString &batchId, JournalBatch *out)
{
    if (!m_open)
        return fail(Read, ApiTr::tr("it is not open"));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM batches WHERE id=?").arg(kBatchColumns));
    bind(q, batchId);
    if (!q.exec())
        return fail(Read, q.lastError().text());
    if (!q.next())
        return false;
    *out = readBatch(q);
    return true;
}

bool JobJournal::loadPlan(const QString &batchId, BatchPlan *plan)
{
    JournalBatch b;
    if (!batch(batchId, &b))
        return false;
    *plan = BatchPlan();
    plan->id = b.id;
    plan->kind = b.kind;
    plan->sourceCount = b.sourceCount;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
            "SELECT idx, state, body, source_indexes, confirmed, job_ids, sends, baseline, "
            "error_kind, http_status, error_code, error_message, request_id FROM chunks "
            "WHERE batch_id=? ORDER BY idx"));
    bind(q, batchId);
    if (!q.exec())
        return fail(Read, q.lastError().text());
    while (q.next()) {
        BatchChunk c;
        c.index = q.value(QStringLiteral("idx")).toInt();
        if (!ChunkStates::fromName(q.value(QStringLiteral("state")).toString(), &c.state))
            return fail(Read, ApiTr::tr("chunk %1 has an unknown state").arg(c.index));
        c.body = q.value(QStringLiteral("body")).toByteArray();
        c.sourceIndexes = intsFromJson(q.value(QStringLiteral("source_indexes")).toString());
        c.confirmedSourceIndexes = intsFromJson(q.value(QStringLiteral("confirmed")).toString());
        c.jobIds = stringsFromJson(q.value(QStringLiteral("job_ids")).toString());
        c.sends = q.value(QStringLiteral("sends")).toInt();
        if (!q.value(QStringLiteral("baseline")).isNull()) {
            c.baselineTaken = true;
            const QJsonObject o = QJsonDocument::fromJson(
                                          q.value(QStringLiteral("baseline")).toString().toUtf8())
                                          .object();
            for (auto it = o.begin(); it != o.end(); ++it)
                c.userBaseline.insert(it.key(), it.value().toInt());
        }
        const QString kind = q.value(QStringLiteral("error_kind")).toString();
        if (!kind.isEmpty()) {
            if (!ApiError::kindFromName(kind, &c.error.kind))
                c.error.kind = q.value(QStringLiteral("http_status")).toInt() > 0
                                       ? ApiError::Kind::Http
                                       : ApiError::Kind::Network;
            c.error.httpStatus = q.value(QStringLiteral("http_status")).toInt();
            c.error.errorCode = q.value(QStringLiteral("error_code")).toString();
            c.error.errorMessage = q.value(QStringLiteral("error_message")).toString();
            c.error.requestId = q.value(QStringLiteral("request_id")).toString();
        }
        plan->chunks.append(c);
    }
    return true;
}

bool JobJournal::initialPlan(const QString &batchId, BatchPlan *plan)
{
    if (!m_open)
        return fail(Read, ApiTr::tr("it is not open"));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT initial_plan FROM batches WHERE id=?"));
    bind(q, batchId);
    if (!q.exec())
        return fail(Read, q.lastError().text());
    if (!q.next())
        return false;
    *plan = BatchPlan::fromJson(
            QJsonDocument::fromJson(q.value(QStringLiteral("initial_plan")).toString().toUtf8())
                    .object());
    return true;
}

QList<BatchItem> JobJournal::items(const QString &batchId, bool *ok)
{
    QList<BatchItem> out;
    if (ok)
        *ok = false;
    if (!m_open) {
        fail(Read, ApiTr::tr("it is not open"));
        return out;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
            "SELECT source_index, source_line, chunk, chunk_state, user_name, computer_name, "
            "desktop_id, job_id, sub_job_id, status, process, error_code, message, request_id, "
            "http_status, error_kind FROM items WHERE batch_id=? ORDER BY source_index"));
    bind(q, batchId);
    if (!q.exec()) {
        fail(Read, q.lastError().text());
        return out;
    }
    while (q.next()) {
        BatchItem i;
        i.sourceIndex = q.value(QStringLiteral("source_index")).toInt();
        i.sourceLine = q.value(QStringLiteral("source_line")).toInt();
        i.chunk = q.value(QStringLiteral("chunk")).toInt();
        ChunkStates::fromName(q.value(QStringLiteral("chunk_state")).toString(), &i.chunkState);
        i.userName = q.value(QStringLiteral("user_name")).toString();
        i.computerName = q.value(QStringLiteral("computer_name")).toString();
        i.desktopId = q.value(QStringLiteral("desktop_id")).toString();
        i.jobId = q.value(QStringLiteral("job_id")).toString();
        i.subJobId = q.value(QStringLiteral("sub_job_id")).toString();
        // Journals of earlier versions kept the chunk state here when no sub-job was known:
        // fromName() reads those as None, and chunk_state holds them anyway.
        i.subJobStatus = SubJobStatuses::fromName(q.value(QStringLiteral("status")).toString());
        i.process = q.value(QStringLiteral("process")).toInt();
        i.errorCode = q.value(QStringLiteral("error_code")).toString();
        i.message = q.value(QStringLiteral("message")).toString();
        i.requestId = q.value(QStringLiteral("request_id")).toString();
        i.httpStatus = q.value(QStringLiteral("http_status")).toInt();
        i.errorKind = q.value(QStringLiteral("error_kind")).toString();
        out.append(i);
    }
    if (ok)
        *ok = true;
    return out;
}

QList<QPair<int, QString>> JobJournal::transitions(const QString &batchId)
{
    QList<QPair<int, QString>> out;
    if (!m_open)
        return out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
            "SELECT chunk, from_state, to_state FROM transitions WHERE batch_id=? ORDER BY id"));
    bind(q, batchId);
    if (!q.exec()) {
        fail(Read, q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(QStringLiteral("chunk")).toInt(),
                    q.value(QStringLiteral("from_state")).toString() + QLatin1Char('>')
                            + q.value(QStringLiteral("to_state")).toString()});
    return out;
}

QList<SubJobInfo> JobJournal::subJobs(const QString &batchId)
{
    QList<SubJobInfo> out;
    if (!m_open)
        return out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
            "SELECT sub_job_id, job_id, status, process, error_code, fail_reason, message, "
            "desktop_id, user_name, computer_name, product_id, ip_address, begin_time, end_time "
            "FROM sub_jobs WHERE batch_id=? ORDER BY source_index, sub_job_id"));
    bind(q, batchId);
    if (!q.exec()) {
        fail(Read, q.lastError().text());
        return out;
    }
    while (q.next()) {
        SubJobInfo s;
        s.id = q.value(QStringLiteral("sub_job_id")).toString();
        s.jobId = q.value(QStringLiteral("job_id")).toString();
        s.status = q.value(QStringLiteral("status")).toString();
        if (!q.value(QStringLiteral("process")).isNull())
            s.process = q.value(QStringLiteral("process")).toInt();
        s.errorCode = q.value(QStringLiteral("error_code")).toString();
        s.failReason = q.value(QStringLiteral("fail_reason")).toString();
        s.message = q.value(QStringLiteral("message")).toString();
        s.desktopId = q.value(QStringLiteral("desktop_id")).toString();
        s.userName = q.value(QStringLiteral("user_name")).toString();
        s.computerName = q.value(QStringLiteral("computer_name")).toString();
        s.productId = q.value(QStringLiteral("product_id")).toString();
        s.ipAddress = q.value(QStringLiteral("ip_address")).toString();
        s.beginTime = q.value(QStringLiteral("begin_time")).toString();
        s.endTime = q.value(QStringLiteral("end_time")).toString();
        out.append(s);
    }
    return out;
}

QList<JobInfo> JobJournal::jobs(const QString &batchId)
{
    QList<JobInfo> out;
    if (!m_open)
        return out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT job_id, job_type, status, error_code, fail_reason, "
                             "begin_time, end_time, sub_jobs_total FROM jobs WHERE batch_id=? "
                             "ORDER BY chunk, job_id"));
    bind(q, batchId);
    if (!q.exec()) {
        fail(Read, q.lastError().text());
        return out;
    }
    while (q.next()) {
        JobInfo j;
        j.id = q.value(QStringLiteral("job_id")).toString();
        j.jobType = q.value(QStringLiteral("job_type")).toString();
        j.status = q.value(QStringLiteral("status")).toString();
        j.errorCode = q.value(QStringLiteral("error_code")).toString();
        j.failReason = q.value(QStringLiteral("fail_reason")).toString();
        j.beginTime = q.value(QStringLiteral("begin_time")).toString();
        j.endTime = q.value(QStringLiteral("end_time")).toString();
        j.subJobsTotal = q.value(QStringLiteral("sub_jobs_total")).toInt();
        out.append(j);
    }
    return out;
}

qint64 JobJournal::dataVersion()
{
    if (!m_open)
        return -1;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace wsc
