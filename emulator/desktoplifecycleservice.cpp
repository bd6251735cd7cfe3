#include "desktoplifecycleservice.h"

#include "apierrors.h"
#include "catalog.h"
#include "desktopguard.h"
#include "jobengine.h"
#include "requestbody.h"
#include "statestore.h"

#include <QJsonArray>

namespace wsemu {

namespace {

constexpr int kMaxDesktops = 100;

ApiResponse invalid(const char *code, const QString &message)
{
    return ApiResponse::error(400, QString::fromLatin1(code), message);
}

/** A boolean field that may be absent; false and an error response when it is not a boolean. */
bool optionalBool(const QJsonObject &body, const QString &key, bool fallback, bool *out,
                  ApiResponse *error)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined()) {
        *out = fallback;
        return true;
    }
    if (!v.isBool()) {
        *error = invalid(ApiErrors::InvalidField, QStringLiteral("%1 must be a boolean").arg(key));
        return false;
    }
    *out = v.toBool();
    return true;
}

/** The body, and its desktops[].desktop_id as a desktop_ids-like array; status 0 when fine. */
ApiResponse readDesktopObjects(const ApiRequest &request, QJsonObject *body, QJsonArray *ids)
{
    ApiResponse error;
    if (!RequestBody::parseObject(request, body, &error))
        return error;
    const QJsonValue value = body->value(QStringLiteral("desktops"));
    if (value.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("desktops is required"));
    QJsonArray flat;
    const QJsonArray desktops = value.toArray();
    for (int i = 0; i < desktops.size(); ++i) {
        if (!desktops.at(i).isObject())
            return invalid(ApiErrors::InvalidField,
                           QStringLiteral("desktops[%1] must be an object").arg(i));
        const QJsonValue id = desktops.at(i).toObject().value(QStringLiteral("desktop_id"));
        if (id.isUndefined())
            return invalid(ApiErrors::MissingField,
                           QStringLiteral("desktops[%1].desktop_id is required").arg(i));
        flat.append(id);
    }
    return DesktopGuard::readIds(QJsonObject{{QStringLiteral("desktops"), flat}},
                                 QStringLiteral("desktops"), kMaxDesktops, ids);
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

DesktopLifecycleService::DesktopLifecycleService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse DesktopLifecycleService::batchDelete(const ApiRequest &request) const
{
    QJsonObject body;
    QJsonArray ids;
    ApiResponse error = DesktopGuard::readBodyIds(request, QStringLiteral("desktop_ids"),
                                                  kMaxDesktops, &body, &ids);
    if (error.status)
        return error;
    bool deleteUsers = false;
    bool mail = true;
    bool force = false;
    if (!optionalBool(body, QStringLiteral("delete_users"), false, &deleteUsers, &error)
        || !optionalBool(body, QStringLiteral("email_notification"), true, &mail, &error)
        || !optionalBool(body, QStringLiteral("is_force_delete"), false, &force, &error))
        return error;
    // All or nothing: an unknown desktop or one being deleted refuses the request; a forced
    // delete takes over a desktop whose other task still runs.
    for (const QJsonValue &v : std::as_const(ids)) {
        const QString id = v.toString();
        const DesktopRecord *desktop = m_context.state->desktop(id);
        if (!desktop)
            return DesktopGuard::notFound(id);
        const QString busy = DesktopGuard::busyState(*desktop);
        if (desktop->taskStatus == QLatin1String("deleting") || (!busy.isEmpty() && !force))
            return DesktopGuard::conflict(busy, QStringLiteral("delete"), id);
    }
    return ApiResponse::job(m_context.jobs->startDesktopsJob(
            QStringLiteral("deleteDesktops"), strings(ids),
            QJsonObject{{QStringLiteral("delete_users"), deleteUsers}}));
}

ApiResponse DesktopLifecycleService::batchDetach(const ApiRequest &request) const
{
    QJsonObject body;
    QJsonArray ids;
    ApiResponse error = readDesktopObjects(request, &body, &ids);
    if (error.status)
        return error;
    const QJsonArray desktops = body.value(QStringLiteral("desktops")).toArray();
    for (int i = 0; i < desktops.size(); ++i) {
        const QJsonObject d = desktops.at(i).toObject();
        const QJsonValue all = d.value(QStringLiteral("is_detach_all_users"));
        if (!all.isUndefined() && !all.isBool())
            return invalid(
                    ApiErrors::InvalidField,
                    QStringLiteral("desktops[%1].is_detach_all_users must be a boolean").arg(i));
        if (!all.toBool(false) && d.value(QStringLiteral("detach_user_infos")).toArray().isEmpty())
            return invalid(ApiErrors::MissingField,
                           QStringLiteral("desktops[%1] needs is_detach_all_users true or "
                                          "detach_user_infos")
                                   .arg(i));
    }
    // Desktops are refused one by one (failed_operation_list), like DetachInstances.
    QJsonArray failed;
    QStringList accepted;
    DesktopGuard::sortOut(
            *m_context.state, ids,
            [](const DesktopRecord &desktop) {
                QString state = DesktopGuard::busyState(desktop);
                if (state.isEmpty() && desktop.status == QLatin1String("HIBERNATED"))
                    state = desktop.status;
                if (state.isEmpty() && !desktop.isAttached())
                    state = desktop.attachState;
                if (state.isEmpty())
                    return state;
                return DesktopGuard::conflictMessage(state, QStringLiteral("detach"), desktop.id);
            },
            &failed, &accepted);
    QJsonArray jobIds;
    if (!accepted.isEmpty())
        jobIds.append(m_context.jobs->startDesktopsJob(
                QStringLiteral("detachDesktops"), accepted,
                QJsonObject{{QStringLiteral("shutoff_after_detach"), false}}));
    // job_id is for pooled desktops only (the SDK model): dedicated ones report success_job_ids.
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("job_id"), QString()},
                                              {QStringLiteral("success_job_ids"), jobIds},
                                              {QStringLiteral("failed_operation_list"), failed}});
}

