#include "batchkind.h"

namespace BatchKinds {

QString name(BatchKind kind)
{
    switch (kind) {
    case BatchKind::Create:
        return QStringLiteral("create");
    case BatchKind::Attach:
        return QStringLiteral("attach");
    }
    return {};
}

bool fromName(const QString &name, BatchKind *out)
{
    for (const BatchKind kind : {BatchKind::Create, BatchKind::Attach}) {
        if (name == BatchKinds::name(kind)) {
            *out = kind;
            return true;
        }
    }
    return false;
}

} // namespace BatchKinds
