#pragma once

#include <QJsonValue>
#include <QString>

namespace wsc {

/** A desktop image as ListImages returns it. */
struct ImageInfo
{
    QString id;
    QString name;
    QString architecture; ///< x86 | arm
    QString osVersion;
    QString imageType; ///< gold | private
    QString osType;    ///< Linux | Windows | Other
    QString diskFormat;
    qint64 minRamMb = 0;
    int minDiskGb = 0;
    QString productCode;
    QString createdAt;

    static ImageInfo fromJson(const QJsonValue &value);
};

} // namespace wsc
