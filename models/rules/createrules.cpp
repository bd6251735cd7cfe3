#include "createrules.h"

#include "apilimits.h"
#include "rulesupport.h"

#include "models/i18n/modelstr.h"

#include <QHash>
#include <QSet>

namespace wsc {

using namespace ApiLimits;
using namespace RuleSupport;

namespace {

bool oneOf(const QString &value, std::initializer_list<const char16_t *> allowed)
{
    for (const char16_t *a : allowed) {
        if (value == QStringView(a))
            return true;
    }
    return false;
}

void checkRequiredText(const QString &value, const QString &path, const QString &code,
                       const QString &requiredMessage, Findings &out)
{
    if (value.isEmpty())
        error(out, path, code, requiredMessage);
}

void checkMaxLength(const QString &value, int max, const QString &path, const QString &code,
                    Findings &out)
{
    if (value.size() > max) {
        error(out, path, code,
              ModelsTr::tr("At most %1 characters are allowed here (it has %2).")
                      .arg(max)
                      .arg(value.size()));
    }
}

void checkVolume(const Volume &volume, const QString &path, int minSize, bool system,
                 const ValidationContext &context, Findings &out)
{
    if (volume.type.isEmpty()) {
        error(out, join(path, QLatin1String("type")), QStringLiteral("volume.type.required"),
              ModelsTr::tr("Disk type is required."));
    } else if (context.offeredVolumeTypes.isEmpty()) {
        // The region's list was not read: S000's types and the model note's GPSSD.
        if (!context.volumeTypes().contains(volume.type)) {
            error(out, join(path, QLatin1String("type")), QStringLiteral("volume.type.enum"),
                  ModelsTr::tr("Disk type must be one of %1 (found “%2”); other types are "
                               "accepted where the region lists them.")
                          .arg(context.volumeTypes().join(QLatin1String(", ")), volume.type));
        }
    } else if (!context.offeredVolumeTypes.contains(volume.type)) {
        // S000: the type "must be the same as the disk type provided by the system".
        error(out, join(path, QLatin1String("type")), QStringLiteral("volume.type.not_offered"),
              ModelsTr::tr("This region does not offer %1 disks; it offers %2.")
                      .arg(volume.type, context.offeredVolumeTypes.join(QLatin1String(", "))));
    } else if (context.soldOutVolumeTypes.contains(volume.type)) {
        error(out, join(path, QLatin1String("type")), QStringLiteral("volume.type.sold_out"),
              ModelsTr::tr("%1 disks are sold out in this region.").arg(volume.type));
    }
    if (volume.size < minSize || volume.size > DiskMax) {
        const QString message
                = system ? ModelsTr::tr("System disk size must be between %1 and %2 GB (it is %3).")
                         : ModelsTr::tr("Data disk size must be between %1 and %2 GB (it is %3).");
        error(out, join(path, QLatin1String("size")), QStringLiteral("volume.size.range"),
              message.arg(minSize).arg(DiskMax).arg(volume.size));
    } else if (volume.size % DiskStep != 0) {
        error(out, join(path, QLatin1String("size")), QStringLiteral("volume.size.step"),
              ModelsTr::tr("Disk size must be a multiple of %1 GB (it is %2).")
                      .arg(DiskStep)
                      .arg(volume.size));
    }
    // The model defines iops and throughput on every Volume with no limit; the API schema (OAS,
    // R5) bounds them. Only GPSSD2 is provisioned by them (TF doc), so elsewhere, or outside
    // GPSSD2's documented range, the value is sent and the user is warned, never stopped.
    const bool gpssd2 = volume.type == QLatin1String("GPSSD2");
    const bool provisioned = context.takesPerformance(volume.type);
    if (volume.iops) {
        const LazyPath iopsPath(path, QLatin1String("iops"));
        if (*volume.iops < 1 || *volume.iops > IopsMax) {
            error(out, iopsPath, QStringLiteral("volume.iops.range"),
                  ModelsTr::tr("IOPS must be between %1 and %2 (it is %3).")
                          .arg(1)
                          .arg(IopsMax)
                          .arg(*volume.iops));
        } else if (!provisioned) {
            warning(out, iopsPath, QStringLiteral("volume.iops.unsupported"),
                    ModelsTr::tr("%1 disks are not provisioned by IOPS; the service may ignore "
                                 "the value.")
                            .arg(volume.type));
        } else if (gpssd2 && (*volume.iops < Gpssd2IopsMin || *volume.iops > Gpssd2IopsMax)) {
            warning(out, iopsPath, QStringLiteral("volume.iops.gpssd2_range"),
                    ModelsTr::tr("GPSSD2 disks are documented with %1 to %2 IOPS (it is %3).")
                            .arg(Gpssd2IopsMin)
                            .arg(Gpssd2IopsMax)
                            .arg(*volume.iops));
        }
    }
    if (volume.throughput) {
        const LazyPath throughputPath(path, QLatin1String("throughput"));
        if (*volume.throughput < 1 || *volume.throughput > ThroughputMax) {
            error(out, throughputPath, QStringLiteral("volume.throughput.range"),
                  ModelsTr::tr("Throughput must be between %1 and %2 MiB/s (it is %3).")
                          .arg(1)
                          .arg(ThroughputMax)
                          .arg(*volume.throughput));
        } else if (!provisioned) {
            warning(out, throughputPath, QStringLiteral("volume.throughput.unsupported"),
                    ModelsTr::tr("%1 disks are not provisioned by throughput; the service may "
                                 "ignore the value.")
                            .arg(volume.type));
        } else if (gpssd2
                   && (*volume.throughput < Gpssd2ThroughputMin
                       || *volume.throughput > Gpssd2ThroughputMax)) {
            warning(out, throughputPath, QStringLiteral("volume.throughput.gpssd2_range"),
                    ModelsTr::tr("GPSSD2 disks are documented with %1 to %2 MiB/s of throughput "
                                 "(it is %3).")
                            .arg(Gpssd2ThroughputMin)
                            .arg(Gpssd2ThroughputMax)
                            .arg(*volume.throughput));
        }
    }
    if (volume.kmsId.size() > KmsIdMax) {
        error(out, LazyPath(path, QLatin1String("kms_id")), QStringLiteral("volume.kms_id.length"),
              ModelsTr::tr("At most %1 characters are allowed here (it has %2).")
                      .arg(KmsIdMax)
                      .arg(volume.kmsId.size()));
    }
}

// Tag text: what S000 Table 8 allows (letters, digits, '-', '_') joined with what the model's
// tag note allows (letters of any language, digits, space and _.:=+-@), minus what S000 forbids
// (=*<>,|/): so '=' is refused, and so is anything neither source allows ('#', '!', '~', '\\').
// emulator/namerules.cpp writes the same rule.
bool isTagChar(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
        return true;
    switch (c.unicode()) {
    case u' ':
    case u'_':
    case u'.':
    case u':':
    case u'+':
    case u'-':
    case u'@':
        return true;
    default:
        return false;
    }
}

int firstBadTagChar(const QString &value)
{
    for (int i = 0; i < value.size(); ++i) {
        if (!isTagChar(value.at(i)))
            return i;
    }
    return -1;
}

bool hasOuterSpace(const QString &value)
{
    return !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
}

void userEmailAt(const QString &value, const LazyPath &path, Findings &out)
{
    if (value.isEmpty())
        return;
    if (value.size() > EmailMax) {
        error(out, path, QStringLiteral("user_email.length"),
              ModelsTr::tr("Email address must be at most %1 characters (it has %2).")
                      .arg(EmailMax)
                      .arg(value.size()));
    } else if (!RuleSupport::isEmailAddress(value)) {
        error(out, path, QStringLiteral("user_email.format"),
              ModelsTr::tr("“%1” is not a valid email address.").arg(value));
    }
}

void userPhoneAt(const QString &value, const LazyPath &path, Findings &out)
{
    // S000: "Mobile number of a valid user", no format; R5 gives the length. Separators people
    // write (space, '-', '.', parentheses) and a leading '+' are usual; anything else is sent as
    // typed, with a warning, because no source says the service refuses it.
    if (value.isEmpty())
        return;
    const int size = value.size();
    if (size > PhoneMax) {
        error(out, path, QStringLiteral("user_phone.length"),
              ModelsTr::tr("Phone number must be at most %1 characters (it has %2).")
                      .arg(PhoneMax)
                      .arg(size));
    }
    bool hasDigit = false;
    for (int i = 0; i < size; ++i) {
        const QChar c = value.at(i);
        hasDigit = hasDigit || isAsciiDigit(c);
        const bool usual = isAsciiDigit(c) || (c == u'+' && i == 0) || c == u' ' || c == u'-'
                           || c == u'.' || c == u'(' || c == u')';
        if (!usual) {
            warning(out, path, QStringLiteral("user_phone.chars"),
                    ModelsTr::tr("“%1” is unusual in a phone number; check “%2” before sending.")
                            .arg(RuleSupport::charAt(value, i), value));
            return;
        }
    }
    if (!hasDigit) {
        warning(out, path, QStringLiteral("user_phone.chars"),
                ModelsTr::tr("Phone number “%1” has no digits.").arg(value));
    }
}

void computerNameAt(const QString &value, const LazyPath &path, Findings &out)
{
    if (value.isEmpty())
        return; // optional: the service names the desktop
    const int size = value.size();
    for (int i = 0; i < size; ++i) {
        const QChar c = value.at(i);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && !isChinese(c)) {
            error(out, path, QStringLiteral("computer_name.chars"),
                  ModelsTr::tr("Computer name may contain only letters, digits, Chinese "
                               "characters and “-” (found “%1”).")
                          .arg(RuleSupport::charAt(value, i)));
            break;
        }
    }
    if (value.front() == u'-') {
        error(out, path, QStringLiteral("computer_name.start"),
              ModelsTr::tr("Computer name must start with a letter or a digit."));
    }
    if (size > 1 && value.back() == u'-') {
        error(out, path, QStringLiteral("computer_name.end"),
              ModelsTr::tr("Computer name must not end with “-”."));
    }
    const int weighted = CreateRules::weightedLength(value);
    if (weighted > ComputerNameMax) {
        error(out, path, QStringLiteral("computer_name.length"),
              ModelsTr::tr("Computer name must be at most %1 characters, a Chinese character "
                           "counting as 2 (it has %2).")
                      .arg(ComputerNameMax)
                      .arg(weighted));
    }
}

// desktop_name and desktop_name_prefix become (the start of) the desktop's computer name, so
// they follow S000's computer_name characters (letters, digits, '-'; starting with a letter or
// digit) with the model's Chinese counting 2. emulator/namerules.cpp writes the same rule.
void desktopNameTextAt(const QString &value, int max, bool isPrefix, const LazyPath &path,
                       const QString &codeBase, Findings &out)
{
    if (value.isEmpty())
        return;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && !isChinese(c)) {
            error(out, path, codeBase + QStringLiteral(".chars"),
                  ModelsTr::tr("Desktop names may contain only letters, digits, Chinese "
                               "characters and “-” (found “%1”).")
                          .arg(RuleSupport::charAt(value, i)));
            break;
        }
    }
    if (value.front() == u'-') {
        error(out, path, codeBase + QStringLiteral(".start"),
              ModelsTr::tr("Desktop names must start with a letter or a digit."));
    }
    if (!isPrefix && value.size() > 1 && value.back() == u'-') {
        error(out, path, codeBase + QStringLiteral(".end"),
              ModelsTr::tr("Computer name must not end with “-”."));
    }
    const int weighted = CreateRules::weightedLength(value);
    if (weighted > max) {
        const QString message
                = isPrefix ? ModelsTr::tr("A desktop name prefix must be at most %1 characters, a "
                                          "Chinese character counting as 2 (it has %2).")
                           : ModelsTr::tr("Desktop name must be at most %1 characters, a Chinese "
                                          "character counting as 2 (it has %2).");
        error(out, path, codeBase + QStringLiteral(".length"), message.arg(max).arg(weighted));
    }
}

