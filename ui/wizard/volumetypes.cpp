#include "volumetypes.h"

#include "models/i18n/glossary.h"
#include "models/itemmodels/createrequestmodel.h"

namespace wsc {

QStringList VolumeTypes::types(const CreateRequestModel *request)
{
    return request ? request->context().volumeTypes() : ValidationContext::documentedVolumeTypes();
}

QString VolumeTypes::displayName(const QString &type)
{
    return Glossary::volumeType(type);
}

} // namespace wsc
