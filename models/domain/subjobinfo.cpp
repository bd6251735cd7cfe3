#include "subjobinfo.h"

#include "jsonread.h"

#include <QJsonObject>
#include <QStringList>

namespace wsc {

bool SubJobInfo::isTerminalStatus(const QString &status)
{
    static const QStringList terminal{QStringLiteral("SUCCESS"), QStringLiteral("FAILED"),
                                      QStringLiteral("FAIL"), QStringLiteral("ERROR"),
                                      QStringLiteral("ABNORMAL")};
    return terminal.contains(status.toUpper());
}

bool SubJobInfo::isTerminal() const
{
    return isTerminalStatus(status);
}

SubJobInfo SubJobInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    SubJobInfo s;
    s.id = JsonRead::string(o, QStringLiteral("id"));
    s.jobId = JsonRead::string(o, QStringLiteral("job_id"));
    s.jobType = JsonRead::string(o, QStringLiteral("job_type"));
    s.status = JsonRead::string(o, QStringLiteral("status"));
    if (const auto process = JsonRead::optionalInteger(o, QStringLiteral("process")))
        s.process = static_cast<int>(*process);
    s.errorCode = JsonRead::string(o, QStringLiteral("error_code"));
    s.failReason = JsonRead::string(o, QStringLiteral("fail_reason"));
    s.message = JsonRead::string(o, QStringLiteral("message"));
    s.beginTime = JsonRead::string(o, QStringLiteral("begin_time"));
    s.endTime = JsonRead::string(o, QStringLiteral("end_time"));
    const QJsonObject entities = JsonRead::object(o, QStringLiteral("entities"));
    s.desktopId = JsonRead::string(entities, QStringLiteral("desktop_id"));
    s.userName = JsonRead::string(entities, QStringLiteral("user_name"));
    s.computerName = JsonRead::string(entities, QStringLiteral("computer_name"),
                                      JsonRead::string(entities, QStringLiteral("desktop_name")));
    s.productId = JsonRead::string(entities, QStringLiteral("product_id"));
    s.ipAddress = JsonRead::string(entities, QStringLiteral("ip_address"));
    // Some sub-jobs carry these at the top level instead of in entities.
    if (s.desktopId.isEmpty())
        s.desktopId = JsonRead::string(o, QStringLiteral("entity"));
    if (s.computerName.isEmpty())
        s.computerName = JsonRead::string(o, QStringLiteral("desktop_name"));
    return s;
}

} // namespace wsc