void desktopNamePrefixAt(const QString &value, const LazyPath &path, Findings &out)
{
    desktopNameTextAt(value, DesktopNamePrefixMax, true, path,
                      QStringLiteral("desktop_name_prefix"), out);
}

void checkDesktopsAndSize(const CreateDesktopRequest &request, const ValidationContext &context,
                          bool single, Findings &out)
{
    const bool hasDesktops = !request.desktops.isEmpty();
    if (hasDesktops && request.size) {
        error(out, QStringLiteral("size"), QStringLiteral("desktops.size_conflict"),
              ModelsTr::tr("Create either one desktop per user or a number of desktops "
                           "without users, not both."));
    } else if (!hasDesktops && !request.size) {
        error(out, QStringLiteral("desktops"), QStringLiteral("desktops.required"),
              ModelsTr::tr("Add at least one user, or give the number of desktops to create "
                           "without users."));
    }

    if (request.size) {
        const int size = *request.size;
        if (size < 1) {
            error(out, QStringLiteral("size"), QStringLiteral("size.range"),
                  ModelsTr::tr("Size must be at least 1 (it is %1).").arg(size));
        } else if (single && size > context.createCap) {
            error(out, QStringLiteral("size"), QStringLiteral("size.too_many"),
                  ModelsTr::tr("At most %n desktop(s) can be created in one request (size is %1).",
                               nullptr, context.createCap)
                          .arg(size));
        }
        CreateRules::checkDesktopName(request.desktopName, size, QStringLiteral("desktop_name"),
                                      out);
        // With size 1 the desktop_name is the computer name, unique like any other.
        if (size == 1 && !request.desktopName.isEmpty()
            && context.takenComputerNames.contains(request.desktopName.toCaseFolded())) {
            error(out, QStringLiteral("desktop_name"), QStringLiteral("desktop_name.taken"),
                  ModelsTr::tr(
                          "Computer name “%1” is already used by another desktop in the tenant.")
                          .arg(request.desktopName));
        }
    } else if (!request.desktopName.isEmpty()) {
        warning(out, QStringLiteral("desktop_name"), QStringLiteral("desktop_name.ignored"),
                ModelsTr::tr("Desktop name is only used together with size; desktops for users "
                             "are named by their computer name or name prefix."));
    }

    if (single && request.desktops.size() > context.createCap) {
        error(out, QStringLiteral("desktops"), QStringLiteral("desktops.too_many"),
              ModelsTr::tr("At most %n desktop(s) can be created in one request (there are %1).",
                           nullptr, context.createCap)
                      .arg(request.desktops.size()));
    }
    Findings local;
    for (int i = 0; i < request.desktops.size(); ++i) {
        CreateRules::checkDesktopItem(request.desktops.at(i), QString(), context, local);
        if (!local.isEmpty()) {
            RuleSupport::appendUnderDesktop(out, i, local);
            local.clear();
        }
    }
    CreateRules::checkUniqueComputerNames(request.desktops, out);
}

