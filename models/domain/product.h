#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace wsc {

/** A desktop product (package/flavor) as ListProducts returns it. */
struct Product
{
    QString productId;
    QString flavorId;
    QString type;
    QString architecture; ///< x86 | arm
    QString osType;       ///< Windows | Linux, when the service says
    int cpu = 0;
    qint64 memoryMb = 0; ///< the API sends MB as a string ("8192")
    bool isGpu = false;
    QString gpuDesc;
    QString cpuDesc;
    QString systemDiskType;
    int systemDiskSize = 0; ///< GB
    bool containDataDisk = false;
    QString descriptions;               ///< e.g. "CPU:4vCPUs,Memory:8GB"
    QMap<QString, QString> productDesc; ///< language -> text
    QMap<QString, QString> names;       ///< language -> text
    QString chargeMode;                 ///< "0" yearly/monthly, "1" on demand
    QString status;                     ///< normal | sellout | abandon
    QString packageType;

    /** Memory in GB (MB / 1024), e.g. 8 for "8192". */
    double memoryGb() const { return mbToGb(memoryMb); }
    /** Converts MB to GB (1024 MB per GB), as the console shows sizes. */
    static double mbToGb(qint64 mb) { return static_cast<double>(mb) / 1024.0; }
    /** The description for @p language ("en", "zh_CN"...), falling back to English, then any. */
    QString description(const QString &language) const;
    /** The display name for @p language, falling back like description(), then the id. */
    QString displayName(const QString &language) const;
    bool isAvailable() const { return status.isEmpty() || status == QLatin1String("normal"); }

    static Product fromJson(const QJsonValue &value);
    /** Picks a text for @p language from a map keyed "zh_cn", "zh-CN", "en_us", "en"... */
    static QString pickLanguage(const QMap<QString, QString> &texts, const QString &language);
};

} // namespace wsc
