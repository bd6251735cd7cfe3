#include "desktopservice.h"

#include "apierrors.h"
#include "attachvalidator.h"
#include "catalog.h"
#include "createdesktopvalidator.h"
#include "desktopview.h"
#include "emulatorclock.h"
#include "emulatoroptions.h"
#include "jobengine.h"
#include "listquery.h"
#include "namerules.h"
#include "quotaservice.h"
#include "requestbody.h"
#include "seeddata.h"
#include "statestore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace wsemu {

namespace {

/** A 200 with a JSON body already serialised (as ApiResponse::json writes it). */
ApiResponse pageResponse(const QByteArray &body)
{
    ApiResponse response = ApiResponse::json(200, QJsonObject());
    response.body = body;
    return response;
}

// Attach's provisioning hints (seed 004 响应示例 gives the fields, not values).
constexpr int AttachMaxProvisionSeconds = 600;
constexpr int AttachMinProvisionSeconds = 30;
constexpr int AttachPollSeconds = 10;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomMac()
{
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("fa:16:3e:%1:%2:%3")
            .arg(rng->bounded(256), 2, 16, QLatin1Char('0'))
            .arg(rng->bounded(256), 2, 16, QLatin1Char('0'))
            .arg(rng->bounded(256), 2, 16, QLatin1Char('0'));
}

ApiResponse conflict(const QString &state, const QString &operation, const QString &id)
{
    return ApiResponse::error(
            409, QString::fromLatin1(ApiErrors::Conflict),
            QStringLiteral("Operation conflict. The desktop current instance status is "
                           "[%1] and deny operation [%2], resource id [%3].")
                    .arg(state, operation, id));
}

QString busyState(const DesktopRecord &d)
{
    if (!d.taskStatus.isEmpty())
        return d.taskStatus;
    if (!d.currentJobId.isEmpty())
        return d.attachState;
    return {};
}

bool containsFolded(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

DesktopService::DesktopService(const ServiceContext &context)
    : m_context(context)
    , m_details(context.catalog)
{}

QString DesktopService::generateComputerName(const QString &prefix,
                                             const QSet<QString> &taken) const
{
    // Generated names are the prefix and a counter, kept unique and within 15 characters.
    const QString base = prefix.isEmpty() ? QStringLiteral("WKS-") : prefix;
    for (;;) {
        const int n = m_context.state->nextSequence(QStringLiteral("name:") + base.toLower());
        const QString suffix
                = QString::number(n).rightJustified(prefix.isEmpty() ? 5 : 2, QLatin1Char('0'));
        QString head = base;
        while (NameRules::weightedLength(head + suffix) > 15 && !head.isEmpty())
            head.chop(1);
        const QString name = head + suffix;
        if (!taken.contains(name.toLower()) && !m_context.state->desktopByComputerName(name))
            return name;
    }
}

void DesktopService::ensureUser(const QString &userName, const QString &email) const
{
    if (userName.isEmpty() || m_context.state->userByName(userName))
        return;
    // Assigning a desktop to a name the directory does not know adds the user (activation by mail).
    UserRecord user;
    user.id = QUuid::createUuid().toString(QUuid::Id128);
    user.userName = userName;
    user.userEmail = email;
    user.sid = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-")
               + QString::number(1200 + m_context.state->nextSequence(QStringLiteral("user-sid")));
    user.createdMs = m_context.clock->nowMs();
    m_context.state->addUser(user);
}

ApiResponse DesktopService::create(const ApiRequest &request) const
{
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    CreatePlan plan;
    const CreateDesktopValidator validator(*m_context.catalog, *m_context.state,
                                           m_context.options->createCap);
    const ValidationError problem = validator.validate(body, &plan);
    if (problem.failed())
        return problem.toResponse();

    const ApiResponse overQuota = QuotaService(m_context).checkCreate(plan);
    if (overQuota.status != 0)
        return overQuota;

    StateStore &state = *m_context.state;
    const Catalog &catalog = *m_context.catalog;
    const QString cidr = catalog.subnet(plan.subnetId).value(QStringLiteral("cidr")).toString();
    const qint64 now = m_context.clock->nowMs();
    QList<DesktopRecord> desktops;
    QSet<QString> takenNames;
    StateStore::IpAllocator addresses(state, plan.subnetId, cidr);
    for (const CreatePlan::Item &item : std::as_const(plan.items)) {
        DesktopRecord d;
        d.id = newUuid();
        d.computerName = item.computerName.isEmpty()
                                 ? generateComputerName(item.namePrefix, takenNames)
                                 : item.computerName;
        takenNames.insert(d.computerName.toLower());
        d.osHostName = item.osHostName.isEmpty() ? d.computerName : item.osHostName;
        d.desktopType = plan.desktopType;
        d.status = QStringLiteral("BUILD");
        d.taskStatus = QStringLiteral("scheduling");
        d.process = 0;
        d.productId = plan.productId;
        d.imageId = plan.imageId;
        d.imageType = plan.imageType;
        d.availabilityZone = plan.availabilityZone;
        d.subnetId = plan.subnetId;
        const QString ip = addresses.next();
        if (ip.isEmpty()) {
            return ApiResponse::error(
                    400, QString::fromLatin1(ApiErrors::Incompatible),
                    QStringLiteral("Subnet %1 has no free IP address left.").arg(plan.subnetId));
        }
        d.ipAddress = ip;
        d.macAddress = randomMac();
        d.securityGroupIds = plan.securityGroupIds;
        d.rootVolume = plan.rootVolume;
        d.rootVolume.insert(QStringLiteral("id"), newUuid());
        for (const QJsonValue &v : std::as_const(plan.dataVolumes)) {
            QJsonObject volume = v.toObject();
            volume.insert(QStringLiteral("id"), newUuid());
            d.dataVolumes.append(volume);
        }
        d.tags = plan.tags;
        d.userName = item.userName;
        d.userGroup = item.userGroup;
        d.userEmail = item.userEmail;
        d.attachState
                = d.userName.isEmpty() ? QStringLiteral("UNATTACH") : QStringLiteral("ATTACHING");
        d.enterpriseProjectId = plan.enterpriseProjectId;
        d.sid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-")
                + QString::number(3000 + state.nextSequence(QStringLiteral("desktop-sid")));
        d.createdMs = now;
        desktops.append(d);
    }
    QStringList ids;
    for (const DesktopRecord &d : std::as_const(desktops)) {
        ensureUser(d.userName, d.userEmail);
        state.addDesktop(d);
        ids.append(d.id);
    }
    const QString jobId = m_context.jobs->startCreate(ids);
    return ApiResponse::job(jobId);
}

ApiResponse DesktopService::list(const ApiRequest &request) const
{
    ApiResponse error;
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 1000, 1000, 1000000, &limit, &offset, &error))
        return error;
    const QStringList ids = request.queryValues(QStringLiteral("desktop_id"));
    if (ids.size() > 100) {
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::OutOfRange),
                QStringLiteral("desktop_id accepts at most 100 values (got %1)").arg(ids.size()));
    }
    const QStringList userNames = request.queryValues(QStringLiteral("user_name"));
    const QString computerName = request.queryValue(QStringLiteral("computer_name"));
    const QString ip = request.queryValue(QStringLiteral("desktop_ip"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString subnetId = request.queryValue(QStringLiteral("subnet_id"));
    const QString project = request.queryValue(QStringLiteral("enterprise_project_id"));
    const QStringList types = request.queryValue(QStringLiteral("desktop_type"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);

    QJsonArray selected;
    for (const DesktopRecord &d : m_context.state->desktops()) {
        if (!ids.isEmpty() && !ids.contains(d.id))
            continue;
        if (!userNames.isEmpty()
            && std::none_of(userNames.cbegin(), userNames.cend(),
                            [&d](const QString &n) { return containsFolded(d.userName, n); }))
            continue;
        if (!computerName.isEmpty() && !containsFolded(d.computerName, computerName))
            continue;
        if (!ip.isEmpty() && d.ipAddress != ip)
            continue;
        if (!status.isEmpty() && d.status != status)
            continue;
        if (!subnetId.isEmpty() && d.subnetId != subnetId)
            continue;
        if (!project.isEmpty() && d.enterpriseProjectId != project)
            continue;
        if (!types.isEmpty() && !types.contains(d.desktopType))
            continue;
        selected.append(DesktopView::simple(d, *m_context.catalog,
                                            QString::fromLatin1(SeedData::DomainId)));
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("total_count"), selected.size()},
                                              {QStringLiteral("desktops"),
                                               ListQuery::page(selected, offset, limit)}});
}