Findings validateImpl(const CreateDesktopRequest &request, const ValidationContext &context,
                      bool single)
{
    Findings out;
    if (request.desktopType.isEmpty()) {
        error(out, QStringLiteral("desktop_type"), QStringLiteral("desktop_type.required"),
              ModelsTr::tr("Desktop type is required."));
    } else if (!oneOf(request.desktopType, {u"DEDICATED", u"SHARED"})) {
        error(out, QStringLiteral("desktop_type"), QStringLiteral("desktop_type.enum"),
              ModelsTr::tr("Desktop type must be DEDICATED or SHARED (found “%1”).")
                      .arg(request.desktopType));
    }

    checkRequiredText(request.productId, QStringLiteral("product_id"),
                      QStringLiteral("product_id.required"),
                      ModelsTr::tr("Product (package) is required."), out);
    checkMaxLength(request.productId, IdMax, QStringLiteral("product_id"),
                   QStringLiteral("product_id.length"), out);

    if (request.imageType.isEmpty()) {
        error(out, QStringLiteral("image_type"), QStringLiteral("image_type.required"),
              ModelsTr::tr("Image type is required."));
    } else if (!oneOf(request.imageType, {u"private", u"gold", u"market"})) {
        error(out, QStringLiteral("image_type"), QStringLiteral("image_type.enum"),
              ModelsTr::tr("Image type must be private, gold or market (found “%1”).")
                      .arg(request.imageType));
    }
    checkRequiredText(request.imageId, QStringLiteral("image_id"),
                      QStringLiteral("image_id.required"), ModelsTr::tr("Image is required."), out);
    checkMaxLength(request.imageId, IdMax, QStringLiteral("image_id"),
                   QStringLiteral("image_id.length"), out);

    if (request.rootVolume == Volume()) {
        error(out, QStringLiteral("root_volume"), QStringLiteral("root_volume.required"),
              ModelsTr::tr("System disk is required."));
    } else {
        CreateRules::checkRootVolume(request.rootVolume, QStringLiteral("root_volume"), context,
                                     out);
    }
    CreateRules::checkDataVolumes(request.dataVolumes, QStringLiteral("data_volumes"), context,
                                  out);
    checkMaxLength(request.availabilityZone, AvailabilityZoneMax,
                   QStringLiteral("availability_zone"), QStringLiteral("availability_zone.length"),
                   out);
    CreateRules::checkNics(request.nics, QStringLiteral("nics"), out);
    CreateRules::checkSecurityGroups(request.securityGroups, QStringLiteral("security_groups"),
                                     out);
    checkDesktopsAndSize(request, context, single, out);
    CreateRules::checkEnterpriseProjectId(request.enterpriseProjectId,
                                          QStringLiteral("enterprise_project_id"), out);
    CreateRules::checkTags(request.tags, QStringLiteral("tags"), out);
    if (request.eip)
        CreateRules::checkEip(*request.eip, QStringLiteral("eip"), out);
    if (request.desktopIps.size() > DesktopIpsMax) {
        error(out, QStringLiteral("desktop_ips"), QStringLiteral("desktop_ips.too_many"),
              ModelsTr::tr("At most %1 desktop addresses are allowed (there are %2).")
                      .arg(DesktopIpsMax)
                      .arg(request.desktopIps.size()));
    }
    RuleSupport::checkDesktopNamePolicyId(request.desktopNamePolicyId, out);
    return out;
}

} // namespace

