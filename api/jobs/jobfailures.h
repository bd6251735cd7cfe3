#pragma once

#include "batchitem.h"
#include "batchkind.h"

#include "api/http/errorcatalog.h"

#include <QString>

namespace wsc {

/**
 * Words for people about a desktop of a batch that failed: a refused or lost request goes
 * through ErrorCatalog; a sub-job that the service ran and failed (no HTTP error, only the
 * job's error_code and fail_reason) gets a cause and fix of its own, in the UI language.
 */
namespace JobFailures {

/** The cause and fix of @p item's failure or refusal; empty cause when neither. */
ErrorCatalog::Explanation explain(const BatchItem &item, BatchKind kind);
/** "cause fix" plus the service's reason, the error code and the request id, one paragraph. */
QString describe(const BatchItem &item, BatchKind kind);
/** The details a person copies for support: batch, row, line, ids, code, message, request id. */
QString details(const QString &batchId, const BatchItem &item, BatchKind kind);

} // namespace JobFailures

} // namespace wsc