ApiResponse DesktopService::listDetail(const ApiRequest &request) const
{
    ApiResponse error;
    // The text says 0-500, the schema 0-1000: the emulator accepts up to 1000 (§1.7).
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 1000, 1000, 1000000, &limit, &offset, &error))
        return error;
    if (!ListQuery::oneOf(request, QStringLiteral("status"),
                          {QStringLiteral("ACTIVE"), QStringLiteral("SHUTOFF"),
                           QStringLiteral("ERROR"), QStringLiteral("HIBERNATED")},
                          Qt::CaseSensitive, &error)
        || !ListQuery::oneOf(
                request, QStringLiteral("desktop_type"),
                {QStringLiteral("DEDICATED"), QStringLiteral("POOLED"), QStringLiteral("SHARED")},
                Qt::CaseSensitive, &error)
        || !ListQuery::oneOf(request, QStringLiteral("sort_field"),
                             {QStringLiteral("created"), QStringLiteral("computer_name")},
                             Qt::CaseSensitive, &error)
        || !ListQuery::oneOf(request, QStringLiteral("sort_type"),
                             {QStringLiteral("ASC"), QStringLiteral("DESC")}, Qt::CaseInsensitive,
                             &error)
        || !ListQuery::oneOf(request, QStringLiteral("charge_mode"),
                             {QStringLiteral("0"), QStringLiteral("1")}, Qt::CaseSensitive, &error))
        return error;
    const QStringList ids = request.queryValues(QStringLiteral("desktop_id"));
    const QStringList userNames = request.queryValues(QStringLiteral("user_names"));
    const QStringList computerNames = request.queryValues(QStringLiteral("computer_names"));
    if (ids.size() > 100 || userNames.size() > 100 || computerNames.size() > 100) {
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::OutOfRange),
                QStringLiteral("desktop_id, user_names and computer_names accept at most 100 "
                               "values each"));
    }
    bool bad = false;
    const auto attached
            = ListQuery::boolean(request, QStringLiteral("user_attached"), &bad, &error);
    if (bad)
        return error;
    for (const QString &key :
         {QStringLiteral("in_maintenance_mode"), QStringLiteral("is_share_desktop"),
          QStringLiteral("is_support_internet")}) {
        ListQuery::boolean(request, key, &bad, &error);
        if (bad)
            return error;
    }
    const QString userName = request.queryValue(QStringLiteral("user_name"));
    const QString computerName = request.queryValue(QStringLiteral("computer_name"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString ip = request.queryValue(QStringLiteral("desktop_ip"));
    const QString type = request.queryValue(QStringLiteral("desktop_type"));
    const QString imageId = request.queryValue(QStringLiteral("image_id"));
    const QString subnetId = request.queryValue(QStringLiteral("subnet_id"));
    const QString zone = request.queryValue(QStringLiteral("availability_zone"));
    const QString project = request.queryValue(QStringLiteral("enterprise_project_id"));
    const QString chargeMode = request.queryValue(QStringLiteral("charge_mode"));
    const QString poolId = request.queryValue(QStringLiteral("pool_id"));
    QList<QPair<QString, QString>> tagFilter;
    for (const QString &pair :
         request.queryValue(QStringLiteral("tag")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        tagFilter.append({eq < 0 ? pair : pair.left(eq), eq < 0 ? QString() : pair.mid(eq + 1)});
    }

    const bool byName
            = request.queryValue(QStringLiteral("sort_field")) == QLatin1String("computer_name");
    const bool descending = request.queryValue(QStringLiteral("sort_type"))
                                    .compare(QLatin1String("DESC"), Qt::CaseInsensitive)
                            == 0;
    const QList<DesktopRecord> &all = m_context.state->desktops();
    const bool unfiltered
            = ids.isEmpty() && userNames.isEmpty() && userName.isEmpty() && computerNames.isEmpty()
              && computerName.isEmpty() && status.isEmpty() && ip.isEmpty() && type.isEmpty()
              && imageId.isEmpty() && subnetId.isEmpty() && zone.isEmpty() && project.isEmpty()
              && poolId.isEmpty() && chargeMode.isEmpty() && !attached && tagFilter.isEmpty();
    // The console reads every page of an unfiltered list, oldest first; the store is kept in
    // creation order, so such a page is a slice of it: no list of every desktop, no sort per
    // page (a tenant of 50 000 is read in 100 pages).
    if (unfiltered && !byName && !descending
        && std::is_sorted(all.cbegin(), all.cend(),
                          [](const DesktopRecord &a, const DesktopRecord &b) {
                              return a.createdMs < b.createdMs;
                          })) {
        QList<const DesktopRecord *> page;
        for (qint64 i = offset; i < all.size() && i < offset + limit; ++i)
            page.append(&all.at(i));
        return pageResponse(m_details.page(page, all.size(), *m_context.state));
    }

    QList<const DesktopRecord *> selected;
    for (const DesktopRecord &d : all) {
        if (!ids.isEmpty() && !ids.contains(d.id))
            continue;
        if (!userNames.isEmpty()) {
            // user_names overrides user_name (§1.7).
            if (!userNames.contains(d.userName, Qt::CaseInsensitive))
                continue;
        } else if (!userName.isEmpty() && !containsFolded(d.userName, userName)) {
            continue;
        }
        if (!computerNames.isEmpty()
            && !computerNames.contains(d.computerName, Qt::CaseInsensitive))
            continue;
        if (!computerName.isEmpty() && !containsFolded(d.computerName, computerName))
            continue;
        if (!status.isEmpty() && d.status != status)
            continue;
        if (!ip.isEmpty() && d.ipAddress != ip)
            continue;
        if (!type.isEmpty() && d.desktopType != type)
            continue;
        if (!imageId.isEmpty() && d.imageId != imageId)
            continue;
        if (!subnetId.isEmpty() && d.subnetId != subnetId)
            continue;
        if (!zone.isEmpty() && d.availabilityZone != zone)
            continue;
        if (!project.isEmpty() && d.enterpriseProjectId != project)
            continue;
        if (!poolId.isEmpty())
            continue; // no desktop pools in the Sandbox
        if (!chargeMode.isEmpty()
            && m_context.catalog->product(d.productId)
                               .value(QStringLiteral("charge_mode"))
                               .toString()
                       != chargeMode)
            continue;
        if (attached && d.isAttached() != *attached)
            continue;
        bool tagsMatch = true;
        for (const auto &wanted : std::as_const(tagFilter)) {
            bool found = false;
            for (const QJsonValue &t : d.tags) {
                const QJsonObject tag = t.toObject();
                if (tag.value(QStringLiteral("key")).toString() == wanted.first
                    && tag.value(QStringLiteral("value")).toString() == wanted.second)
                    found = true;
            }
            tagsMatch = tagsMatch && found;
        }
        if (!tagsMatch)
            continue;
        selected.append(&d);
    }
    std::stable_sort(
            selected.begin(), selected.end(), [&](const DesktopRecord *a, const DesktopRecord *b) {
                if (byName) {
                    const int c = a->computerName.compare(b->computerName, Qt::CaseInsensitive);
                    return descending ? c > 0 : c < 0;
                }
                return descending ? a->createdMs > b->createdMs : a->createdMs < b->createdMs;
            });
    return pageResponse(
            m_details.page(selected.mid(offset, limit), selected.size(), *m_context.state));
}

ApiResponse DesktopService::show(const ApiRequest &, const QString &desktopId) const
{
    const DesktopRecord *desktop = m_context.state->desktop(desktopId);
    if (!desktop) {
        return ApiResponse::error(404, QString::fromLatin1(ApiErrors::DesktopNotFound),
                                  QStringLiteral("The desktop %1 does not exist.").arg(desktopId));
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("desktop"),
                                               DesktopView::detail(*desktop, *m_context.catalog,
                                                                   *m_context.state, true)}});
}

