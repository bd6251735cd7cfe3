#include "attacherrorlocator.h"

#include <QHash>
#include <QRegularExpression>

namespace wsc {

namespace AttachErrorLocator {

QString resourceId(const QString &message)
{
    // The documented conflict text: "... deny operation [attach], resource id [ID]."
    static const QRegularExpression re(QStringLiteral("resource[ _]id\\s*[:=]?\\s*\\[([^\\]]+)\\]"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(message);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QList<int> desktopIndexes(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("desktops\\[(\\d+)\\]"));
    QList<int> out;
    QRegularExpressionMatchIterator it = re.globalMatch(message);
    while (it.hasNext()) {
        bool ok = false;
        const int k = it.next().captured(1).toInt(&ok);
        if (ok && !out.contains(k))
            out.append(k);
    }
    return out;
}

QList<int> locate(const QString &message, const QList<int> &chunkSourceIndexes,
                  const QStringList &desktopIdOfSource)
{
    QHash<QString, int> sourceOfId;
    for (const int s : chunkSourceIndexes) {
        if (s >= 0 && s < desktopIdOfSource.size() && !desktopIdOfSource.at(s).isEmpty())
            sourceOfId.insert(desktopIdOfSource.at(s), s);
    }
    QList<int> out;
    const QString id = resourceId(message);
    if (!id.isEmpty() && sourceOfId.contains(id))
        out.append(sourceOfId.value(id));
    if (!out.isEmpty())
        return out;

    // "desktops[k]" counts within the request that was refused, i.e. within this chunk.
    for (const int k : desktopIndexes(message)) {
        if (k >= 0 && k < chunkSourceIndexes.size() && !out.contains(chunkSourceIndexes.at(k)))
            out.append(chunkSourceIndexes.at(k));
    }
    if (!out.isEmpty())
        return out;

    for (const int s : chunkSourceIndexes) {
        const QString desktopId
                = s >= 0 && s < desktopIdOfSource.size() ? desktopIdOfSource.at(s) : QString();
        if (!desktopId.isEmpty() && message.contains(desktopId) && !out.contains(s))
            out.append(s);
    }
    return out;
}

} // namespace AttachErrorLocator

} // namespace wsc
