#include "batchkind.h"

namespace wsc {

namespace BatchKinds {

QString name(BatchKind kind)
{
    switch (kind) {
    case BatchKind::Create:
        return QStringLiteral("create");
    case BatchKind::Attach:
        return QStringLiteral("attach");
    case BatchKind::Power:
        return QStringLiteral("power");
    case BatchKind::Delete:
        return QStringLiteral("delete");
    case BatchKind::Detach:
        return QStringLiteral("detach");
    case BatchKind::Rebuild:
        return QStringLiteral("rebuild");
    case BatchKind::Resize:
        return QStringLiteral("resize");
    case BatchKind::TagAdd:
        return QStringLiteral("tag-add");
    case BatchKind::TagRemove:
        return QStringLiteral("tag-remove");
    case BatchKind::Maintenance:
        return QStringLiteral("maintenance");
    }
    return {};
}

bool fromName(const QString &name, BatchKind *out)
{
    for (const BatchKind kind :
         {BatchKind::Create, BatchKind::Attach, BatchKind::Power, BatchKind::Delete,
          BatchKind::Detach, BatchKind::Rebuild, BatchKind::Resize, BatchKind::TagAdd,
          BatchKind::TagRemove, BatchKind::Maintenance}) {
        if (name == BatchKinds::name(kind)) {
            *out = kind;
            return true;
        }
    }
    return false;
}

} // namespace BatchKinds

} // namespace wsc
