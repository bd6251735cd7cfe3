#include "createerrorlocator.h"

#include <QRegularExpression>
#include <QStringList>

namespace wsc {

namespace CreateErrorLocator {

QString fieldPath(const QString &message)
{
    // Top-level fields of the body; a path must start with one of them, so that ordinary words
    // ("size" in "the size of...") only count when they are written as a field.
    static const QRegularExpression path(
            QStringLiteral("(?<![\\w.\\[])("
                           "desktops\\[\\d+\\](?:\\.[a-z_]+)?"
                           "|data_volumes\\[\\d+\\](?:\\.[a-z_]+)?|data_volumes"
                           "|nics\\[\\d+\\](?:\\.[a-z_]+)?|nics"
                           "|security_groups\\[\\d+\\](?:\\.[a-z_]+)?|security_groups"
                           "|tags\\[\\d+\\](?:\\.[a-z_]+)?|tags"
                           "|root_volume(?:\\.[a-z_]+)?"
                           "|eip(?:\\.[a-z_]+)?"
                           "|desktop_type|availability_zone|product_id|image_type|image_id|desktops"
                           "|desktop_name|email_notification|enterprise_project_id|size"
                           ")(?![\\w\\[])"));
    // "size" alone is too common a word: accept it only as the whole subject of the message.
    QRegularExpressionMatchIterator it = path.globalMatch(message);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString found = m.captured(1);
        if (found == QLatin1String("size") && m.capturedStart(1) != 0)
            continue;
        return found;
    }
    return {};
}

QString toSourcePath(const QString &chunkPath, const QList<int> &sourceIndexes)
{
    static const QRegularExpression index(QStringLiteral("^desktops\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = index.match(chunkPath);
    if (!m.hasMatch())
        return chunkPath;
    const int k = m.captured(1).toInt();
    if (k < 0 || k >= sourceIndexes.size())
        return chunkPath;
    QString out = chunkPath;
    out.replace(0, m.capturedLength(), QStringLiteral("desktops[%1]").arg(sourceIndexes.at(k)));
    return out;
}

Finding locate(const QString &message, const QList<int> &sourceIndexes, const QString &text)
{
    Finding f;
    f.code = QStringLiteral("server.rejected");
    f.severity = Severity::Error;
    f.message = text;
    const QString chunkPath = fieldPath(message);
    if (chunkPath.isEmpty())
        return f;
    f.path = toSourcePath(chunkPath, sourceIndexes);
    // A desktop of the body: say which source row, as the rules' findings do.
    static const QRegularExpression desktop(QStringLiteral("^desktops\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch m = desktop.match(chunkPath);
    const int k = m.hasMatch() ? m.captured(1).toInt() : -1;
    if (k >= 0 && k < sourceIndexes.size()) {
        f.field = m.captured(2);
        f.moveToDesktop(sourceIndexes.at(k));
    }
    return f;
}

} // namespace CreateErrorLocator

} // namespace wsc
