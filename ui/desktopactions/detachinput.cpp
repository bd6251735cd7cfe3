#include "detachinput.h"

#include "api/jobs/jobcenter.h"
#include "models/domain/batchdetachrequest.h"

namespace wsc {

DetachInput::DetachInput(QWidget *parent)
    : DesktopActionInput(parent)
{
    setObjectName(QStringLiteral("detachInput"));
}

QString DetachInput::consequence() const
{
    return tr("The users of %n desktop(s) will be detached and can no longer sign in to them. "
              "The desktops and their disks stay, ready to be assigned again.",
              nullptr, int(m_targets.size()));
}

QString DetachInput::start(JobCenter *jobs, const BatchSource &source)
{
    BatchDetachRequest request;
    request.desktopIds = targetIds();
    return jobs->startDetach(request, source);
}

} // namespace wsc