ApiResponse DesktopService::remove(const ApiRequest &request, const QString &desktopId) const
{
    const DesktopRecord *desktop = m_context.state->desktop(desktopId);
    if (!desktop) {
        return ApiResponse::error(404, QString::fromLatin1(ApiErrors::DesktopNotFound),
                                  QStringLiteral("The desktop %1 does not exist.").arg(desktopId));
    }
    ApiResponse error;
    bool bad = false;
    const auto deleteUsers
            = ListQuery::boolean(request, QStringLiteral("delete_users"), &bad, &error);
    if (bad)
        return error;
    ListQuery::boolean(request, QStringLiteral("email_notification"), &bad, &error);
    if (bad)
        return error;
    const auto force = ListQuery::boolean(request, QStringLiteral("is_force_delete"), &bad, &error);
    if (bad)
        return error;
    const QString busy = busyState(*desktop);
    if (desktop->taskStatus == QLatin1String("deleting"))
        return conflict(busy, QStringLiteral("delete"), desktopId);
    if (!busy.isEmpty() && !force.value_or(false))
        return conflict(busy, QStringLiteral("delete"), desktopId);
    m_context.jobs->startDelete(desktopId, deleteUsers.value_or(false));
    return ApiResponse::noContent();
}

ApiResponse DesktopService::attach(const ApiRequest &request) const
{
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    AttachPlan plan;
    const AttachValidator validator(*m_context.catalog, *m_context.state);
    const ValidationError problem = validator.validate(body, &plan);
    if (problem.failed())
        return problem.toResponse();
    for (const QJsonObject &user : std::as_const(plan.newUsers))
        ensureUser(user.value(QStringLiteral("user_name")).toString(),
                   user.value(QStringLiteral("user_email")).toString());
    // Fill in the ids of users that were just added.
    QList<QJsonObject> payloads = plan.payloads;
    for (QJsonObject &payload : payloads) {
        QJsonArray infos = payload.value(QStringLiteral("attach_user_infos")).toArray();
        for (qsizetype i = 0; i < infos.size(); ++i) {
            QJsonObject info = infos.at(i).toObject();
            if (info.value(QStringLiteral("user_id")).toString().isEmpty()) {
                if (const UserRecord *u = m_context.state->userByName(
                            info.value(QStringLiteral("user_name")).toString()))
                    info.insert(QStringLiteral("user_id"), u->id);
                infos.replace(i, info);
            }
        }
        payload.insert(QStringLiteral("attach_user_infos"), infos);
    }
    const QString jobId = m_context.jobs->startAttach(plan.desktopIds, payloads);
    // Seed 004 响应示例: the job id with where and how often to poll it. The endpoint is the
    // host the client called; times are in seconds.
    return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("job_id"), jobId},
                             {QStringLiteral("get_job_endpoint"),
                              QString::fromUtf8(request.header("Host"))},
                             {QStringLiteral("max_provision_time"), AttachMaxProvisionSeconds},
                             {QStringLiteral("min_provision_time"), AttachMinProvisionSeconds},
                             {QStringLiteral("periodic_query_time"), AttachPollSeconds}});
}

