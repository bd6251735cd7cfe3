#include "desktopactionservice.h"

#include "apierrors.h"
#include "desktopguard.h"
#include "jobengine.h"
#include "listquery.h"
#include "namerules.h"
#include "requestbody.h"
#include "statestore.h"

#include <QJsonArray>

namespace wsemu {

namespace {

// The per-request limit of desktop lists (the console's web pages act on at most 100 at once).
constexpr int kMaxDesktops = 100;

/** Why @p op may not run on a desktop in @p status now ("" when it may). */
QString refusal(const QString &op, bool hard, const QString &rawStatus)
{
    const QString status = rawStatus.isEmpty() ? QStringLiteral("-") : rawStatus;
    const bool active = status == QLatin1String("ACTIVE");
    if (op == QLatin1String("os-start")) {
        if (status == QLatin1String("SHUTOFF") || status == QLatin1String("HIBERNATED"))
            return {};
        return active ? QStringLiteral("The desktop is already running.") : QString(status);
    }
    // A forced stop or reboot also brings back a desktop in ERROR.
    if ((op == QLatin1String("os-stop") || op == QLatin1String("reboot"))
        && (active || (hard && status == QLatin1String("ERROR"))))
        return {};
    if (op == QLatin1String("os-hibernate") && active)
        return {};
    if (op == QLatin1String("os-stop") && status == QLatin1String("SHUTOFF"))
        return QStringLiteral("The desktop is already stopped.");
    return status;
}

// The body's desktop_ids: 1 to kMaxDesktops of them.
ApiResponse readDesktopIds(const ApiRequest &request, QJsonObject *body, QJsonArray *ids)
{
    return DesktopGuard::readBodyIds(request, QStringLiteral("desktop_ids"), kMaxDesktops, body,
                                     ids);
}

} // namespace

DesktopActionService::DesktopActionService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse DesktopActionService::run(const ApiRequest &request) const
{
    QJsonObject body;
    QJsonArray ids;
    const ApiResponse error = readDesktopIds(request, &body, &ids);
    if (error.status)
        return error;
    const QJsonValue opValue = body.value(QStringLiteral("op_type"));
    static const QStringList ops{QStringLiteral("os-start"), QStringLiteral("os-stop"),
                                 QStringLiteral("reboot"), QStringLiteral("os-hibernate")};
    if (opValue.isUndefined())
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::MissingField),
                                  QStringLiteral("op_type is required"));
    if (!ops.contains(opValue.toString()))
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::InvalidField),
                QStringLiteral("op_type must be one of %1").arg(ops.join(QStringLiteral(", "))));
    const QJsonValue typeValue = body.value(QStringLiteral("type"));
    if (!typeValue.isUndefined() && typeValue.toString() != QLatin1String("SOFT")
        && typeValue.toString() != QLatin1String("HARD"))
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                  QStringLiteral("type must be SOFT or HARD"));
    const QString op = opValue.toString();
    const bool hard = typeValue.toString() == QLatin1String("HARD");

    QJsonArray failed;
    QStringList accepted;
    DesktopGuard::sortOut(
            *m_context.state, ids,
            [&op, hard](const DesktopRecord &desktop) {
                QString state = DesktopGuard::busyState(desktop);
                if (state.isEmpty())
                    state = refusal(op, hard, desktop.status);
                if (state.isEmpty() || state.endsWith(QLatin1Char('.')))
                    return state;
                return DesktopGuard::conflictMessage(state, op, desktop.id);
            },
            &failed, &accepted);
    QJsonObject answer{{QStringLiteral("failed_operation_list"), failed}};
    if (!accepted.isEmpty()) {
        answer.insert(
                QStringLiteral("job_id"),
                m_context.jobs->startDesktopsJob(
                        QStringLiteral("operateDesktops"), accepted,
                        QJsonObject{{QStringLiteral("op_type"), op},
                                    {QStringLiteral("type"),
                                     hard ? QStringLiteral("HARD") : QStringLiteral("SOFT")}}));
    }
    return ApiResponse::json(200, answer);
}

