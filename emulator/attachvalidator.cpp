#include "attachvalidator.h"

#include "apierrors.h"
#include "catalog.h"
#include "fieldreader.h"
#include "namerules.h"
#include "statestore.h"

#include <QHash>
#include <QJsonArray>

namespace wsemu {

namespace {

// is_clear_data is a boolean, but the documented request example sends the string "true".
bool readClearData(FieldReader &reader, const QJsonObject &item)
{
    const QJsonValue value = item.value(QStringLiteral("is_clear_data"));
    if (value.isString()) {
        const QString text = value.toString();
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        reader.fail(ApiErrors::InvalidField,
                    QStringLiteral("%1 must be a boolean")
                            .arg(reader.path(QStringLiteral("is_clear_data"))));
        return true;
    }
    return reader.boolean(QStringLiteral("is_clear_data"), true);
}

} // namespace

AttachValidator::AttachValidator(const Catalog &catalog, StateStore &state)
    : m_catalog(catalog)
    , m_state(state)
{}

ValidationError AttachValidator::validate(const QJsonObject &body, AttachPlan *plan) const
{
    FieldReader r(body);
    const QJsonArray items
            = r.array(QStringLiteral("desktops"), FieldReader::Required, 1, MaxDesktops);
    if (!r.ok())
        return r.error();

    r.oneOf(QStringLiteral("image_type"), FieldReader::Optional,
            {QStringLiteral("private"), QStringLiteral("gold"), QStringLiteral("market")});
    const QString imageId = r.string(QStringLiteral("image_id"), FieldReader::Optional, 1, 255);
    if (r.ok() && !imageId.isEmpty() && m_catalog.image(imageId).isEmpty())
        r.fail(ApiErrors::ResourceNotFound,
               QStringLiteral("image_id '%1' does not exist").arg(imageId));
    r.string(QStringLiteral("desktop_name_policy_id"), FieldReader::Optional, 0, 36);
    const QString encrypt = r.oneOf(
            QStringLiteral("encrypt_type"), FieldReader::Optional,
            {QStringLiteral("KEEP"), QStringLiteral("UNENCRYPTED"), QStringLiteral("ENCRYPTED")});
    if (r.ok() && encrypt == QLatin1String("ENCRYPTED"))
        r.string(QStringLiteral("kms_id"), FieldReader::Required, 1, 64);
    if (!r.ok())
        return r.error();

    QHash<QString, int> desktopsInRequest;
    QHash<QString, int> namesInRequest;
    QStringList newUserNames;
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("desktops[%1] must be an object").arg(i));
            return r.error();
        }
        const QJsonObject item = items.at(i).toObject();
        FieldReader ir = r.element(item, QStringLiteral("desktops"), i);
        const QString desktopId
                = ir.string(QStringLiteral("desktop_id"), FieldReader::Required, 1, 64);
        if (!ir.ok())
            return ir.error();
        const DesktopRecord *desktop = m_state.desktop(desktopId);
        if (!desktop) {
            ir.fail(404, ApiErrors::DesktopNotFound,
                    QStringLiteral("%1 '%2' does not exist")
                            .arg(ir.path(QStringLiteral("desktop_id")), desktopId));
            return ir.error();
        }
        if (desktopsInRequest.contains(desktopId)) {
            ir.fail(ApiErrors::Duplicate,
                    QStringLiteral("%1 '%2' is also in desktops[%3] of this request")
                            .arg(ir.path(QStringLiteral("desktop_id")), desktopId)
                            .arg(desktopsInRequest.value(desktopId)));
            return ir.error();
        }
        desktopsInRequest.insert(desktopId, i);
        const QString osType = m_catalog.productOsType(desktop->productId);
        const QStringList groups = NameRules::userGroups(osType);
        const QString domainType = m_catalog.domainType();

        QJsonObject payload;
        QStringList infoUserNames;
        const QJsonArray infos
                = ir.array(QStringLiteral("attach_user_infos"), FieldReader::Optional, 0, 500);
        if (!ir.ok())
            return ir.error();
        if (!infos.isEmpty()) {
            if (desktop->desktopType != QLatin1String("SHARED")) {
                ir.fail(ApiErrors::InvalidField,
                        QStringLiteral(
                                "%1 is only for multi-user (SHARED) desktops; desktop %2 is %3")
                                .arg(ir.path(QStringLiteral("attach_user_infos")), desktopId,
                                     desktop->desktopType));
                return ir.error();
            }
            QJsonArray normalised;
            for (int k = 0; k < infos.size(); ++k) {
                FieldReader ur = ir.element(infos.at(k).toObject(),
                                            QStringLiteral("attach_user_infos"), k);
                const QString type = ur.oneOf(QStringLiteral("type"), FieldReader::Optional,
                                              {QStringLiteral("USER"), QStringLiteral("GROUP")},
                                              QStringLiteral("USER"));
                const QString name
                        = ur.string(QStringLiteral("user_name"), FieldReader::Required, 1, 256);
                const QString group
                        = ur.oneOf(QStringLiteral("user_group"), FieldReader::Required, groups);
                QString userId = ur.string(QStringLiteral("user_id"), FieldReader::Optional, 0, 64);
                if (ur.ok() && type == QLatin1String("GROUP")) {
                    // Seed 004 表5: the group name's characters, and "后端服务会校验组id是否存在":
                    // without the id there is nothing to look up.
                    const QString problem = NameRules::groupName(name);
                    if (!problem.isEmpty()) {
                        ur.fail(ApiErrors::InvalidField,
                                QStringLiteral("%1 '%2' %3")
                                        .arg(ur.path(QStringLiteral("user_name")), name, problem));
                    } else if (userId.isEmpty()) {
                        ur.fail(ApiErrors::MissingField,
                                QStringLiteral("%1 is required when type is GROUP (the group id)")
                                        .arg(ur.path(QStringLiteral("user_id"))));
                    } else if (const UserGroupRecord *g = m_state.userGroup(userId); !g) {
                        ur.fail(400, ApiErrors::GroupNotFound,
                                QStringLiteral("%1: the user group %2 does not exist.")
                                        .arg(ur.path(QStringLiteral("user_id")), userId));
                    } else if (g->name.compare(name, Qt::CaseInsensitive) != 0) {
                        // Not documented, but a name that is not the id's group is a mix-up
                        // the administrator would see on the desktop.
                        ur.fail(ApiErrors::InvalidField,
                                QStringLiteral("%1 '%2' is not the name of user group %3 ('%4')")
                                        .arg(ur.path(QStringLiteral("user_name")), name, userId,
                                             g->name));
                    }
                }
                if (ur.ok() && type == QLatin1String("USER")) {
                    // Seed 004 表5: attach_user_infos names go up to 64 (not the flat field's 32).
                    const QString problem = NameRules::attachInfoUserName(name, domainType, osType);
                    const UserRecord *user = m_state.userByName(name);
                    if (!problem.isEmpty()) {
                        ur.fail(ApiErrors::InvalidField,
                                QStringLiteral("%1 '%2' %3")
                                        .arg(ur.path(QStringLiteral("user_name")), name, problem));
                    } else if (!user) {
                        // The service checks that the user exists (seed page, table 5).
                        ur.fail(ApiErrors::ResourceNotFound,
                                QStringLiteral("%1 '%2' does not exist in the user directory")
                                        .arg(ur.path(QStringLiteral("user_name")), name));
                    } else if (userId.isEmpty()) {
                        userId = user->id;
                    }
                }
                if (!ur.ok())
                    return ur.error();
                normalised.append(QJsonObject{{QStringLiteral("type"), type},
                                              {QStringLiteral("user_id"), userId},
                                              {QStringLiteral("user_name"), name},
                                              {QStringLiteral("user_group"), group},
                                              {QStringLiteral("domain"), QString()}});
            }
            payload.insert(QStringLiteral("attach_user_infos"), normalised);
            // Seed 004 表5: a user's name must not be the computer name; every USER entry is
            // checked below, not only the first (which may be a group).
            for (const QJsonValue &entry : std::as_const(normalised)) {
                const QJsonObject o = entry.toObject();
                if (o.value(QStringLiteral("type")).toString() == QLatin1String("USER"))
                    infoUserNames.append(o.value(QStringLiteral("user_name")).toString());
            }
            const QJsonObject first = normalised.first().toObject();
            payload.insert(QStringLiteral("user_name"), first.value(QStringLiteral("user_name")));
            payload.insert(QStringLiteral("user_group"), first.value(QStringLiteral("user_group")));
        } else {
            const QString userName
                    = ir.string(QStringLiteral("user_name"), FieldReader::Required, 1, 64);
            if (ir.ok()) {
                const QString problem = NameRules::attachUserName(userName, domainType, osType);
                if (!problem.isEmpty())
                    ir.fail(ApiErrors::InvalidField,
                            QStringLiteral("%1 '%2' %3")
                                    .arg(ir.path(QStringLiteral("user_name")), userName, problem));
            }
            if (!ir.ok())
                return ir.error();
            const QString group
                    = ir.string(QStringLiteral("user_group"), FieldReader::Required, 1, 32);
            if (ir.ok() && !groups.contains(group)) {
                ir.fail(ApiErrors::InvalidField,
                        QStringLiteral("%1 must be one of %2 for a %3 desktop (got '%4')")
                                .arg(ir.path(QStringLiteral("user_group")),
                                     groups.join(QStringLiteral(", ")), osType, group));
            }
            const QString email
                    = ir.string(QStringLiteral("user_email"), FieldReader::Optional, 0, 255);
            if (ir.ok() && !email.isEmpty()) {
                const QString problem = NameRules::email(email);
                if (!problem.isEmpty())
                    ir.fail(ApiErrors::InvalidField,
                            QStringLiteral("%1 '%2' %3")
                                    .arg(ir.path(QStringLiteral("user_email")), email, problem));
            }
            if (!ir.ok())
                return ir.error();
            const UserRecord *user = m_state.userByName(userName);
            payload.insert(QStringLiteral("user_name"), user ? user->userName : userName);
            payload.insert(QStringLiteral("user_group"), group);
            payload.insert(QStringLiteral("user_email"),
                           email.isEmpty() && user ? user->userEmail : email);
            payload.insert(
                    QStringLiteral("attach_user_infos"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("USER")},
                                           {QStringLiteral("user_id"), user ? user->id : QString()},
                                           {QStringLiteral("user_name"), userName},
                                           {QStringLiteral("user_group"), group},
                                           {QStringLiteral("domain"), QString()}}});
            if (!user && !newUserNames.contains(userName, Qt::CaseInsensitive)) {
                newUserNames.append(userName);
                plan->newUsers.append(QJsonObject{{QStringLiteral("user_name"), userName},
                                                  {QStringLiteral("user_email"), email}});
            }
        }

        const QString computerName
                = ir.string(QStringLiteral("computer_name"), FieldReader::Optional, 1, 64);
        if (ir.ok() && ir.has(QStringLiteral("computer_name"))) {
            const QString problem = NameRules::attachComputerName(computerName);
            const QString key = computerName.toLower();
            const DesktopRecord *owner = m_state.desktopByComputerName(computerName);
            if (!problem.isEmpty()) {
                ir.fail(ApiErrors::InvalidField,
                        QStringLiteral("%1 '%2' %3")
                                .arg(ir.path(QStringLiteral("computer_name")), computerName,
                                     problem));
            } else if (namesInRequest.contains(key)) {
                ir.fail(ApiErrors::Duplicate,
                        QStringLiteral("%1 '%2' is also used by desktops[%3] of this request")
                                .arg(ir.path(QStringLiteral("computer_name")), computerName)
                                .arg(namesInRequest.value(key)));
            } else if (owner && owner->id != desktopId) {
                ir.fail(ApiErrors::Duplicate,
                        QStringLiteral("%1 '%2' is already used by desktop %3")
                                .arg(ir.path(QStringLiteral("computer_name")), computerName,
                                     owner->id));
            }
            namesInRequest.insert(key, i);
            payload.insert(QStringLiteral("computer_name"), computerName);
        }
        if (!ir.ok())
            return ir.error();
        const QString effectiveName = computerName.isEmpty() ? desktop->computerName : computerName;
        if (infos.isEmpty())
            infoUserNames.append(payload.value(QStringLiteral("user_name")).toString());
        for (int k = 0; k < infoUserNames.size(); ++k) {
            if (infoUserNames.at(k).compare(effectiveName, Qt::CaseInsensitive) != 0)
                continue;
            const QString path = infos.isEmpty() ? ir.path(QStringLiteral("user_name"))
                                                 : ir.path(QStringLiteral("attach_user_infos"));
            ir.fail(ApiErrors::InvalidField,
                    QStringLiteral("%1 user '%2' must differ from the computer name '%3'")
                            .arg(path, infoUserNames.at(k), effectiveName));
            return ir.error();
        }
        payload.insert(QStringLiteral("is_clear_data"), readClearData(ir, item));
        if (!ir.ok())
            return ir.error();

        // A desktop that is assigned, or busy with another task, cannot be attached (409).
        QString state;
        if (!desktop->taskStatus.isEmpty())
            state = desktop->taskStatus;
        else if (desktop->attachState == QLatin1String("ATTACHING")
                 || desktop->attachState == QLatin1String("DEATTACHING"))
            state = desktop->attachState;
        else if (desktop->isAttached() || desktop->attachState == QLatin1String("ATTACHED"))
            state = QStringLiteral("ATTACHED");
        else if (desktop->status == QLatin1String("ERROR")
                 || desktop->status == QLatin1String("BUILD"))
            state = desktop->status;
        if (!state.isEmpty()) {
            ir.fail(409, ApiErrors::Conflict,
                    QStringLiteral(
                            "Operation conflict. The desktop current instance status is [%1] and "
                            "deny operation [attach], resource id [%2].")
                            .arg(state, desktopId));
            return ir.error();
        }
        plan->desktopIds.append(desktopId);
        plan->payloads.append(payload);
    }
    return r.error();
}

} // namespace wsemu