namespace CreateRules {

Findings validate(const CreateDesktopRequest &request, const ValidationContext &context)
{
    return validateImpl(request, context, false);
}

Findings validateSingleRequest(const CreateDesktopRequest &request,
                               const ValidationContext &context)
{
    return validateImpl(request, context, true);
}

void checkUserName(const QString &value, const QString &path, const ValidationContext &context,
                   Findings &out)
{
    // S000 Table 7: 1–20 characters for LITE_AD and for LOCAL_AD, whatever the OS. The model's
    // 32 for Linux LOCAL_AD loses to the seed page; emulator/namerules.cpp says the same.
    RuleSupport::checkUserName(value, path, context, CreateUserNameMax, CreateUserNameMax, out);
}

void checkUserEmail(const QString &value, const QString &path, Findings &out)
{
    userEmailAt(value, path, out);
}

void checkUserPhone(const QString &value, const QString &path, Findings &out)
{
    userPhoneAt(value, path, out);
}

void checkUserGroup(const QString &value, const QString &path, const ValidationContext &context,
                    Findings &out)
{
    RuleSupport::checkUserGroup(value, path, context.os, out);
}

int weightedLength(const QString &value)
{
    int n = 0;
    for (const QChar c : value)
        n += isChinese(c) ? 2 : 1;
    return n;
}

void checkComputerName(const QString &value, const QString &path, Findings &out)
{
    computerNameAt(value, path, out);
}

void checkDesktopNamePrefix(const QString &value, const QString &path, Findings &out)
{
    desktopNamePrefixAt(value, path, out);
}

void checkDesktopItem(const DesktopItem &item, const QString &path,
                      const ValidationContext &context, Findings &out)
{
    // Paths are LazyPaths: a clean item allocates nothing (see lazypath.h).
    RuleSupport::checkUserName(item.userName, LazyPath(path, QLatin1String("user_name")), context,
                               CreateUserNameMax, CreateUserNameMax, out);
    userEmailAt(item.userEmail, LazyPath(path, QLatin1String("user_email")), out);
    userPhoneAt(item.userPhone, LazyPath(path, QLatin1String("user_phone")), out);
    RuleSupport::checkUserGroup(item.userGroup, LazyPath(path, QLatin1String("user_group")),
                                context.os, out);
    const LazyPath computerNamePath(path, QLatin1String("computer_name"));
    computerNameAt(item.computerName, computerNamePath, out);
    if (!item.computerName.isEmpty() && !context.takenComputerNames.isEmpty()
        && context.takenComputerNames.contains(item.computerName.toCaseFolded())) {
        error(out, computerNamePath, QStringLiteral("computer_name.taken"),
              ModelsTr::tr("Computer name “%1” is already used by another desktop in the tenant.")
                      .arg(item.computerName));
    }
    const LazyPath prefixPath(path, QLatin1String("desktop_name_prefix"));
    desktopNamePrefixAt(item.desktopNamePrefix, prefixPath, out);
    if (!item.desktopNamePrefix.isEmpty() && !item.computerName.isEmpty()) {
        warning(out, prefixPath, QStringLiteral("desktop_name_prefix.ignored"),
                ModelsTr::tr("The name prefix is ignored because a computer name is given."));
    }
    if (!item.extras)
        return; // the common case: a CSV row sets none of the model's rarer fields
    const DesktopItemExtras &more = *item.extras;
    if (more.osHostName.size() > OsHostNameMax) {
        error(out, LazyPath(path, QLatin1String("os_host_name")),
              QStringLiteral("os_host_name.length"),
              ModelsTr::tr("At most %1 characters are allowed here (it has %2).")
                      .arg(OsHostNameMax)
                      .arg(more.osHostName.size()));
    }
    // Model: copy_volume_desktop_id "如果指定了该参数，那么copy_volume_ids不能为空", and back.
    if (more.copyVolumeDesktopId.isEmpty() != more.copyVolumeIds.isEmpty()) {
        error(out,
              LazyPath(path, more.copyVolumeIds.isEmpty()
                                     ? QLatin1String("copy_volume_ids")
                                     : QLatin1String("copy_volume_desktop_id")),
              QStringLiteral("copy_volume.pair"),
              ModelsTr::tr("copy_volume_desktop_id and copy_volume_ids are given together: the "
                           "disks to copy and the desktop they belong to."));
    } else if (more.copyVolumeIds.size() > CopyVolumeIdsMax) {
        error(out, LazyPath(path, QLatin1String("copy_volume_ids")),
              QStringLiteral("copy_volume_ids.too_many"),
              ModelsTr::tr("At most %1 disks can be copied (there are %2).")
                      .arg(CopyVolumeIdsMax)
                      .arg(more.copyVolumeIds.size()));
    }
}

void checkUniqueComputerNames(const QList<DesktopItem> &desktops, Findings &out)
{
    // Some images upper-case the computer name, so "pc-1" and "PC-1" collide on the service.
    QHash<QString, int> firstIndex;
    firstIndex.reserve(desktops.size());
    for (int i = 0; i < desktops.size(); ++i) {
        const QString &name = desktops.at(i).computerName;
        if (name.isEmpty())
            continue;
        const QString key = name.toCaseFolded();
        const auto found = firstIndex.constFind(key);
        if (found == firstIndex.constEnd()) {
            firstIndex.insert(key, i);
        } else {
            Findings local;
            error(local, QStringLiteral("computer_name"), QStringLiteral("computer_name.duplicate"),
                  ModelsTr::tr("Computer name “%1” is already used by desktop %2 (names are "
                               "compared without regard to case).")
                          .arg(name)
                          .arg(found.value() + 1));
            RuleSupport::appendUnderDesktop(out, i, local);
        }
    }
}

void checkRootVolume(const Volume &volume, const QString &path, const ValidationContext &context,
                     Findings &out)
{
    checkVolume(volume, path, SystemDiskMin, true, context, out);
}

void checkDataVolume(const Volume &volume, const QString &path, const ValidationContext &context,
                     Findings &out)
{
    checkVolume(volume, path, DataDiskMin, false, context, out);
}

void checkDataVolumes(const QList<Volume> &volumes, const QString &path,
                      const ValidationContext &context, Findings &out)
{
    if (volumes.size() > DataVolumesMax) {
        error(out, path, QStringLiteral("data_volumes.too_many"),
              ModelsTr::tr("At most %1 data disks are allowed (there are %2).")
                      .arg(DataVolumesMax)
                      .arg(volumes.size()));
    }
    for (int i = 0; i < volumes.size(); ++i) {
        checkDataVolume(volumes.at(i),
                        path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), context,
                        out);
    }
}

