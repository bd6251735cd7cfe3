#include "attachrules.h"

#include "apilimits.h"
#include "createrules.h"
#include "rulesupport.h"

#include "models/i18n/modelstr.h"

#include <QHash>

namespace wsc {

using namespace ApiLimits;
using namespace RuleSupport;

namespace {

QString indexed(const QString &path, int i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

void userNameAt(const QString &value, const LazyPath &path, const ValidationContext &context,
                Findings &out)
{
    // Flat user_name: 004 says LOCAL_AD 1–32, Windows ≤20, Linux ≤32 (OAS's 1–64 is the
    // attach_user_infos limit).
    RuleSupport::checkUserName(value, path, context, AttachUserNameMax, AttachUserNameMax, out);
}

void computerNameAt(const QString &value, const LazyPath &path, Findings &out)
{
    if (value.isEmpty())
        return;
    const int size = value.size();
    for (int i = 0; i < size; ++i) {
        const QChar c = value.at(i);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_') {
            error(out, path, QStringLiteral("computer_name.chars"),
                  ModelsTr::tr("Computer name may contain only letters, digits, “-” and “_” "
                               "(found “%1”).")
                          .arg(RuleSupport::charAt(value, i)));
            break;
        }
    }
    const QChar first = value.front();
    if (!isAsciiLetter(first) && (isAsciiDigit(first) || first == u'-' || first == u'_')) {
        error(out, path, QStringLiteral("computer_name.start"),
              ModelsTr::tr("When assigning, the computer name must start with a letter."));
    }
    if (size > 1 && value.back() == u'-') {
        error(out, path, QStringLiteral("computer_name.end"),
              ModelsTr::tr("Computer name must not end with “-”."));
    }
    if (size > ComputerNameMax) {
        error(out, path, QStringLiteral("computer_name.length"),
              ModelsTr::tr("Computer name must be at most %1 characters (it has %2).")
                      .arg(ComputerNameMax)
                      .arg(size));
    }
}

void userGroupAt(const QString &value, const LazyPath &path, bool required, OsType os,
                 Findings &out)
{
    if (value.isEmpty()) {
        if (required) {
            error(out, path, QStringLiteral("user_group.required"),
                  ModelsTr::tr("Choose the user group: the user's rights on the desktop."));
        }
        return;
    }
    RuleSupport::checkUserGroup(value, path, os, out);
}

void emailAt(const QString &value, const LazyPath &path, Findings &out)
{
    if (!value.isEmpty() && !RuleSupport::isEmailAddress(value)) {
        error(out, path, QStringLiteral("user_email.format"),
              ModelsTr::tr("“%1” is not a valid email address.").arg(value));
    }
}

void checkSameAsComputerName(const QString &userName, const QString &computerName,
                             const LazyPath &path, Findings &out)
{
    if (!userName.isEmpty() && !computerName.isEmpty()
        && userName.compare(computerName, Qt::CaseInsensitive) == 0) {
        error(out, path, QStringLiteral("user_name.same_as_computer_name"),
              ModelsTr::tr("User name “%1” must differ from the computer name.").arg(userName));
    }
}

bool isGroupInfo(const AttachUserInfo &info)
{
    return info.type == QLatin1String("GROUP");
}

Findings validateImpl(const AttachRequest &request, const ValidationContext &context, bool single)
{
    Findings out;
    const QString desktopsPath = QStringLiteral("desktops");
    if (request.desktops.isEmpty()) {
        error(out, desktopsPath, QStringLiteral("desktops.required"),
              ModelsTr::tr("Add at least one desktop to assign."));
    } else if (single && request.desktops.size() > context.attachCap) {
        error(out, desktopsPath, QStringLiteral("desktops.too_many"),
              ModelsTr::tr("At most %n desktop(s) can be assigned in one request (there are %1).",
                           nullptr, context.attachCap)
                      .arg(request.desktops.size()));
    }

    QHash<QString, int> desktopIds;
    QHash<QString, int> computerNames;
    Findings local;
    for (int i = 0; i < request.desktops.size(); ++i) {
        const AttachDesktop &d = request.desktops.at(i);
        AttachRules::checkDesktop(d, QString(), context, local);
        if (!d.desktopId.isEmpty()) {
            const auto found = desktopIds.constFind(d.desktopId);
            if (found == desktopIds.constEnd()) {
                desktopIds.insert(d.desktopId, i);
            } else {
                error(local, QStringLiteral("desktop_id"), QStringLiteral("desktop_id.duplicate"),
                      ModelsTr::tr("Desktop “%1” is already in this request as desktop %2.")
                              .arg(d.desktopId)
                              .arg(found.value() + 1));
            }
        }
        if (!d.computerName.isEmpty()) {
            const QString key = d.computerName.toCaseFolded();
            const auto found = computerNames.constFind(key);
            if (found == computerNames.constEnd()) {
                computerNames.insert(key, i);
            } else {
                error(local, QStringLiteral("computer_name"),
                      QStringLiteral("computer_name.duplicate"),
                      ModelsTr::tr("Computer name “%1” is already used by desktop %2 (names are "
                                   "compared without regard to case).")
                              .arg(d.computerName)
                              .arg(found.value() + 1));
            }
        }
        if (!local.isEmpty()) {
            RuleSupport::appendUnderDesktop(out, i, local);
            local.clear();
        }
    }

    // S004 表3: image_type and image_id are each optional ("涉及变更镜像时需传(可选)") and no
    // list of image types is given, so neither is required with the other and an image type
    // other than the create enum is sent with a warning.
    if (!request.imageType.isEmpty() && request.imageType != QLatin1String("private")
        && request.imageType != QLatin1String("gold")
        && request.imageType != QLatin1String("market")) {
        warning(out, QStringLiteral("image_type"), QStringLiteral("image_type.unknown"),
                ModelsTr::tr("Image type “%1” is not one of private, gold or market; the service "
                             "decides whether it takes it.")
                        .arg(request.imageType));
    }
    if (request.imageId.size() > IdMax) {
        error(out, QStringLiteral("image_id"), QStringLiteral("image_id.length"),
              ModelsTr::tr("At most %1 characters are allowed here (it has %2).")
                      .arg(IdMax)
                      .arg(request.imageId.size()));
    }
    RuleSupport::checkDesktopNamePolicyId(request.desktopNamePolicyId, out);
    // Model: kms_id "encrypt_type为ENCRYPTED时必传".
    if (request.encryptType == QLatin1String("ENCRYPTED") && request.kmsId.isEmpty()) {
        error(out, QStringLiteral("kms_id"), QStringLiteral("kms_id.required"),
              ModelsTr::tr("An encrypted disk (encrypt_type ENCRYPTED) needs its KMS key ID."));
    }
    if (request.kmsId.size() > KmsIdMax) {
        error(out, QStringLiteral("kms_id"), QStringLiteral("kms_id.length"),
              ModelsTr::tr("At most %1 characters are allowed here (it has %2).")
                      .arg(KmsIdMax)
                      .arg(request.kmsId.size()));
    }
    CreateRules::checkEnterpriseProjectId(request.enterpriseProjectId,
                                          QStringLiteral("enterprise_project_id"), out);
    return out;
}

} // namespace

namespace AttachRules {

Findings validate(const AttachRequest &request, const ValidationContext &context)
{
    return validateImpl(request, context, false);
}

Findings validateSingleRequest(const AttachRequest &request, const ValidationContext &context)
{
    return validateImpl(request, context, true);
}

void checkUserName(const QString &value, const QString &path, const ValidationContext &context,
                   Findings &out)
{
    userNameAt(value, path, context, out);
}

void checkInfoUserName(const QString &value, const QString &path, const ValidationContext &context,
                       Findings &out)
{
    // S004 表5: LOCAL_AD 1–64, Windows ≤ 20, Linux ≤ 64.
    RuleSupport::checkUserName(value, path, context, AttachInfoUserNameMax, AttachInfoUserNameMax,
                               out);
}

void checkGroupName(const QString &value, const QString &path, Findings &out)
{
    if (value.isEmpty()) {
        error(out, path, QStringLiteral("user_name.required"),
              ModelsTr::tr("Group name is required."));
        return;
    }
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_' && !isChinese(c)) {
            error(out, path, QStringLiteral("group_name.chars"),
                  ModelsTr::tr("Group name may contain only Chinese characters, letters, digits, "
                               "“-” and “_” (found “%1”).")
                          .arg(RuleSupport::charAt(value, i)));
            break;
        }
    }
}

