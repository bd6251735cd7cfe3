#pragma once

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/** A system or data disk of a create request (the API's Volume object). */
struct Volume
{
    QString type; ///< what the region offers (ValidationContext::volumeTypes()), e.g. SAS, SSD
    int size = 0; ///< GB
    std::optional<int> iops;
    std::optional<int> throughput; ///< MiB/s
    QString kmsId;

    QJsonObject toJson() const;
    static Volume fromJson(const QJsonValue &value, const QString &path, Findings *problems);
    bool operator==(const Volume &o) const;
    bool operator!=(const Volume &o) const { return !(*this == o); }
};

} // namespace wsc