void checkNics(const QStringList &subnetIds, const QString &path, Findings &out)
{
    if (subnetIds.size() > NicsMax) {
        error(out, path, QStringLiteral("nics.too_many"),
              ModelsTr::tr("At most %1 network interfaces are allowed (there are %2).")
                      .arg(NicsMax)
                      .arg(subnetIds.size()));
    }
    QSet<QString> seen;
    for (int i = 0; i < subnetIds.size(); ++i) {
        const QString itemPath
                = path + QLatin1Char('[') + QString::number(i) + QStringLiteral("].subnet_id");
        const QString &id = subnetIds.at(i);
        if (id.isEmpty()) {
            error(out, itemPath, QStringLiteral("nics.subnet_id.required"),
                  ModelsTr::tr("Each network interface needs a subnet."));
        } else if (seen.contains(id)) {
            error(out, itemPath, QStringLiteral("nics.duplicate"),
                  ModelsTr::tr("Subnet “%1” is used by two network interfaces.").arg(id));
        } else {
            seen.insert(id);
        }
    }
}

void checkSecurityGroups(const QStringList &ids, const QString &path, Findings &out)
{
    if (ids.size() > SecurityGroupsMax) {
        error(out, path, QStringLiteral("security_groups.too_many"),
              ModelsTr::tr("At most %1 security groups are allowed (there are %2).")
                      .arg(SecurityGroupsMax)
                      .arg(ids.size()));
    }
    QSet<QString> seen;
    for (int i = 0; i < ids.size(); ++i) {
        const QString itemPath
                = path + QLatin1Char('[') + QString::number(i) + QStringLiteral("].id");
        const QString &id = ids.at(i);
        if (id.isEmpty()) {
            error(out, itemPath, QStringLiteral("security_groups.id.required"),
                  ModelsTr::tr("Each security group needs an id."));
        } else if (seen.contains(id)) {
            error(out, itemPath, QStringLiteral("security_groups.duplicate"),
                  ModelsTr::tr("Security group “%1” is listed twice.").arg(id));
        } else {
            seen.insert(id);
        }
    }
}

