#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wsc {

/** One sub-job of a Workspace job (one desktop of a create or attach), with what it acts on. */
struct SubJobInfo
{
    QString id;
    QString jobId; ///< the parent job
    QString jobType;
    QString status;             ///< WAITING | RUNNING | SUCCESS | FAILED
    std::optional<int> process; ///< 0-100
    QString errorCode;
    QString failReason;
    QString message;
    QString beginTime;
    QString endTime;
    // entities
    QString desktopId;
    QString userName;
    QString computerName; ///< entities.desktop_name (the computer name), or computer_name
    QString productId;
    QString ipAddress;

    bool isTerminal() const;
    bool isFailed() const
    {
        return status.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0;
    }

    static SubJobInfo fromJson(const QJsonValue &value);
    /** True for SUCCESS and FAILED (and the other failure spellings Huawei services use). */
    static bool isTerminalStatus(const QString &status);
};

} // namespace wsc

Q_DECLARE_METATYPE(wsc::SubJobInfo)
