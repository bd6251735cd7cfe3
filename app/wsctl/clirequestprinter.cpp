#include "clirequestprinter.h"

#include "clitable.h"
#include "clitr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wsc {

namespace CliRequestPrinter {

void print(QTextStream &out, CliGlobals::Format format, const QList<Request> &requests)
{
    if (format == CliGlobals::Format::Json) {
        QJsonArray list;
        for (const Request &r : requests)
            list.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                                    {QStringLiteral("path"), r.path},
                                    {QStringLiteral("body"), QString::fromUtf8(r.body)}});
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), true},
                                                           {QStringLiteral("requests"), list}})
                                         .toJson(QJsonDocument::Indented));
        return;
    }
    if (format == CliGlobals::Format::Csv) {
        CliTable table;
        table.addColumn(QStringLiteral("method"), QString());
        table.addColumn(QStringLiteral("path"), QString());
        table.addColumn(QStringLiteral("body"), QString());
        for (const Request &r : requests)
            table.addRow({QString::fromLatin1(r.method), r.path, QString::fromUtf8(r.body)});
        table.write(out, CliGlobals::Format::Csv);
        return;
    }
    out << CliTr::tr("Dry run: nothing is sent.") << '\n';
    for (const Request &r : requests)
        out << '\n'
            << QString::fromLatin1(r.method) << ' ' << r.path << '\n'
            << QString::fromUtf8(r.body) << '\n';
}

} // namespace CliRequestPrinter

} // namespace wsc