void checkTag(const Tag &tag, const QString &path, Findings &out)
{
    const QString keyPath = join(path, QLatin1String("key"));
    if (tag.key.isEmpty()) {
        error(out, keyPath, QStringLiteral("tag.key.required"),
              ModelsTr::tr("Tag key is required."));
    } else {
        const int length = RuleSupport::codePointCount(tag.key);
        if (length > TagKeyMax) {
            error(out, keyPath, QStringLiteral("tag.key.length"),
                  ModelsTr::tr("Tag key must be at most %1 characters (it has %2).")
                          .arg(TagKeyMax)
                          .arg(length));
        }
        const int bad = firstBadTagChar(tag.key);
        if (bad >= 0) {
            error(out, keyPath, QStringLiteral("tag.key.chars"),
                  ModelsTr::tr("Tag key may contain only letters, digits, spaces and _ . : + - @ "
                               "(found “%1”).")
                          .arg(RuleSupport::charAt(tag.key, bad)));
        }
        if (hasOuterSpace(tag.key)) {
            error(out, keyPath, QStringLiteral("tag.key.space"),
                  ModelsTr::tr("Tag key must not start or end with a space."));
        }
        // The model's note: "不能以_sys_开头", the prefix as written (case-sensitive).
        if (tag.key.startsWith(QLatin1String("_sys_"))) {
            error(out, keyPath, QStringLiteral("tag.key.reserved"),
                  ModelsTr::tr("Tag keys starting with “_sys_” are reserved for the system."));
        }
    }
    if (!tag.value || tag.value->isEmpty())
        return;
    const QString &value = *tag.value;
    const QString valuePath = join(path, QLatin1String("value"));
    const int length = RuleSupport::codePointCount(value);
    if (length > TagValueMax) {
        error(out, valuePath, QStringLiteral("tag.value.length"),
              ModelsTr::tr("Tag value must be at most %1 characters (it has %2).")
                      .arg(TagValueMax)
                      .arg(length));
    }
    const int bad = firstBadTagChar(value);
    if (bad >= 0) {
        error(out, valuePath, QStringLiteral("tag.value.chars"),
              ModelsTr::tr("Tag value may contain only letters, digits, spaces and _ . : + - @ "
                           "(found “%1”).")
                      .arg(RuleSupport::charAt(value, bad)));
    }
    if (hasOuterSpace(value)) {
        error(out, valuePath, QStringLiteral("tag.value.space"),
              ModelsTr::tr("Tag value must not start or end with a space."));
    }
}

