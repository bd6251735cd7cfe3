#include "volumetypes.h"

#include "models/itemmodels/createrequestmodel.h"

QStringList VolumeTypes::types(const CreateRequestModel *request)
{
    return request ? request->context().volumeTypes() : ValidationContext::documentedVolumeTypes();
}

QString VolumeTypes::displayName(const QString &type)
{
    if (type == QLatin1String("SAS"))
        return tr("High I/O (SAS)");
    if (type == QLatin1String("SSD"))
        return tr("Ultra-high I/O (SSD)");
    if (type == QLatin1String("GPSSD"))
        return tr("General purpose SSD (GPSSD)");
    if (type == QLatin1String("GPSSD2"))
        return tr("General purpose SSD V2 (GPSSD2)");
    return type;
}
