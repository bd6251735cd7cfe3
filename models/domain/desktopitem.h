#pragma once

#include "desktopitemextras.h"

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QSharedDataPointer>
#include <QString>

namespace wsc {

/** One entry of CreateDesktop's desktops[]: the user a desktop is made for, and its name. */
struct DesktopItem
{
    QString userName;
    QString userEmail;
    QString userPhone;
    QString userGroup; ///< sudo | default (Linux), administrators | users (Windows)
    QString computerName;
    QString desktopNamePrefix;
    /** The rest of the model's Desktop item, sent as written; null until one is set. */
    QSharedDataPointer<DesktopItemExtras> extras;

    /** The extra fields (empty ones when none is set). */
    const DesktopItemExtras &more() const;
    /** The extra fields, to change them (allocated on first use). */
    DesktopItemExtras &setMore();

    QJsonObject toJson() const; ///< empty strings are omitted
    static DesktopItem fromJson(const QJsonValue &value, const QString &path, Findings *problems);
    bool operator==(const DesktopItem &o) const;
    bool operator!=(const DesktopItem &o) const { return !(*this == o); }
};

} // namespace wsc
