#include "batchsource.h"

#include "api/apitr.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

namespace {

QString windowText(const QString &window)
{
    if (window == BatchSource::wizard())
        return ApiTr::tr("the create wizard");
    if (window == BatchSource::assignmentDialog())
        return ApiTr::tr("the assignment dialog");
    return window;
}

} // namespace

QString BatchSource::rowsOrigin(const QString &window, const QStringList &files, int fileRows,
                                int addedRows)
{
    if (fileRows == 0 && addedRows == 0)
        return window;
    if (addedRows == 0 && files.size() == 1)
        return files.constFirst();
    QJsonObject o;
    o.insert(QLatin1String("window"), window);
    o.insert(QLatin1String("files"), QJsonArray::fromStringList(files));
    o.insert(QLatin1String("file_rows"), fileRows);
    o.insert(QLatin1String("added_rows"), addedRows);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString BatchSource::originText(const QString &origin)
{
    if (origin.isEmpty())
        return ApiTr::tr("typed in");
    if (origin == wizard() || origin == assignmentDialog())
        return ApiTr::tr("typed in %1").arg(windowText(origin));
    if (!origin.startsWith(QLatin1Char('{')))
        return origin; // a file path
    const QJsonObject o = QJsonDocument::fromJson(origin.toUtf8()).object();
    QStringList names;
    for (const QJsonValue &file : o.value(QLatin1String("files")).toArray())
        names << QFileInfo(file.toString()).fileName();
    const int fileRows = o.value(QLatin1String("file_rows")).toInt();
    const int addedRows = o.value(QLatin1String("added_rows")).toInt();
    QStringList parts;
    if (fileRows > 0)
        parts << ApiTr::tr("%n row(s) from %1", nullptr, fileRows).arg(names.join(ApiTr::tr(", ")));
    if (addedRows > 0)
        parts << ApiTr::tr("%n typed or pasted in %1", nullptr, addedRows)
                         .arg(windowText(o.value(QLatin1String("window")).toString()));
    return parts.join(ApiTr::tr("; "));
}

} // namespace wsc
