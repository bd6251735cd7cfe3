#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/** Names people know the disk types by ("High I/O (SAS)"), for the wizard's disk fields. */
class VolumeTypes
{
    Q_DECLARE_TR_FUNCTIONS(VolumeTypes)
public:
    /** The API's types in the order they are offered. */
    static QStringList types();
    /** The translated name of @p type with the API value, e.g. "Ultra-high I/O (SSD)". */
    static QString displayName(const QString &type);
};
