#pragma once

#include "cliglobals.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTextStream;

namespace wsc {

/**
 * The dry run of the day-2 commands that send plain requests (rename, maintenance mode, tags,
 * disks): each request's method, path and exact body; nothing is sent.
 */
namespace CliRequestPrinter {

/** One request as it would be sent. */
struct Request
{
    QByteArray method;
    QString path;
    QByteArray body;
};

void print(QTextStream &out, CliGlobals::Format format, const QList<Request> &requests);

} // namespace CliRequestPrinter

} // namespace wsc
