#pragma once

#include "batchitem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * The results export of a batch: one CSV line per desktop (UTF-8 with a BOM, so that Excel
 * reads Chinese names) with stable English snake_case columns that scripts rely on.
 */
namespace BatchExport {

/** The header names, never translated. */
QStringList columns();
/** Header plus one line per desktop, CRLF, without the BOM. */
QString text(const QList<BatchItem> &items);
/** Writes text() with a BOM to @p path atomically; false with a translated @p error. */
bool write(const QList<BatchItem> &items, const QString &path, QString *error);

} // namespace BatchExport

} // namespace wsc