void checkTags(const QList<Tag> &tags, const QString &path, Findings &out)
{
    if (tags.size() > TagsMax) {
        error(out, path, QStringLiteral("tags.too_many"),
              ModelsTr::tr("At most %1 tags are allowed (there are %2).")
                      .arg(TagsMax)
                      .arg(tags.size()));
    }
    QSet<QString> keys;
    for (int i = 0; i < tags.size(); ++i) {
        const QString itemPath = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        const Tag &tag = tags.at(i);
        checkTag(tag, itemPath, out);
        if (tag.key.isEmpty())
            continue;
        if (keys.contains(tag.key)) {
            error(out, join(itemPath, QLatin1String("key")), QStringLiteral("tags.duplicate_key"),
                  ModelsTr::tr("Tag key “%1” is used twice.").arg(tag.key));
        } else {
            keys.insert(tag.key);
        }
    }
}

void checkEip(const Eip &eip, const QString &path, Findings &out)
{
    // S000 Table 9 marks all four fields optional, and "if id is specified, the EIP is
    // preferentially bound": id with new-EIP fields is valid; the fields are just not used.
    const bool wantsNew = !eip.type.isEmpty() || !eip.chargeMode.isEmpty() || eip.bandwidthSize;
    if (!eip.id.isEmpty() && wantsNew) {
        warning(out, path, QStringLiteral("eip.id_preferred"),
                ModelsTr::tr("The existing EIP “%1” is bound; the type, billing mode and "
                             "bandwidth given for a new EIP are not used.")
                        .arg(eip.id));
    } else if (eip.id.isEmpty() && !wantsNew) {
        warning(out, path, QStringLiteral("eip.empty"),
                ModelsTr::tr("The EIP has neither an id nor settings for a new EIP; the service "
                             "decides what is bound."));
    }
    if (!eip.type.isEmpty() && !oneOf(eip.type, {u"5_bgp", u"5_sbgp"})) {
        error(out, join(path, QLatin1String("type")), QStringLiteral("eip.type.enum"),
              ModelsTr::tr("EIP type must be 5_bgp or 5_sbgp (found “%1”).").arg(eip.type));
    }
    if (!eip.chargeMode.isEmpty() && !oneOf(eip.chargeMode, {u"TRAFFIC", u"BANDWIDTH"})) {
        error(out, join(path, QLatin1String("charge_mode")), QStringLiteral("eip.charge_mode.enum"),
              ModelsTr::tr("EIP billing mode must be TRAFFIC or BANDWIDTH (found “%1”).")
                      .arg(eip.chargeMode));
    }
    if (eip.bandwidthSize
        && (*eip.bandwidthSize < BandwidthMin || *eip.bandwidthSize > BandwidthMax)) {
        error(out, join(path, QLatin1String("bandwidth_size")),
              QStringLiteral("eip.bandwidth_size.range"),
              ModelsTr::tr("EIP bandwidth must be between %1 and %2 Mbit/s (it is %3).")
                      .arg(BandwidthMin)
                      .arg(BandwidthMax)
                      .arg(*eip.bandwidthSize));
    }
}

