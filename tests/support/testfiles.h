#pragma once

// Header-only, so that a test of any layer can include it as "support/testfiles.h" without
// linking wsc_testsupport.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

/**
 * Writes @p bytes, exactly, to the file @p name in @p dir (replacing it) and returns its path;
 * stops the test run when it cannot, since every check after it would be about nothing.
 */
inline QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}