void checkUserGroup(const QString &value, const QString &path, bool required, Findings &out)
{
    userGroupAt(value, path, required, OsType::Unknown, out);
}

void checkUserGroup(const QString &value, const QString &path, bool required,
                    const ValidationContext &context, Findings &out)
{
    userGroupAt(value, path, required, context.os, out);
}

void checkComputerName(const QString &value, const QString &path, Findings &out)
{
    computerNameAt(value, path, out);
}

void checkUserInfo(const AttachUserInfo &info, const QString &path,
                   const ValidationContext &context, Findings &out)
{
    const bool group = isGroupInfo(info);
    if (!info.type.isEmpty() && !group && info.type != QLatin1String("USER")) {
        error(out, join(path, QLatin1String("type")), QStringLiteral("attach_user_info.type.enum"),
              ModelsTr::tr("Type must be USER or GROUP (found “%1”).").arg(info.type));
    }
    const QString namePath = join(path, QLatin1String("user_name"));
    if (group)
        checkGroupName(info.userName, namePath, out);
    else
        checkInfoUserName(info.userName, namePath, context, out);
    // OAS marks user_group required in every attach_user_infos item.
    userGroupAt(info.userGroup, join(path, QLatin1String("user_group")), true, context.os, out);
    if (group && info.userId.isEmpty()) {
        // The service looks the group up by id (seed 004: "后端服务会校验组id是否存在").
        error(out, join(path, QLatin1String("user_id")), QStringLiteral("user_id.required"),
              ModelsTr::tr("A group needs its group id."));
    }
}