ApiResponse DesktopLifecycleService::rebuild(const ApiRequest &request) const
{
    QJsonObject body;
    QJsonArray ids;
    ApiResponse error = DesktopGuard::readBodyIds(request, QStringLiteral("desktop_ids"),
                                                  kMaxDesktops, &body, &ids);
    if (error.status)
        return error;
    const QJsonValue typeValue = body.value(QStringLiteral("image_type"));
    const QJsonValue imageValue = body.value(QStringLiteral("image_id"));
    if (typeValue.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("image_type is required"));
    static const QStringList types{QStringLiteral("gold"), QStringLiteral("private"),
                                   QStringLiteral("market")};
    if (!types.contains(typeValue.toString()))
        return invalid(ApiErrors::InvalidField,
                       QStringLiteral("image_type must be one of gold, private, market"));
    if (imageValue.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("image_id is required"));
    const QString imageId = imageValue.toString();
    const QJsonObject image = m_context.catalog->image(imageId);
    if (image.isEmpty())
        return ApiResponse::error(404, QString::fromLatin1(ApiErrors::ResourceNotFound),
                                  QStringLiteral("The image %1 does not exist.").arg(imageId));
    if (image.value(QStringLiteral("image_type")).toString() != typeValue.toString())
        return invalid(ApiErrors::Incompatible,
                       QStringLiteral("The image %1 is a %2 image, not %3.")
                               .arg(imageId, image.value(QStringLiteral("image_type")).toString(),
                                    typeValue.toString()));
    const QJsonValue delay = body.value(QStringLiteral("delay_time"));
    if (!delay.isUndefined() && (!delay.isDouble() || delay.toDouble() < 0))
        return invalid(ApiErrors::InvalidField,
                       QStringLiteral("delay_time must be a number of minutes (0 or more)"));
    const QString imageOs = image.value(QStringLiteral("os_type")).toString();
    const QString imageArch = image.value(QStringLiteral("architecture")).toString();
    const QJsonValue osValue = body.value(QStringLiteral("os_type"));
    if (!osValue.isUndefined() && osValue.toString().compare(imageOs, Qt::CaseInsensitive) != 0)
        return invalid(ApiErrors::Incompatible,
                       QStringLiteral("os_type %1 does not match the image's %2")
                               .arg(osValue.toString(), imageOs));
    error = DesktopGuard::checkAll(*m_context.state, ids, QStringLiteral("rebuild"));
    if (error.status)
        return error;
    for (const QJsonValue &v : std::as_const(ids)) {
        const DesktopRecord *desktop = m_context.state->desktop(v.toString());
        // Another operating system or architecture cannot take over a desktop's system disk.
        const QString os = m_context.catalog->productOsType(desktop->productId);
        const QString arch = m_context.catalog->product(desktop->productId)
                                     .value(QStringLiteral("architecture"))
                                     .toString();
        if (!os.isEmpty() && os.compare(imageOs, Qt::CaseInsensitive) != 0)
            return invalid(ApiErrors::Incompatible,
                           QStringLiteral("The image %1 is for %2; desktop %3 runs %4.")
                                   .arg(imageId, imageOs, desktop->id, os));
        if (!arch.isEmpty() && arch.compare(imageArch, Qt::CaseInsensitive) != 0)
            return invalid(ApiErrors::Incompatible,
                           QStringLiteral("The image %1 is for %2; desktop %3 is %4.")
                                   .arg(imageId, imageArch, desktop->id, arch));
    }
    return ApiResponse::job(m_context.jobs->startDesktopsJob(
            QStringLiteral("rebuildDesktops"), strings(ids),
            QJsonObject{{QStringLiteral("image_id"), imageId},
                        {QStringLiteral("image_type"), typeValue.toString()}}));
}

