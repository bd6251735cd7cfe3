#include "tagservice.h"

#include "apierrors.h"
#include "listquery.h"
#include "namerules.h"
#include "requestbody.h"
#include "statestore.h"

#include <QJsonArray>
#include <QMap>

namespace wsemu {

namespace {

constexpr int kMaxDesktops = 100;
constexpr int kMaxTagsPerDesktop = 20; // the cloud's tag limit per resource

ApiResponse invalid(const char *code, const QString &message)
{
    return ApiResponse::error(400, QString::fromLatin1(code), message);
}

// A desktop's tags after adding (a key given again takes the new value) or deleting by key.
QJsonArray tagsAfter(QJsonArray tags, const QJsonArray &changes, bool add)
{
    for (const QJsonValue &t : changes) {
        const QString key = t.toObject().value(QStringLiteral("key")).toString();
        QJsonArray kept;
        for (const QJsonValue &old : std::as_const(tags)) {
            if (old.toObject().value(QStringLiteral("key")).toString() != key)
                kept.append(old);
        }
        if (add)
            kept.append(QJsonObject{{QStringLiteral("key"), key},
                                    {QStringLiteral("value"),
                                     t.toObject().value(QStringLiteral("value")).toString()}});
        tags = kept;
    }
    return tags;
}

} // namespace

TagService::TagService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse TagService::batchAdd(const ApiRequest &request) const
{
    return change(request, true);
}

ApiResponse TagService::batchDelete(const ApiRequest &request) const
{
    return change(request, false);
}

ApiResponse TagService::change(const ApiRequest &request, bool add) const
{
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    const QJsonValue value = body.value(QStringLiteral("desktops"));
    if (value.isUndefined())
        return invalid(ApiErrors::MissingField, QStringLiteral("desktops is required"));
    const QJsonArray desktops = value.toArray();
    if (!value.isArray() || desktops.isEmpty() || desktops.size() > kMaxDesktops)
        return invalid(ApiErrors::OutOfRange,
                       QStringLiteral("desktops must have 1 to %1 items").arg(kMaxDesktops));
    // Everything is checked before anything changes.
    for (int i = 0; i < desktops.size(); ++i) {
        const QJsonObject d = desktops.at(i).toObject();
        const QString at = QStringLiteral("desktops[%1]").arg(i);
        if (!d.value(QStringLiteral("desktop_id")).isString())
            return invalid(ApiErrors::MissingField, at + QStringLiteral(".desktop_id is required"));
        const QJsonValue tags = d.value(QStringLiteral("tags"));
        if (!tags.isArray() || tags.toArray().isEmpty())
            return invalid(ApiErrors::MissingField,
                           at + QStringLiteral(".tags must be a non-empty array"));
        const QJsonArray list = tags.toArray();
        for (int t = 0; t < list.size(); ++t) {
            const QJsonObject tag = list.at(t).toObject();
            const QString tagAt = at + QStringLiteral(".tags[%1]").arg(t);
            if (!tag.value(QStringLiteral("key")).isString())
                return invalid(ApiErrors::MissingField, tagAt + QStringLiteral(".key is required"));
            QString problem = NameRules::tagKey(tag.value(QStringLiteral("key")).toString());
            if (!problem.isEmpty())
                return invalid(ApiErrors::InvalidField, tagAt + QStringLiteral(".key ") + problem);
            const QJsonValue v = tag.value(QStringLiteral("value"));
            if (!v.isUndefined() && !v.isNull()) {
                problem = v.isString() ? NameRules::tagValue(v.toString())
                                       : QStringLiteral("must be a string");
                if (!problem.isEmpty())
                    return invalid(ApiErrors::InvalidField,
                                   tagAt + QStringLiteral(".value ") + problem);
            }
        }
    }
    // "批量操作时非法桌面ID会过滤不做处理": unknown desktops are skipped. The first pass checks
    // the limit on every desktop, the second changes them.
    for (const bool apply : {false, true}) {
        for (const QJsonValue &entry : desktops) {
            const QJsonObject d = entry.toObject();
            DesktopRecord *desktop
                    = m_context.state->desktop(d.value(QStringLiteral("desktop_id")).toString());
            if (!desktop)
                continue;
            const QJsonArray result
                    = tagsAfter(desktop->tags, d.value(QStringLiteral("tags")).toArray(), add);
            if (apply)
                desktop->tags = result;
            else if (result.size() > kMaxTagsPerDesktop)
                return invalid(
                        ApiErrors::OutOfRange,
                        QStringLiteral("Desktop %1 would have %2 tags; at most %3 are allowed.")
                                .arg(desktop->id)
                                .arg(result.size())
                                .arg(kMaxTagsPerDesktop));
        }
    }
    m_context.state->markDirty();
    return ApiResponse::noContent();
}

ApiResponse TagService::listProject(const ApiRequest &request) const
{
    ApiResponse error;
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 1000, 1000, 1000000, &limit, &offset, &error))
        return error;
    const QString wantedKey = request.queryValue(QStringLiteral("key"));
    const QString wantedValue = request.queryValue(QStringLiteral("value"));
    QMap<QString, QStringList> byKey;
    for (const DesktopRecord &d : m_context.state->desktops()) {
        for (const QJsonValue &t : d.tags) {
            const QString key = t.toObject().value(QStringLiteral("key")).toString();
            const QString value = t.toObject().value(QStringLiteral("value")).toString();
            // With key and value, either one matching is enough (SDK note).
            if ((!wantedKey.isEmpty() || !wantedValue.isEmpty())
                && !(key == wantedKey || (!wantedValue.isEmpty() && value == wantedValue)))
                continue;
            QStringList &values = byKey[key];
            if (!value.isEmpty() && !values.contains(value))
                values.append(value);
        }
    }
    QJsonArray tags;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        tags.append(
                QJsonObject{{QStringLiteral("key"), it.key()},
                            {QStringLiteral("values"), QJsonArray::fromStringList(it.value())}});
    return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("tags"), ListQuery::page(tags, offset, limit)},
                             {QStringLiteral("totalCount"), tags.size()}});
}

} // namespace wsemu
