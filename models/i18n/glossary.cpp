#include "glossary.h"

#include <cstddef>

namespace wsc {

namespace {

/** One value of a service enum and its English display text (the catalog's source). */
struct Entry
{
    const char *value;
    const char *text;
};

// Display texts follow the Chinese console and the service documentation; docs/GLOSSARY.md
// lists them, and tests/models/tst_glossary checks that it does.
const Entry kDesktopStatusValues[] = {
        {"ACTIVE", QT_TRANSLATE_NOOP("Glossary", "Active")},
        {"SHUTOFF", QT_TRANSLATE_NOOP("Glossary", "Shut off")},
        {"ERROR", QT_TRANSLATE_NOOP("Glossary", "Error")},
        {"HIBERNATED", QT_TRANSLATE_NOOP("Glossary", "Hibernated")},
        {"BUILD", QT_TRANSLATE_NOOP("Glossary", "Building")},
};

const Entry kTaskStatusValues[] = {
        {"scheduling", QT_TRANSLATE_NOOP("Glossary", "Creating: scheduling")},
        {"block_device_mapping", QT_TRANSLATE_NOOP("Glossary", "Creating: preparing disks")},
        {"networking", QT_TRANSLATE_NOOP("Glossary", "Creating: preparing the network")},
        {"spawning", QT_TRANSLATE_NOOP("Glossary", "Creating: starting up")},
        {"rebooting", QT_TRANSLATE_NOOP("Glossary", "Restarting")},
        {"reboot_pending", QT_TRANSLATE_NOOP("Glossary", "Restarting: requested")},
        {"reboot_started", QT_TRANSLATE_NOOP("Glossary", "Restarting: started")},
        {"rebooting_hard", QT_TRANSLATE_NOOP("Glossary", "Force restarting")},
        {"reboot_pending_hard", QT_TRANSLATE_NOOP("Glossary", "Force restarting: requested")},
        {"reboot_started_hard", QT_TRANSLATE_NOOP("Glossary", "Force restarting: started")},
        {"rebuilding", QT_TRANSLATE_NOOP("Glossary", "Rebuilding")},
        {"rebuild_block_device_mapping",
         QT_TRANSLATE_NOOP("Glossary", "Rebuilding: preparing disks")},
        {"rebuild_spawning", QT_TRANSLATE_NOOP("Glossary", "Rebuilding: starting up")},
        {"migrating", QT_TRANSLATE_NOOP("Glossary", "Migrating")},
        {"resize_prep", QT_TRANSLATE_NOOP("Glossary", "Changing size: preparing")},
        {"resize_migrating", QT_TRANSLATE_NOOP("Glossary", "Changing size: migrating")},
        {"resize_migrated", QT_TRANSLATE_NOOP("Glossary", "Changing size: migrated")},
        {"resize_finish", QT_TRANSLATE_NOOP("Glossary", "Changing size: finishing")},
        {"resize_reverting", QT_TRANSLATE_NOOP("Glossary", "Changing size: reverting")},
        {"powering-off", QT_TRANSLATE_NOOP("Glossary", "Shutting down")},
        {"powering-on", QT_TRANSLATE_NOOP("Glossary", "Starting")},
        {"deleting", QT_TRANSLATE_NOOP("Glossary", "Deleting")},
        {"deleteFailed", QT_TRANSLATE_NOOP("Glossary", "Deletion failed")},
        {"updating", QT_TRANSLATE_NOOP("Glossary", "Updating")},
        {"desktopNetworkChanging", QT_TRANSLATE_NOOP("Glossary", "Changing the network")},
        {"attaching", QT_TRANSLATE_NOOP("Glossary", "Assigning")},
        {"detaching", QT_TRANSLATE_NOOP("Glossary", "Unassigning")},
};

const Entry kAttachStateValues[] = {
        {"ATTACHED", QT_TRANSLATE_NOOP("Glossary", "Assigned")},
        {"UNATTACH", QT_TRANSLATE_NOOP("Glossary", "Unassigned")},
        {"DEATTACHED", QT_TRANSLATE_NOOP("Glossary", "Assignment removed")},
        {"ATTACHING", QT_TRANSLATE_NOOP("Glossary", "Assigning")},
        {"DEATTACHING", QT_TRANSLATE_NOOP("Glossary", "Unassigning")},
        {"ATTACHFAIL", QT_TRANSLATE_NOOP("Glossary", "Assignment failed")},
        {"DEATTACHFAIL", QT_TRANSLATE_NOOP("Glossary", "Unassignment failed")},
        {"WAITING", QT_TRANSLATE_NOOP("Glossary", "Queued for assignment")},
        {"ATTACH_FAIL_CAN_ATTACH_AGAIN",
         QT_TRANSLATE_NOOP("Glossary", "Assignment failed, can be retried")},
        {"DEATTACH_FAIL_CAN_DEATTACH_AGAIN",
         QT_TRANSLATE_NOOP("Glossary", "Unassignment failed, can be retried")},
};

const Entry kLoginStatusValues[] = {
        {"UNREGISTER", QT_TRANSLATE_NOOP("Glossary", "Not registered")},
        {"REGISTERED", QT_TRANSLATE_NOOP("Glossary", "Ready, no one signed in")},
        {"CONNECTED", QT_TRANSLATE_NOOP("Glossary", "Signed in")},
        {"DISCONNECTED", QT_TRANSLATE_NOOP("Glossary", "Disconnected")},
};

const Entry kDesktopTypeValues[] = {
        {"DEDICATED", QT_TRANSLATE_NOOP("Glossary", "Dedicated")},
        {"SHARED", QT_TRANSLATE_NOOP("Glossary", "Shared (multi-user)")},
        {"POOLED", QT_TRANSLATE_NOOP("Glossary", "Pooled")},
};

const Entry kImageTypeValues[] = {
        {"gold", QT_TRANSLATE_NOOP("Glossary", "Public image")},
        {"private", QT_TRANSLATE_NOOP("Glossary", "Private image")},
        {"market", QT_TRANSLATE_NOOP("Glossary", "Marketplace image")},
};

const Entry kJobStatusValues[] = {
        {"SUCCESS", QT_TRANSLATE_NOOP("Glossary", "Succeeded")},
        {"FAILED", QT_TRANSLATE_NOOP("Glossary", "Failed")},
        {"RUNNING", QT_TRANSLATE_NOOP("Glossary", "Running")},
        {"WAITING", QT_TRANSLATE_NOOP("Glossary", "Waiting")},
        {"INIT", QT_TRANSLATE_NOOP("Glossary", "Waiting")},
        {"FAIL", QT_TRANSLATE_NOOP("Glossary", "Failed")},
};

const Entry kVolumeTypeValues[] = {
        {"SAS", QT_TRANSLATE_NOOP("Glossary", "High I/O (SAS)")},
        {"SSD", QT_TRANSLATE_NOOP("Glossary", "Ultra-high I/O (SSD)")},
        {"GPSSD", QT_TRANSLATE_NOOP("Glossary", "General purpose SSD (GPSSD)")},
        {"GPSSD2", QT_TRANSLATE_NOOP("Glossary", "General purpose SSD V2 (GPSSD2)")},
};

const Entry kEipTypeValues[] = {
        {"5_bgp", QT_TRANSLATE_NOOP("Glossary", "Dynamic BGP")},
        {"5_sbgp", QT_TRANSLATE_NOOP("Glossary", "Static BGP")},
};

const Entry kEipChargeModeValues[] = {
        {"TRAFFIC", QT_TRANSLATE_NOOP("Glossary", "By traffic")},
        {"BANDWIDTH", QT_TRANSLATE_NOOP("Glossary", "By bandwidth")},
};

const Entry kAssigneeTypeValues[] = {
        {"USER", QT_TRANSLATE_NOOP("Glossary", "User")},
        {"GROUP", QT_TRANSLATE_NOOP("Glossary", "Group")},
};

const Entry kUserGroupValues[] = {
        {"administrators", QT_TRANSLATE_NOOP("Glossary", "Administrators (Windows)")},
        {"users", QT_TRANSLATE_NOOP("Glossary", "Standard users (Windows)")},
        {"sudo", QT_TRANSLATE_NOOP("Glossary", "Administrators (Linux sudo)")},
        {"default", QT_TRANSLATE_NOOP("Glossary", "Standard users (Linux)")},
};

const Entry kDirectoryTypeValues[] = {
        {"LITE_AS", QT_TRANSLATE_NOOP("Glossary", "Workspace directory (no AD)")},
        {"LITE_AD", QT_TRANSLATE_NOOP("Glossary", "Workspace directory (no AD)")},
        {"LOCAL_AD", QT_TRANSLATE_NOOP("Glossary", "Windows AD domain")},
};

const Entry kActivationTypeValues[] = {
        {"USER_ACTIVATE", QT_TRANSLATE_NOOP("Glossary", "The user activates the account")},
        {"ADMIN_ACTIVATE", QT_TRANSLATE_NOOP("Glossary", "The administrator sets the password")},
};

const Entry kProductChargeModeValues[] = {
        {"0", QT_TRANSLATE_NOOP("Glossary", "Yearly/monthly")},
        {"1", QT_TRANSLATE_NOOP("Glossary", "Pay-per-use")},
};

const Entry kProductStatusValues[] = {
        {"normal", QT_TRANSLATE_NOOP("Glossary", "On sale")},
        {"sellout", QT_TRANSLATE_NOOP("Glossary", "Sold out")},
        {"abandon", QT_TRANSLATE_NOOP("Glossary", "Withdrawn")},
};

const Entry kWorkspaceStatusValues[] = {
        {"PREPARING", QT_TRANSLATE_NOOP("Glossary", "Preparing")},
        {"SUBSCRIBING", QT_TRANSLATE_NOOP("Glossary", "Being enabled")},
        {"SUBSCRIBED", QT_TRANSLATE_NOOP("Glossary", "Enabled")},
        {"SUBSCRIPTION_FAILED", QT_TRANSLATE_NOOP("Glossary", "Enabling failed")},
        {"DEREGISTERING", QT_TRANSLATE_NOOP("Glossary", "Being closed")},
        {"DEREGISTRATION_FAILED", QT_TRANSLATE_NOOP("Glossary", "Closing failed")},
        {"RECYCLING", QT_TRANSLATE_NOOP("Glossary", "Cleaning up resources")},
        {"RECYCLED", QT_TRANSLATE_NOOP("Glossary", "Resources cleaned up")},
        {"RECYCLE_FAILED", QT_TRANSLATE_NOOP("Glossary", "Clean-up failed")},
        {"CLOSED", QT_TRANSLATE_NOOP("Glossary", "Closed")},
};

template<std::size_t N>
QString lookup(const Entry (&table)[N], const QString &value)
{
    const QString key = value.trimmed();
    for (const Entry &e : table) {
        if (key.compare(QLatin1String(e.value), Qt::CaseInsensitive) == 0)
            return Glossary::tr(e.text);
    }
    return value;
}

template<std::size_t N>
QStringList valuesOf(const Entry (&table)[N])
{
    QStringList values;
    for (const Entry &e : table)
        values << QString::fromLatin1(e.value);
    return values;
}

} // namespace

QString Glossary::desktopStatus(const QString &value)
{
    return lookup(kDesktopStatusValues, value);
}

QString Glossary::taskStatus(const QString &value)
{
    return lookup(kTaskStatusValues, value);
}

QString Glossary::attachState(const QString &value)
{
    return lookup(kAttachStateValues, value);
}

QString Glossary::loginStatus(const QString &value)
{
    return lookup(kLoginStatusValues, value);
}

QString Glossary::desktopType(const QString &value)
{
    return lookup(kDesktopTypeValues, value);
}

QString Glossary::imageType(const QString &value)
{
    return lookup(kImageTypeValues, value);
}

QString Glossary::jobStatus(const QString &value)
{
    return lookup(kJobStatusValues, value);
}

QString Glossary::volumeType(const QString &value)
{
    return lookup(kVolumeTypeValues, value);
}

QString Glossary::eipType(const QString &value)
{
    return lookup(kEipTypeValues, value);
}

QString Glossary::eipChargeMode(const QString &value)
{
    return lookup(kEipChargeModeValues, value);
}

QString Glossary::assigneeType(const QString &value)
{
    return lookup(kAssigneeTypeValues, value);
}

QString Glossary::userGroup(const QString &value)
{
    return lookup(kUserGroupValues, value);
}

QString Glossary::directoryType(const QString &value)
{
    return lookup(kDirectoryTypeValues, value);
}

QString Glossary::activationType(const QString &value)
{
    return lookup(kActivationTypeValues, value);
}

QString Glossary::productChargeMode(const QString &value)
{
    return lookup(kProductChargeModeValues, value);
}

QString Glossary::productStatus(const QString &value)
{
    return lookup(kProductStatusValues, value);
}

QString Glossary::workspaceStatus(const QString &value)
{
    return lookup(kWorkspaceStatusValues, value);
}

QList<Glossary::Enum> Glossary::all()
{
    return {{QStringLiteral("status"), valuesOf(kDesktopStatusValues), &Glossary::desktopStatus},
            {QStringLiteral("task_status"), valuesOf(kTaskStatusValues), &Glossary::taskStatus},
            {QStringLiteral("attach_state"), valuesOf(kAttachStateValues), &Glossary::attachState},
            {QStringLiteral("login_status"), valuesOf(kLoginStatusValues), &Glossary::loginStatus},
            {QStringLiteral("desktop_type"), valuesOf(kDesktopTypeValues), &Glossary::desktopType},
            {QStringLiteral("image_type"), valuesOf(kImageTypeValues), &Glossary::imageType},
            {QStringLiteral("job status"), valuesOf(kJobStatusValues), &Glossary::jobStatus},
            {QStringLiteral("volume type"), valuesOf(kVolumeTypeValues), &Glossary::volumeType},
            {QStringLiteral("eip type"), valuesOf(kEipTypeValues), &Glossary::eipType},
            {QStringLiteral("eip charge_mode"), valuesOf(kEipChargeModeValues),
             &Glossary::eipChargeMode},
            {QStringLiteral("attach_user_infos type"), valuesOf(kAssigneeTypeValues),
             &Glossary::assigneeType},
            {QStringLiteral("user_group"), valuesOf(kUserGroupValues), &Glossary::userGroup},
            {QStringLiteral("domain_type"), valuesOf(kDirectoryTypeValues),
             &Glossary::directoryType},
            {QStringLiteral("active_type"), valuesOf(kActivationTypeValues),
             &Glossary::activationType},
            {QStringLiteral("product charge_mode"), valuesOf(kProductChargeModeValues),
             &Glossary::productChargeMode},
            {QStringLiteral("product status"), valuesOf(kProductStatusValues),
             &Glossary::productStatus},
            {QStringLiteral("workspace status"), valuesOf(kWorkspaceStatusValues),
             &Glossary::workspaceStatus}};
}

} // namespace wsc