void checkDesktop(const AttachDesktop &desktop, const QString &path,
                  const ValidationContext &context, Findings &out)
{
    if (desktop.desktopId.isEmpty()) {
        error(out, LazyPath(path, QLatin1String("desktop_id")),
              QStringLiteral("desktop_id.required"), ModelsTr::tr("Desktop ID is required."));
    }
    const bool hasInfos = !desktop.attachUserInfos.isEmpty();
    const LazyPath namePath(path, QLatin1String("user_name"));
    const LazyPath groupPath(path, QLatin1String("user_group"));
    if (!hasInfos) {
        userNameAt(desktop.userName, namePath, context, out);
        userGroupAt(desktop.userGroup, groupPath, true, context.os, out);
    } else {
        // attach_user_infos wins; flat values are still sent, so they are still checked.
        if (!desktop.userName.isEmpty() || !desktop.userGroup.isEmpty() || !desktop.userId.isEmpty()
            || !desktop.userEmail.isEmpty()) {
            warning(out, path, QStringLiteral("attach.flat_fields_ignored"),
                    ModelsTr::tr("This desktop has a list of users and groups, so the service "
                                 "ignores its single user name, ID, e-mail and user group."));
        }
        if (!desktop.userName.isEmpty())
            userNameAt(desktop.userName, namePath, context, out);
        userGroupAt(desktop.userGroup, groupPath, false, context.os, out);
    }
    emailAt(desktop.userEmail, LazyPath(path, QLatin1String("user_email")), out);
    computerNameAt(desktop.computerName, LazyPath(path, QLatin1String("computer_name")), out);
    checkSameAsComputerName(desktop.userName, desktop.computerName, namePath, out);

    if (!hasInfos)
        return;
    const QString infosPath = join(path, QLatin1String("attach_user_infos"));
    if (desktop.attachUserInfos.size() > AttachUserInfosMax) {
        error(out, infosPath, QStringLiteral("attach_user_infos.too_many"),
              ModelsTr::tr("At most %1 users and groups can share one desktop (there are %2).")
                      .arg(AttachUserInfosMax)
                      .arg(desktop.attachUserInfos.size()));
    }
    QHash<QString, int> seen;
    for (int i = 0; i < desktop.attachUserInfos.size(); ++i) {
        const AttachUserInfo &info = desktop.attachUserInfos.at(i);
        const QString infoPath = indexed(infosPath, i);
        checkUserInfo(info, infoPath, context, out);
        if (!isGroupInfo(info)) {
            checkSameAsComputerName(info.userName, desktop.computerName,
                                    LazyPath(infoPath, QLatin1String("user_name")), out);
        }
        if (info.userName.isEmpty())
            continue;
        const QString key = (isGroupInfo(info) ? QStringLiteral("G:") : QStringLiteral("U:"))
                            + info.userName.toCaseFolded();
        const auto found = seen.constFind(key);
        if (found == seen.constEnd()) {
            seen.insert(key, i);
        } else {
            error(out, LazyPath(infoPath, QLatin1String("user_name")),
                  QStringLiteral("attach_user_infos.duplicate"),
                  ModelsTr::tr("“%1” is listed twice for this desktop.").arg(info.userName));
        }
    }
}

QString defaultUserGroup(OsType os)
{
    switch (os) {
    case OsType::Windows:
        return QStringLiteral("users");
    case OsType::Linux:
        return QStringLiteral("default");
    case OsType::Unknown:
        break;
    }
    return QString();
}

QStringList userGroups(OsType os)
{
    switch (os) {
    case OsType::Windows:
        return {QStringLiteral("users"), QStringLiteral("administrators")};
    case OsType::Linux:
        return {QStringLiteral("default"), QStringLiteral("sudo")};
    case OsType::Unknown:
        break;
    }
    return {QStringLiteral("users"), QStringLiteral("administrators"), QStringLiteral("default"),
            QStringLiteral("sudo")};
}

} // namespace AttachRules

} // namespace wsc
