#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/** Names people know the disk types by ("High I/O (SAS)"), for the wizard's disk fields. */

namespace wsc {

class CreateRequestModel;

class VolumeTypes
{
    Q_DECLARE_TR_FUNCTIONS(VolumeTypes)
public:
    /**
     * The types a disk of @p request may have, in the order offered: the region's (from
     * ListVolumeProductInfo) once read, else the documented ones.
     */
    static QStringList types(const CreateRequestModel *request);
    /** The translated name of @p type with the API value, e.g. "Ultra-high I/O (SSD)". */
    static QString displayName(const QString &type);
};

} // namespace wsc
