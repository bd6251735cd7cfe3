#pragma once

#include "attachdesktop.h"

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wsc {

/** The body of AttachInstances (POST /v2/{project_id}/desktops/attach). */
struct AttachRequest
{
    QList<AttachDesktop> desktops;
    QString imageType; ///< only when the image changes
    QString imageId;
    QString desktopNamePolicyId;
    QString encryptType; ///< the model's EncryptType; ENCRYPTED needs kmsId
    QString kmsId;
    // In the seed page's example body, not in its field table; kept so examples round-trip.
    QString osType;
    QString orderId;
    QString enterpriseProjectId;

    QJsonObject toJson() const;
    static AttachRequest fromJson(const QJsonObject &object, Findings *problems);
    bool operator==(const AttachRequest &o) const;
    bool operator!=(const AttachRequest &o) const { return !(*this == o); }
};

} // namespace wsc
