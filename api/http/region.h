#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace wsc {

/** A Huawei Cloud region where Workspace is offered, with its endpoints and display name. */
struct Region
{
    QString id;                   ///< e.g. "cn-north-4"
    const char *englishName = ""; ///< untranslated source text; use displayName()

    /** The name in the current UI language, e.g. "CN North-Beijing4" / "华北-北京四". */
    QString displayName() const;

    /** The 18 regions of the Workspace SDK, in its order. */
    static QList<Region> all();
    static std::optional<Region> find(const QString &id);
    /** https://workspace.{id}.myhuaweicloud.com */
    static QUrl workspaceEndpoint(const QString &id);
    /** https://iam.{id}.myhuaweicloud.com */
    static QUrl iamEndpoint(const QString &id);
};

} // namespace wsc
