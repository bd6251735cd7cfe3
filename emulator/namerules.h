#pragma once

#include <QString>
#include <QStringList>

namespace wsemu {

// Sources: the seed pages, workspace-api.md §1.2, §1.3, §1.8 and §5.
/** The documented name rules; each returns "" when valid, else the reason for error_msg. */
namespace NameRules {

/** CreateDesktop computer_name: 1-15, letters, Chinese, digits, '-'; a Chinese char counts 2. */
QString createComputerName(const QString &name);
/** AttachInstances computer_name: 1-15, letters, digits, '-', '_'; starts with a letter. */
QString attachComputerName(const QString &name);
/** desktops[].user_name of CreateDesktop for the domain type and the product's OS. */
QString createUserName(const QString &name, const QString &domainType, const QString &osType);
/** Flat user_name of AttachInstances (LOCAL_AD allows up to 32 on Linux). */
QString attachUserName(const QString &name, const QString &domainType, const QString &osType);
/** attach_user_infos[].user_name of a USER (LOCAL_AD allows up to 64 on Linux). */
QString attachInfoUserName(const QString &name, const QString &domainType, const QString &osType);
/** attach_user_infos[].user_name of a GROUP: Chinese, letters, digits, '-', '_'. */
QString groupName(const QString &name);
/** POST /users user_name (OAS pattern, at most 32). */
QString directoryUserName(const QString &name);
QString email(const QString &address);
QString tagKey(const QString &key);
QString tagValue(const QString &value);
/** desktop_name (size=1), its prefix (size>1) or desktop_name_prefix: the computer-name rule. */
QString desktopName(const QString &name, int maxLength, bool isPrefix);

/** The user_group values a desktop of the OS accepts (Linux: sudo, default; else Windows'). */
QStringList userGroups(const QString &osType);

/** Length with CJK characters counted twice, as the computer-name rule counts them. */
int weightedLength(const QString &text);

} // namespace NameRules

} // namespace wsemu
