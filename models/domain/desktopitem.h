#pragma once

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QString>

/** One entry of CreateDesktop's desktops[]: the user a desktop is made for, and its name. */
struct DesktopItem
{
    QString userName;
    QString userEmail;
    QString userPhone;
    QString userGroup; ///< sudo | default (Linux), administrators | users (Windows)
    QString computerName;
    QString desktopNamePrefix;

    QJsonObject toJson() const; ///< empty strings are omitted
    static DesktopItem fromJson(const QJsonValue &value, const QString &path, Findings *problems);
    bool operator==(const DesktopItem &o) const;
    bool operator!=(const DesktopItem &o) const { return !(*this == o); }
};
