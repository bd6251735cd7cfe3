#include "batchexport.h"

#include "api/apitr.h"
#include "models/csv/csvwriter.h"

#include <QSaveFile>

namespace wsc {

namespace BatchExport {

QStringList columns()
{
    return {QStringLiteral("source_row"), QStringLiteral("source_line"),
            QStringLiteral("user_name"),  QStringLiteral("computer_name"),
            QStringLiteral("desktop_id"), QStringLiteral("job_id"),
            QStringLiteral("sub_job_id"), QStringLiteral("status"),
            QStringLiteral("error_code"), QStringLiteral("message"),
            QStringLiteral("request_id"), QStringLiteral("outcome")};
}

QString text(const QList<BatchItem> &items)
{
    QString out = CsvWriter::record(columns());
    for (const BatchItem &i : items) {
        out += CsvWriter::record({QString::number(i.sourceIndex + 1),
                                  i.sourceLine > 0 ? QString::number(i.sourceLine) : QString(),
                                  i.userName, i.computerName, i.desktopId, i.jobId, i.subJobId,
                                  i.statusName(), i.errorCode, i.messageText(), i.requestId,
                                  BatchItem::outcomeName(i.outcome())});
    }
    return out;
}

bool write(const QList<BatchItem> &items, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ApiTr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The BOM makes Excel read the file as UTF-8 (Chinese names stay readable).
    file.write("\xEF\xBB\xBF");
    file.write(text(items).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = ApiTr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace BatchExport

} // namespace wsc
