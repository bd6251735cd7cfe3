#pragma once

#include <QString>

namespace wsemu {

/** An AK/SK pair the emulator accepts; temporary keys also need their X-Security-Token. */
struct AccessCredential
{
    QString accessKey;
    QString secretKey;
    QString securityToken; // empty for permanent keys
};

} // namespace wsemu
