#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace wsc {

/**
 * A disk type the region sells, as ListVolumeProductInfo (GET /v2/{project_id}/volume/products)
 * returns it: what the Volume "type" of a create request may be (S000: "must be the same as the
 * disk type provided by the system").
 */
struct VolumeProduct
{
    QString resourceSpecCode;
    QString volumeType;           ///< SAS | SSD | GPSSD | GPSSD2 | ...
    QString status;               ///< normal | sellout
    QMap<QString, QString> names; ///< language -> name (the API's name[] of {language, value})
    /** The product lists an iops / throughput object: the disk is provisioned by them. */
    bool takesIops = false;
    bool takesThroughput = false;

    bool isSoldOut() const { return status == QLatin1String("sellout"); }

    static VolumeProduct fromJson(const QJsonValue &value);
    /** The products of a ListVolumeProductInfo answer ({"volumes": [...]}). */
    static QList<VolumeProduct> listFromJson(const QJsonValue &body);
};

} // namespace wsc
