#pragma once

#include "attachuserinfo.h"

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wsc {

/** One desktop of an AttachInstances request and who gets it. */
struct AttachDesktop
{
    QString desktopId;
    QString userName;
    QString userId;
    QString userEmail;
    QString userGroup;
    QString computerName;            ///< a new computer name; empty = keep
    std::optional<bool> isClearData; ///< only matters when re-attaching the same user
    QList<AttachUserInfo>
            attachUserInfos; ///< shared desktops; takes precedence over the flat fields

    QJsonObject toJson() const;
    static AttachDesktop fromJson(const QJsonValue &value, const QString &path, Findings *problems);
    bool operator==(const AttachDesktop &o) const;
    bool operator!=(const AttachDesktop &o) const { return !(*this == o); }
};

} // namespace wsc