ApiResponse DesktopService::detach(const ApiRequest &request) const
{
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    const QJsonValue idsValue = body.value(QStringLiteral("desktop_ids"));
    if (!idsValue.isArray() || idsValue.toArray().isEmpty()) {
        return ApiResponse::error(
                400,
                QString::fromLatin1(idsValue.isUndefined() ? ApiErrors::MissingField
                                                           : ApiErrors::InvalidField),
                QStringLiteral("desktop_ids must be a non-empty array of desktop ids"));
    }
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > 100) {
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::OutOfRange),
                QStringLiteral("desktop_ids must have 1 to 100 items (got %1)").arg(ids.size()));
    }
    const QJsonValue shutoffValue = body.value(QStringLiteral("shutoff_after_detach"));
    if (!shutoffValue.isUndefined() && !shutoffValue.isBool()) {
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                  QStringLiteral("shutoff_after_detach must be a boolean"));
    }
    QJsonArray failed;
    QJsonArray jobIds;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i).toString();
        const DesktopRecord *desktop = m_context.state->desktop(id);
        auto fail = [&](const char *code, const QString &message) {
            failed.append(QJsonObject{
                    {QStringLiteral("desktop_id"), id},
                    {QStringLiteral("desktop_name"), desktop ? desktop->computerName : QString()},
                    {QStringLiteral("error_code"), QString::fromLatin1(code)},
                    {QStringLiteral("error_msg"), message}});
        };
        if (!desktop) {
            fail(ApiErrors::DesktopNotFound,
                 QStringLiteral("The desktop %1 does not exist.").arg(id));
            continue;
        }
        const QString busy = busyState(*desktop);
        if (!busy.isEmpty() || !desktop->isAttached()
            || desktop->status == QLatin1String("HIBERNATED")) {
            const QString state = !busy.isEmpty() ? busy
                                  : desktop->status == QLatin1String("HIBERNATED")
                                          ? desktop->status
                                          : desktop->attachState;
            fail(ApiErrors::Conflict,
                 QStringLiteral("Operation conflict. The desktop current instance status is "
                                "[%1] and deny operation [detach], resource id [%2].")
                         .arg(state, id));
            continue;
        }
        jobIds.append(m_context.jobs->startDetach(id, shutoffValue.toBool(false)));
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("failed_operation_list"), failed},
                                              {QStringLiteral("success_job_ids"), jobIds}});
}

} // namespace wsemu
