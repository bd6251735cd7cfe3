#pragma once

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wsc {

/** A resource tag (key and optional value) of a create request. */
struct Tag
{
    QString key;
    std::optional<QString> value;

    QJsonObject toJson() const;
    static Tag fromJson(const QJsonValue &value, const QString &path, Findings *problems);
    bool operator==(const Tag &o) const { return key == o.key && value == o.value; }
    bool operator!=(const Tag &o) const { return !(*this == o); }
};

} // namespace wsc
