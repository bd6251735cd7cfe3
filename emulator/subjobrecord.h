#pragma once

#include <QJsonObject>
#include <QString>

namespace wsemu {

/** One sub-job (one desktop's part of a job) with its planned timeline and fated outcome. */
struct SubJobRecord
{
    QString id;
    QString jobId;
    QString jobType;
    QString desktopId;
    QString userName;
    QString desktopName; // the computer name
    QString productId;
    QString ipAddress;
    qint64 startMs = 0; // WAITING before, RUNNING from here
    qint64 endMs = 0;   // SUCCESS or FAILED from here (FAILED earlier when it fails midway)
    bool willFail = false;
    double failPoint = 1.0; // fraction of the run after which a failing sub-job fails
    QString errorCode;
    QString failReason;
    QJsonObject payload; // what the job applies when it succeeds (attach user, detach flags)

    // Materialised by JobEngine::advance().
    QString status = QStringLiteral("WAITING");
    int process = 0;
    bool finished = false;
    qint64 finishedMs = 0;

    /** When the sub-job reaches its final state. */
    qint64 settleMs() const;

    QJsonObject toJson() const;
    static SubJobRecord fromJson(const QJsonObject &object);
};

} // namespace wsemu
