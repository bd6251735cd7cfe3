#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

#include <QJsonObject>

namespace wsemu {

// State and counters, raw desktops and jobs, run-time configuration (clock, keys, fault rates)
// and reset.
/** The test-only /_emulator/ routes (no auth, never faulted). */
class InspectionService
{
public:
    explicit InspectionService(const ServiceContext &context);

    /** Handles any /_emulator/ request; unknown ones get 404. */
    ApiResponse handle(const ApiRequest &request) const;

    QJsonObject state() const;
    QJsonObject config() const;
    /** Applies a config object; returns an empty string or the error. */
    QString configure(const QJsonObject &settings) const;
    void reset(bool empty) const;

private:
    ServiceContext m_context;
};

} // namespace wsemu
