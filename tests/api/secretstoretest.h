#pragma once

// Shared by the secret store tests (tst_secretstore in memory, tst_keychain on a real keyring).

#include "api/profiles/secretstore.h"

#include <QObject>
#include <QString>
#include <QTest>

namespace wsc {

/** What the secret store tests do with a store. */
namespace SecretStoreTest {

/**
 * The value stored under @p key, waited for (a keychain answers later); @p found says whether
 * there was one. A read that does not answer within @p timeoutMs fails the test.
 */
inline QString read(SecretStore &store, const QString &key, bool *found, int timeoutMs = 5000)
{
    QString value;
    bool done = false;
    QObject context;
    store.read(key, &context, [&](bool f, const QString &v, const QString &) {
        *found = f;
        value = v;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs); }();
    return value;
}

} // namespace SecretStoreTest

} // namespace wsc
