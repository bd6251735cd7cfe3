#include "csvfilefacts.h"

#include "csvtable.h"

namespace wsc {

void CsvFileFacts::readFrom(const CsvTable &table)
{
    readable = true;
    cancelled = table.cancelled;
    encoding = table.encoding;
    hasBom = table.hasBom;
    delimiter = table.delimiter;
}

} // namespace wsc