ApiResponse DesktopActionService::connectStatus(const ApiRequest &request) const
{
    ApiResponse error;
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 2000, 100, 2000, &limit, &offset, &error))
        return error;
    if (!ListQuery::oneOf(request, QStringLiteral("connect_status"),
                          {QStringLiteral("UNREGISTER"), QStringLiteral("REGISTERED"),
                           QStringLiteral("CONNECTED"), QStringLiteral("DISCONNECTED")},
                          Qt::CaseSensitive, &error))
        return error;
    const QStringList userNames = request.queryValues(QStringLiteral("user_names"));
    if (userNames.size() > 100)
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::OutOfRange),
                                  QStringLiteral("user_names accepts at most 100 values (got %1)")
                                          .arg(userNames.size()));
    const QString status = request.queryValue(QStringLiteral("connect_status"));
    QJsonArray selected;
    for (const DesktopRecord &d : m_context.state->desktops()) {
        if (!userNames.isEmpty() && !userNames.contains(d.userName, Qt::CaseInsensitive))
            continue;
        if (!status.isEmpty() && d.loginStatus != status)
            continue;
        QJsonArray users;
        if (!d.userName.isEmpty()) {
            const UserRecord *user = m_context.state->userByName(d.userName);
            users.append(QJsonObject{{QStringLiteral("id"), user ? user->id : QString()},
                                     {QStringLiteral("name"), d.userName},
                                     {QStringLiteral("user_group"), d.userGroup},
                                     {QStringLiteral("type"), QStringLiteral("USER")}});
        }
        selected.append(QJsonObject{{QStringLiteral("desktop_id"), d.id},
                                    {QStringLiteral("desktop_name"), d.computerName},
                                    {QStringLiteral("connect_status"), d.loginStatus},
                                    {QStringLiteral("attach_users"), users}});
    }
    return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("desktops"), ListQuery::page(selected, offset, limit)},
                             {QStringLiteral("total_count"), selected.size()}});
}

ApiResponse DesktopActionService::setMaintenance(const ApiRequest &request) const
{
    QJsonObject body;
    QJsonArray ids;
    const ApiResponse error = readDesktopIds(request, &body, &ids);
    if (error.status)
        return error;
    const QJsonValue mode = body.value(QStringLiteral("in_maintenance_mode"));
    if (mode.isUndefined())
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::MissingField),
                                  QStringLiteral("in_maintenance_mode is required"));
    if (!mode.isBool())
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                  QStringLiteral("in_maintenance_mode must be a boolean"));
    // All or nothing: one unknown desktop refuses the request.
    for (const QJsonValue &v : std::as_const(ids)) {
        if (!m_context.state->desktop(v.toString()))
            return DesktopGuard::notFound(v.toString());
    }
    for (const QJsonValue &v : std::as_const(ids))
        m_context.state->desktop(v.toString())->inMaintenanceMode = mode.toBool();
    m_context.state->markDirty();
    return ApiResponse::noContent();
}

ApiResponse DesktopActionService::update(const ApiRequest &request, const QString &desktopId) const
{
    DesktopRecord *desktop = m_context.state->desktop(desktopId);
    if (!desktop)
        return DesktopGuard::notFound(desktopId);
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    const QJsonValue inner = body.value(QStringLiteral("desktop"));
    if (!inner.isObject())
        return ApiResponse::error(400,
                                  QString::fromLatin1(inner.isUndefined()
                                                              ? ApiErrors::MissingField
                                                              : ApiErrors::InvalidField),
                                  QStringLiteral("desktop must be an object"));
    const QJsonObject fields = inner.toObject();
    const QJsonValue nameValue = fields.value(QStringLiteral("computer_name"));
    const QJsonValue backup = fields.value(QStringLiteral("self_backup_management"));
    if (!backup.isUndefined() && backup.toString() != QLatin1String("0")
        && backup.toString() != QLatin1String("1"))
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                  QStringLiteral("desktop.self_backup_management must be \"0\" or "
                                                 "\"1\""));
    if (nameValue.isUndefined())
        return ApiResponse::noContent();
    if (!nameValue.isString())
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                  QStringLiteral("desktop.computer_name must be a string"));
    const QString name = nameValue.toString();
    const QString problem = NameRules::createComputerName(name);
    if (!problem.isEmpty())
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                  QStringLiteral("desktop.computer_name %1").arg(problem));
    const QString busy = DesktopGuard::busyState(*desktop);
    if (!busy.isEmpty())
        return DesktopGuard::conflict(busy, QStringLiteral("rename"), desktopId);
    const DesktopRecord *other = m_context.state->desktopByComputerName(name);
    if (other && other->id != desktopId)
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::Duplicate),
                                  QStringLiteral("The computer name %1 is already used by desktop "
                                                 "%2.")
                                          .arg(name, other->id));
    m_context.state->renameDesktop(desktopId, name);
    m_context.state->markDirty();
    return ApiResponse::noContent();
}

} // namespace wsemu
