#include "desktopguard.h"

#include "apierrors.h"
#include "requestbody.h"
#include "statestore.h"

namespace wsemu {

namespace DesktopGuard {

QString busyState(const DesktopRecord &desktop)
{
    if (!desktop.taskStatus.isEmpty())
        return desktop.taskStatus;
    if (!desktop.currentJobId.isEmpty())
        return desktop.attachState;
    return {};
}

ApiResponse notFound(const QString &desktopId)
{
    return ApiResponse::error(404, QString::fromLatin1(ApiErrors::DesktopNotFound),
                              QStringLiteral("The desktop %1 does not exist.").arg(desktopId));
}

QString conflictMessage(const QString &state, const QString &operation, const QString &desktopId)
{
    return QStringLiteral("Operation conflict. The desktop current instance status is [%1] and "
                          "deny operation [%2], resource id [%3].")
            .arg(state, operation, desktopId);
}

ApiResponse conflict(const QString &state, const QString &operation, const QString &desktopId)
{
    return ApiResponse::error(409, QString::fromLatin1(ApiErrors::Conflict),
                              conflictMessage(state, operation, desktopId));
}

QJsonObject failure(const QString &desktopId, const DesktopRecord *desktop, const char *code,
                    const QString &message)
{
    return QJsonObject{
            {QStringLiteral("desktop_id"), desktopId},
            {QStringLiteral("desktop_name"), desktop ? desktop->computerName : QString()},
            {QStringLiteral("error_code"), QString::fromLatin1(code)},
            {QStringLiteral("error_msg"), message}};
}

ApiResponse checkAll(StateStore &state, const QJsonArray &ids, const QString &operation)
{
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        const DesktopRecord *desktop = state.desktop(id);
        if (!desktop)
            return notFound(id);
        const QString busy = busyState(*desktop);
        if (!busy.isEmpty())
            return conflict(busy, operation, id);
    }
    ApiResponse ok;
    ok.status = 0;
    return ok;
}

ApiResponse readIds(const QJsonObject &body, const QString &key, int max, QJsonArray *ids)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::MissingField),
                                  QStringLiteral("%1 is required").arg(key));
    if (!value.isArray() || value.toArray().isEmpty())
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::InvalidField),
                QStringLiteral("%1 must be a non-empty array of desktop ids").arg(key));
    const QJsonArray array = value.toArray();
    if (array.size() > max)
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::OutOfRange),
                                  QStringLiteral("%1 must have 1 to %2 items (got %3)")
                                          .arg(key)
                                          .arg(max)
                                          .arg(array.size()));
    QStringList seen;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return ApiResponse::error(
                    400, QString::fromLatin1(ApiErrors::InvalidField),
                    QStringLiteral("%1[%2] must be a desktop id (a string)").arg(key).arg(i));
        if (seen.contains(array.at(i).toString()))
            return ApiResponse::error(400, QString::fromLatin1(ApiErrors::Duplicate),
                                      QStringLiteral("%1[%2] repeats desktop %3")
                                              .arg(key)
                                              .arg(i)
                                              .arg(array.at(i).toString()));
        seen.append(array.at(i).toString());
    }
    *ids = array;
    ApiResponse ok;
    ok.status = 0;
    return ok;
}

ApiResponse readBodyIds(const ApiRequest &request, const QString &key, int max, QJsonObject *body,
                        QJsonArray *ids)
{
    ApiResponse error;
    if (!RequestBody::parseObject(request, body, &error))
        return error;
    return readIds(*body, key, max, ids);
}

void sortOut(StateStore &state, const QJsonArray &ids,
             const std::function<QString(const DesktopRecord &desktop)> &refusal,
             QJsonArray *failed, QStringList *accepted)
{
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        const DesktopRecord *desktop = state.desktop(id);
        if (!desktop) {
            failed->append(failure(id, nullptr, ApiErrors::DesktopNotFound,
                                   QStringLiteral("The desktop %1 does not exist.").arg(id)));
            continue;
        }
        const QString message = refusal(*desktop);
        if (!message.isEmpty()) {
            failed->append(failure(id, desktop, ApiErrors::Conflict, message));
            continue;
        }
        accepted->append(id);
    }
}

} // namespace DesktopGuard

} // namespace wsemu
