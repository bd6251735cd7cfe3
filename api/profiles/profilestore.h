#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QSettings;

namespace wsc {

class SecretStore;

/**
 * The connection profiles of the console (and later wsctl): their plain settings in QSettings
 * under "profiles/<id>/", their secrets in the SecretStore under "<id>/<field>", never the other
 * way round. Keeps which profile is active, and makes the Sandbox profile the default on the
 * first run. No Widgets: usable by the GUI and the command line.
 */
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    /** The fixed id of the Sandbox profile. */
    static QString sandboxId() { return QStringLiteral("sandbox"); }

    /** Every profile, without secrets, the Sandbox first, then by name. */
    QList<Profile> profiles() const;
    /** The profile @p id without secrets; invalid (empty id) when unknown. */
    Profile profile(const QString &id) const;
    bool contains(const QString &id) const;
    /** The id of a profile named @p name (case-insensitively), empty when none. */
    QString idForName(const QString &name) const;

    /**
     * Stores @p profile: plain fields in settings at once, secrets in the keychain (async;
     * @p done is called when they are written). Assigns an id when it has none; returns it.
     * Empty secrets remove the stored ones.
     */
    QString save(const Profile &profile,
                 std::function<void(bool ok, const QString &error)> done = {});
    /** Removes the profile, its settings and its secrets. The Sandbox cannot be removed. */
    bool remove(const QString &id);
    /**
     * Remembers the pace a session of profile @p id settled at (requests per second; 0
     * forgets it), so the next session starts there. Only that setting is written.
     */
    void rememberLearnedRate(const QString &id, double rate);

    /** Reads the profile with its secrets from the keychain; @p done gets it (or an error). */
    void loadWithSecrets(const QString &id, QObject *context,
                         std::function<void(const Profile &profile, const QString &error)> done);

    /** Findings of Profile::check() plus the store's own: "name.duplicate". */
    Findings check(const Profile &profile) const;

    /** The active profile's id (the Sandbox when none was chosen or it was removed). */
    QString activeId() const;
    void setActiveId(const QString &id);

    /** Adds the Sandbox profile on the first run (and makes it active); true when it did. */
    bool ensureSandbox();

    /**
     * A profile prefilled from the HUAWEICLOUD_SDK_* variables (ConnectionConfig::
     * applyEnvironment); @p used gets the variables that were read. Not saved.
     */
    static Profile fromEnvironment(const QProcessEnvironment &environment,
                                   QStringList *used = nullptr);

    SecretStore *secrets() const { return m_secrets; }

signals:
    void profilesChanged();
    void activeChanged(const QString &id);

private:
    static QString secretKey(const QString &id, const QString &field);
    /** Writes the settings and keeps the file 0600. */
    void syncPrivately();

    QSettings *m_settings;
    SecretStore *m_secrets;
};

} // namespace wsc
