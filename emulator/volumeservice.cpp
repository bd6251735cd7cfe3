#include "volumeservice.h"

#include "apierrors.h"
#include "desktopguard.h"
#include "jobengine.h"
#include "requestbody.h"
#include "statestore.h"

#include <QJsonArray>
#include <QUuid>

namespace wsemu {

namespace {

// Volume (SDK model): data disks 10-32760 GB in steps of 10, at most 10 per desktop.
constexpr int kMinDataGb = 10;
constexpr int kMaxGb = 32760;
constexpr int kMaxDataVolumes = 10;

ApiResponse invalid(const char *code, const QString &message)
{
    return ApiResponse::error(400, QString::fromLatin1(code), message);
}

/** The desktop if it exists and is idle; else the 404 or 409 in @p error. */
DesktopRecord *idleDesktop(StateStore &state, const QString &id, const QString &operation,
                           ApiResponse *error)
{
    DesktopRecord *desktop = state.desktop(id);
    if (!desktop) {
        *error = DesktopGuard::notFound(id);
        return nullptr;
    }
    const QString busy = DesktopGuard::busyState(*desktop);
    if (!busy.isEmpty()) {
        *error = DesktopGuard::conflict(busy, operation, id);
        return nullptr;
    }
    return desktop;
}

} // namespace

VolumeService::VolumeService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse VolumeService::add(const ApiRequest &request, const QString &desktopId) const
{
    ApiResponse error;
    DesktopRecord *desktop
            = idleDesktop(*m_context.state, desktopId, QStringLiteral("addVolumes"), &error);
    if (!desktop)
        return error;
    QJsonObject body;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    const QJsonValue value = body.value(QStringLiteral("volumes"));
    if (value.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("volumes is required"));
    const QJsonArray volumes = value.toArray();
    if (!value.isArray() || volumes.isEmpty())
        return invalid(ApiErrors::InvalidField,
                       QStringLiteral("volumes must be a non-empty array"));
    if (desktop->dataVolumes.size() + volumes.size() > kMaxDataVolumes)
        return invalid(ApiErrors::OutOfRange,
                       QStringLiteral("A desktop has at most %1 data disks: it has %2, %3 more "
                                      "were asked for.")
                               .arg(kMaxDataVolumes)
                               .arg(desktop->dataVolumes.size())
                               .arg(volumes.size()));
    static const QStringList types{QStringLiteral("SAS"), QStringLiteral("SSD"),
                                   QStringLiteral("GPSSD"), QStringLiteral("GPSSD2")};
    QJsonArray made;
    for (int i = 0; i < volumes.size(); ++i) {
        const QJsonObject v = volumes.at(i).toObject();
        const QString at = QStringLiteral("volumes[%1]").arg(i);
        if (!v.contains(QStringLiteral("type")))
            return invalid(ApiErrors::MissingField, at + QStringLiteral(".type is required"));
        if (!types.contains(v.value(QStringLiteral("type")).toString()))
            return invalid(ApiErrors::InvalidField,
                           at + QStringLiteral(".type must be one of SAS, SSD, GPSSD, GPSSD2"));
        const QJsonValue size = v.value(QStringLiteral("size"));
        if (size.isUndefined())
            return invalid(ApiErrors::MissingField, at + QStringLiteral(".size is required"));
        const int gb = size.toInt(-1);
        if (!size.isDouble() || gb < kMinDataGb || gb > kMaxGb || gb % 10 != 0)
            return invalid(ApiErrors::OutOfRange,
                           at + QStringLiteral(".size must be 10 to 32760 GB in steps of 10"));
        QJsonObject stored{
                {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("type"), v.value(QStringLiteral("type"))},
                {QStringLiteral("size"), gb}};
        made.append(stored);
    }
    return ApiResponse::job(
            m_context.jobs->startDesktopsJob(QStringLiteral("addVolumes"), {desktopId},
                                             QJsonObject{{QStringLiteral("volumes"), made}}));
}

ApiResponse VolumeService::expand(const ApiRequest &request, const QString &desktopId,
                                  const QString &volumeId) const
{
    ApiResponse error;
    DesktopRecord *desktop
            = idleDesktop(*m_context.state, desktopId, QStringLiteral("expandVolumes"), &error);
    if (!desktop)
        return error;
    QJsonObject body;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    QJsonObject volume;
    for (const QJsonValue &v : std::as_const(desktop->dataVolumes)) {
        if (v.toObject().value(QStringLiteral("id")).toString() == volumeId)
            volume = v.toObject();
    }
    if (desktop->rootVolume.value(QStringLiteral("id")).toString() == volumeId)
        volume = desktop->rootVolume;
    if (volume.isEmpty())
        return ApiResponse::error(
                404, QString::fromLatin1(ApiErrors::ResourceNotFound),
                QStringLiteral("The desktop %1 has no disk %2.").arg(desktopId, volumeId));
    const QJsonValue newSize = body.value(QStringLiteral("new_size"));
    if (newSize.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("new_size is required"));
    const int gb = newSize.toInt(-1);
    if (!newSize.isDouble() || gb < 0)
        return invalid(ApiErrors::InvalidField, QStringLiteral("new_size must be a number of GB"));
    const int current = volume.value(QStringLiteral("size")).toInt();
    // A disk only grows: shrinking it would cut the file system on it.
    if (gb <= current)
        return invalid(ApiErrors::OutOfRange,
                       QStringLiteral("new_size must be larger than the disk's %1 GB (got %2)")
                               .arg(current)
                               .arg(gb));
    if (gb > kMaxGb || gb % 10 != 0)
        return invalid(ApiErrors::OutOfRange,
                       QStringLiteral("new_size must be at most 32760 GB, in steps of 10"));
    return ApiResponse::job(
            m_context.jobs->startDesktopsJob(QStringLiteral("expandVolumes"), {desktopId},
                                             QJsonObject{{QStringLiteral("volume_id"), volumeId},
                                                         {QStringLiteral("new_size"), gb}}));
}

ApiResponse VolumeService::remove(const ApiRequest &request, const QString &desktopId) const
{
    ApiResponse error;
    DesktopRecord *desktop
            = idleDesktop(*m_context.state, desktopId, QStringLiteral("deleteVolumes"), &error);
    if (!desktop)
        return error;
    QJsonObject body;
    QJsonArray ids;
    error = DesktopGuard::readBodyIds(request, QStringLiteral("volume_ids"), kMaxDataVolumes, &body,
                                      &ids);
    if (error.status)
        return error;
    for (const QJsonValue &id : std::as_const(ids)) {
        bool found = false;
        for (const QJsonValue &v : std::as_const(desktop->dataVolumes))
            found = found || v.toObject().value(QStringLiteral("id")) == id;
        if (!found)
            return ApiResponse::error(404, QString::fromLatin1(ApiErrors::ResourceNotFound),
                                      QStringLiteral("The desktop %1 has no data disk %2 (the "
                                                     "system disk cannot be removed).")
                                              .arg(desktopId, id.toString()));
    }
    return ApiResponse::job(
            m_context.jobs->startDesktopsJob(QStringLiteral("deleteVolumes"), {desktopId},
                                             QJsonObject{{QStringLiteral("volume_ids"), ids}}));
}

} // namespace wsemu
