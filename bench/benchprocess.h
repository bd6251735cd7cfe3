#pragma once

// Header-only: include from a GUI benchmark that links wsc_api (or a layer above).

#include "api/http/mallocpolicy.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QString>

/** The GUI benchmarks' process: started as the console starts; its memory as Linux counts it. */
namespace BenchProcess {

/**
 * Offscreen unless QT_QPA_PLATFORM says otherwise, and large blocks given back as the console's
 * main() does. Call first in main(), before QApplication.
 */
inline void prepareGui()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    wsc::MallocPolicy::returnLargeBlocksToSystem();
}

/** A field of /proc/self/status in MB (VmHWM, VmRSS), or -1 when unknown. */
inline double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpression re(QStringLiteral("^%1:\\s+(\\d+) kB").arg(QLatin1String(field)),
                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

/** Starts the peak of resident memory (VmHWM) afresh, Linux ≥ 4.0: an earlier phase's is not
 * counted. */
inline void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace BenchProcess
