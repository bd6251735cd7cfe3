#include "volumetypes.h"

#include "models/domain/volume.h"
#include "models/i18n/glossary.h"

QStringList VolumeTypes::types()
{
    return Volume::types();
}

QString VolumeTypes::displayName(const QString &type)
{
    return Glossary::volumeType(type);
}
