#pragma once

#include <QByteArray>
#include <QObject>
#include <QSize>
#include <QString>

class QSettings;

namespace wsc {

/**
 * The console's settings, every key in one place: UI language, window geometry and state,
 * splitter and table layouts, refresh interval; and the QSettings that ProfileStore keeps the
 * profiles in. Never a secret (ProfileStore sends those to the keychain).
 */
class AppSettings : public QObject
{
    Q_OBJECT
public:
    /** The console's settings file (organisation/application names of the QApplication). */
    explicit AppSettings(QObject *parent = nullptr);
    /** Settings in @p fileName (INI format), e.g. for tests. */
    explicit AppSettings(const QString &fileName, QObject *parent = nullptr);
    ~AppSettings() override;

    QSettings *settings() const { return m_settings; }
    QString fileName() const;

    /** The chosen UI language code, empty when never chosen (the system's is used). */
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /** The size the user last gave a dialog or wizard, by name ("createWizard"); invalid if none.
     */
    QSize windowSize(const QString &name) const;
    void setWindowSize(const QString &name, const QSize &size);
    /** A splitter's sizes by name ("desktops"). */
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    /** A table header's layout (order, widths, sort) by name ("desktops", "users"). */
    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);

    /** Seconds between refreshes of the desktops while jobs run (default 5). */
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    void sync();

private:
    QSettings *m_settings;
};

} // namespace wsc
