#pragma once

#include <QString>
#include <QStringList>

namespace wsc {

/** Writes RFC 4180 CSV: the one quoting rule of every export (jobs panel, wsctl tables). */
namespace CsvWriter {

/** @p value as one field: quoted, with inner quotes doubled, when it holds a separator, quote or
 * line break. */
QString field(const QString &value);
/** One record: the fields joined by commas, ended by CRLF. */
QString record(const QStringList &fields);

} // namespace CsvWriter

} // namespace wsc
