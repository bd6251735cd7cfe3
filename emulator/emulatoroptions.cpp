#include "emulatoroptions.h"

namespace wsemu {

QList<AccessCredential> EmulatorOptions::credentials() const
{
    QList<AccessCredential> list{AccessCredential{accessKey, secretKey, QString()}};
    if (!tempAccessKey.isEmpty())
        list.append(AccessCredential{tempAccessKey, tempSecretKey, securityToken});
    return list;
}

} // namespace wsemu
