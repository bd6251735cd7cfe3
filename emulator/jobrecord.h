#pragma once

#include "subjobrecord.h"

#include <QList>

namespace wsemu {

/** One asynchronous job (createDesktops, attachDesktops, ...) and its sub-jobs. */
struct JobRecord
{
    QString id;
    QString jobType;
    qint64 createdMs = 0;
    QList<SubJobRecord> subJobs;

    // Derived from the sub-jobs by JobEngine::advance().
    QString status = QStringLiteral("WAITING");
    qint64 beginMs = 0;
    qint64 endMs = 0;
    QString errorCode;
    QString failReason;

    bool isFinished() const
    {
        return status == QLatin1String("SUCCESS") || status == QLatin1String("FAILED");
    }

    QJsonObject toJson() const;
    static JobRecord fromJson(const QJsonObject &object);
};

} // namespace wsemu
