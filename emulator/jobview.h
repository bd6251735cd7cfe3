#pragma once

#include <QJsonObject>

namespace wsemu {

struct JobRecord;
struct SubJobRecord;

/** Renders jobs (ShowJob) and sub-jobs (JobDetailInfo) in the documented shapes. */
namespace JobView {

QJsonObject job(const JobRecord &job, const QString &projectId);
QJsonObject subJob(const SubJobRecord &sub, const JobRecord &job, const QString &projectId);

} // namespace JobView

} // namespace wsemu
