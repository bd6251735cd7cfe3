#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wsc {

namespace PrivateFiles {

namespace {

bool isShared(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (clean == QDir::rootPath() || clean == QDir::cleanPath(QDir::homePath())
        || clean == QDir::cleanPath(QDir::tempPath()))
        return true;
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation}) {
        if (clean == QDir::cleanPath(QStandardPaths::writableLocation(location)))
            return true;
    }
    struct stat st;
    // A sticky folder (/tmp, /var/tmp) is shared by design; one owned by someone else is not ours.
    const QByteArray native = QFile::encodeName(clean);
    return ::stat(native.constData(), &st) != 0 || (st.st_mode & S_ISVTX) != 0
           || st.st_uid != ::geteuid();
}

} // namespace

bool makeDir(const QString &path, bool tightenExisting)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(clean).isDir()) {
        if (tightenExisting && !isShared(clean))
            ::chmod(QFile::encodeName(clean).constData(), 0700);
        return true;
    }
    // Missing parents first, each created 0700 (mkdir's mode, before the umask, which only
    // takes bits away).
    const QString parent = QFileInfo(clean).path();
    if (parent != clean && !QFileInfo(parent).isDir() && !makeDir(parent, false))
        return false;
    const QByteArray native = QFile::encodeName(clean);
    if (::mkdir(native.constData(), 0700) != 0 && !QFileInfo(clean).isDir())
        return false;
    return true;
}

bool makeFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok;
}

bool tightenFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0)
        return true;
    if ((st.st_mode & 07777) == 0600)
        return true;
    return ::chmod(native.constData(), 0600) == 0;
}

int mode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace PrivateFiles

} // namespace wsc
