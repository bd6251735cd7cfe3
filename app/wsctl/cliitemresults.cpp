#include "cliitemresults.h"

#include "clitr.h"
#include "cliwait.h"

#include "api/http/apicall.h"

namespace wsc {

CliItemResults::CliItemResults(const QString &nameKey, const QString &nameTitle,
                               const QList<QPair<QString, QString>> &extraColumns)
    : m_extraColumns(static_cast<int>(extraColumns.size()))
{
    m_table.addColumn(nameKey, nameTitle);
    m_table.addColumn(QStringLiteral("result"), CliTr::tr("Result"));
    for (const auto &column : extraColumns)
        m_table.addColumn(column.first, column.second);
    m_table.addColumn(QStringLiteral("error_code"), CliTr::tr("Error code"));
    m_table.addColumn(QStringLiteral("message"), CliTr::tr("Message"));
    m_table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
}

bool CliItemResults::wait(ApiCall *call, QTextStream &out, CliGlobals::Format format) const
{
    if (CliWait::call(call))
        return true;
    // What was done before the interruption stays on record for the administrator.
    m_table.write(out, format);
    return false;
}

void CliItemResults::add(const QString &name, const QString &id, ApiCall *call,
                         const QString &result, const QVariantList &extra)
{
    QVariantList row{name};
    if (call->isOk()) {
        row << result << extra << QString() << QString();
    } else {
        ++m_failed;
        row << QStringLiteral("failed");
        for (int i = 0; i < m_extraColumns; ++i)
            row << QString();
        row << call->error().errorCode << call->error().errorMessage;
    }
    row << id;
    m_table.addRow(row);
    call->deleteLater();
}

} // namespace wsc