ApiResponse DesktopLifecycleService::resize(const ApiRequest &request) const
{
    QJsonObject body;
    QJsonArray ids;
    ApiResponse error = readDesktopObjects(request, &body, &ids);
    if (error.status)
        return error;
    const QJsonValue productValue = body.value(QStringLiteral("product_id"));
    if (productValue.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("product_id is required"));
    const QJsonValue mode = body.value(QStringLiteral("mode"));
    if (mode.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("mode is required"));
    if (mode.toString() != QLatin1String("STOP_DESKTOP"))
        return invalid(ApiErrors::InvalidField, QStringLiteral("mode must be STOP_DESKTOP"));
    const QString productId = productValue.toString();
    const QJsonObject product = m_context.catalog->product(productId);
    if (product.isEmpty())
        return ApiResponse::error(404, QString::fromLatin1(ApiErrors::ResourceNotFound),
                                  QStringLiteral("The product %1 does not exist.").arg(productId));
    error = DesktopGuard::checkAll(*m_context.state, ids, QStringLiteral("resize"));
    if (error.status)
        return error;
    const QString newOs = m_context.catalog->productOsType(productId);
    const QString newArch = product.value(QStringLiteral("architecture")).toString();
    for (const QJsonValue &v : std::as_const(ids)) {
        const DesktopRecord *desktop = m_context.state->desktop(v.toString());
        const QString os = m_context.catalog->productOsType(desktop->productId);
        const QString arch = m_context.catalog->product(desktop->productId)
                                     .value(QStringLiteral("architecture"))
                                     .toString();
        if (desktop->productId == productId)
            return invalid(ApiErrors::Incompatible,
                           QStringLiteral("Desktop %1 already uses product %2.")
                                   .arg(desktop->id, productId));
        if (!os.isEmpty() && !newOs.isEmpty() && os.compare(newOs, Qt::CaseInsensitive) != 0)
            return invalid(ApiErrors::Incompatible,
                           QStringLiteral("The product %1 is for %2; desktop %3 runs %4.")
                                   .arg(productId, newOs, desktop->id, os));
        if (!arch.isEmpty() && !newArch.isEmpty()
            && arch.compare(newArch, Qt::CaseInsensitive) != 0)
            return invalid(ApiErrors::Incompatible,
                           QStringLiteral("The product %1 is %2; desktop %3 is %4.")
                                   .arg(productId, newArch, desktop->id, arch));
        if (desktop->status != QLatin1String("ACTIVE")
            && desktop->status != QLatin1String("SHUTOFF"))
            return DesktopGuard::conflict(desktop->status, QStringLiteral("resize"), desktop->id);
    }
    const QString jobId = m_context.jobs->startDesktopsJob(
            QStringLiteral("resizeDesktops"), strings(ids),
            QJsonObject{{QStringLiteral("product_id"), productId}});
    QJsonArray jobs;
    for (const QJsonValue &v : std::as_const(ids))
        jobs.append(
                QJsonObject{{QStringLiteral("desktop_id"), v}, {QStringLiteral("job_id"), jobId}});
    return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("job_id"), jobId}, {QStringLiteral("jobs"), jobs}});
}

} // namespace wsemu
