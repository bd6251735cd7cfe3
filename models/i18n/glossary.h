#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * The words the console shows for the service's enum values, one function per enum, in the
 * current language, so that a value reads the same in every window (docs/GLOSSARY.md).
 */
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(Glossary)
public:
    /** One service enum: the API field it is sent in, its values, and the function naming them. */
    struct Enum
    {
        QString field;      ///< e.g. "attach_state"
        QStringList values; ///< every value the console knows, as the API spells it
        QString (*text)(const QString &value); ///< the glossary function of this enum
    };

    // Each function matches case-insensitively and returns a value it does not know as sent,
    // so a value the service adds later is shown rather than hidden.

    /** Desktop `status`: ACTIVE, SHUTOFF, ERROR, HIBERNATED, BUILD. */
    static QString desktopStatus(const QString &value);
    /** Desktop `task_status`: scheduling, rebooting, deleting, ...; empty when idle. */
    static QString taskStatus(const QString &value);
    /** Desktop `attach_state`: ATTACHED, UNATTACH, ATTACHING, ... */
    static QString attachState(const QString &value);
    /** Desktop `login_status` / `connect_status`: UNREGISTER, REGISTERED, CONNECTED, DISCONNECTED.
     */
    static QString loginStatus(const QString &value);
    /** `desktop_type`: DEDICATED, SHARED, POOLED. */
    static QString desktopType(const QString &value);
    /** `image_type`: gold, private, market. */
    static QString imageType(const QString &value);
    /** A job's or sub-job's `status`: SUCCESS, FAILED, RUNNING, WAITING (FAIL, INIT alike). */
    static QString jobStatus(const QString &value);
    /** A volume's `type`: SAS, SSD, GPSSD, GPSSD2. */
    static QString volumeType(const QString &value);
    /** An EIP's `type` (its line): 5_bgp, 5_sbgp. */
    static QString eipType(const QString &value);
    /** An EIP's `charge_mode`: TRAFFIC, BANDWIDTH. */
    static QString eipChargeMode(const QString &value);
    /** The `type` of an attach_user_infos entry: USER, GROUP. */
    static QString assigneeType(const QString &value);
    /** The desktop `user_group` (rights on the desktop): sudo, default, administrators, users. */
    static QString userGroup(const QString &value);
    /** The directory's `ad_domains.domain_type`: LITE_AS (also LITE_AD), LOCAL_AD. */
    static QString directoryType(const QString &value);
    /** A user's `active_type`: USER_ACTIVATE, ADMIN_ACTIVATE. */
    static QString activationType(const QString &value);
    /** A product's `charge_mode`: "0" (yearly/monthly), "1" (pay-per-use). */
    static QString productChargeMode(const QString &value);
    /** A product's `status`: normal, sellout, abandon. */
    static QString productStatus(const QString &value);
    /** The Workspace service's `status`: PREPARING, SUBSCRIBED, ... */
    static QString workspaceStatus(const QString &value);

    /** Every enum above with its values, for the tests and for docs/GLOSSARY.md. */
    static QList<Enum> all();
};

} // namespace wsc
