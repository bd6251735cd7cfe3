#pragma once

#include <QByteArrayView>

/**
 * The bodies of the fuzz targets, shared by the libFuzzer executables (clang builds) and the
 * corpus replay test (every build), so that CI runs the same checks over the committed corpus.
 * Each one feeds arbitrary bytes to a reader of untrusted input and checks properties that must
 * hold for any input; a broken property ends the process with qFatal (a crash for libFuzzer).
 */
namespace FuzzTargets {

/**
 * CsvReader::read over @p bytes with encoding and delimiter detection, then the rest of the
 * user import (UserImport::fromTable). Checks: the streaming read equals the collecting one,
 * reading again with the detected encoding and delimiter forced gives the same table, record
 * lines grow and follow the header, and every record becomes exactly one row on its line.
 */
void csvReader(QByteArrayView bytes);

/**
 * The JSON readers of the API: CreateDesktopRequest/AttachRequest::fromJson (checked to be a
 * fixed point after one toJson round trip), every response type's fromJson on the document and
 * on each value one and two levels down, BatchPlan::fromJson (a journal read back), and
 * ApiError::fromHttp on the raw bytes (which need not be JSON at all).
 */
void jsonReaders(QByteArrayView bytes);

} // namespace FuzzTargets
