#pragma once

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wsc {

/** The EIP of a create request: bind an existing one (id) or buy a new one (type + billing). */
struct Eip
{
    QString id;
    QString type;                     ///< 5_bgp | 5_sbgp
    QString chargeMode;               ///< TRAFFIC | BANDWIDTH
    std::optional<int> bandwidthSize; ///< Mbit/s, 1–2000

    QJsonObject toJson() const;
    static Eip fromJson(const QJsonValue &value, const QString &path, Findings *problems);
    bool operator==(const Eip &o) const;
    bool operator!=(const Eip &o) const { return !(*this == o); }
};

} // namespace wsc