void checkDesktopName(const QString &value, int size, const QString &path, Findings &out)
{
    if (value.isEmpty() || size < 1)
        return; // optional; a bad size is reported on its own
    // S000: with size 1 the name (1–15), with size > 1 a prefix (1–13).
    if (size == 1)
        desktopNameTextAt(value, DesktopNameMax, false, path, QStringLiteral("desktop_name"), out);
    else
        desktopNameTextAt(value, DesktopNameBatchPrefixMax, true, path,
                          QStringLiteral("desktop_name"), out);
}

void checkEnterpriseProjectId(const QString &value, const QString &path, Findings &out)
{
    if (value.isEmpty())
        return; // the service uses "0", the default project
    if (value.size() > EnterpriseProjectIdMax) {
        error(out, path, QStringLiteral("enterprise_project_id.length"),
              ModelsTr::tr("Enterprise project ID must be at most %1 characters (it has %2).")
                      .arg(EnterpriseProjectIdMax)
                      .arg(value.size()));
    }
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_') {
            error(out, path, QStringLiteral("enterprise_project_id.pattern"),
                  ModelsTr::tr("Enterprise project ID may contain only letters, digits, “-” and "
                               "“_” (found “%1”).")
                          .arg(RuleSupport::charAt(value, i)));
            break;
        }
    }
}

} // namespace CreateRules

} // namespace wsc
