#pragma once

#include <QByteArray>
#include <QString>

/** The user CSV files the benchmarks import: what Excel on Chinese Windows writes. */
namespace CsvGenerator {

/**
 * @p rows data rows under the Chinese header 用户名,邮箱,手机号码,用户组,计算机名,备注, CRLF,
 * a third of the computer names in Chinese, every tenth row with a quoted note containing a
 * comma, ~70 bytes per row. @p encoding "GB18030" gives GB18030 bytes, anything else UTF-8
 * with a BOM.
 */
QByteArray generate(int rows, const QString &encoding);

} // namespace CsvGenerator
