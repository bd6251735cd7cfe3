#include "appsettings.h"

#include <QSettings>

namespace wsc {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SizeGroup = QStringLiteral("window/sizes/");
const QString SplitterGroup = QStringLiteral("window/splitters/");
const QString HeaderGroup = QStringLiteral("window/headers/");
const QString AutoRefreshKey = QStringLiteral("desktops/auto_refresh_seconds");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(this))
{}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(fileName, QSettings::IniFormat, this))
{}

AppSettings::~AppSettings()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

QSize AppSettings::windowSize(const QString &name) const
{
    return m_settings->value(SizeGroup + name).toSize();
}

void AppSettings::setWindowSize(const QString &name, const QSize &size)
{
    m_settings->setValue(SizeGroup + name, size);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings->value(SplitterGroup + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(SplitterGroup + name, state);
}

QByteArray AppSettings::headerState(const QString &name) const
{
    return m_settings->value(HeaderGroup + name).toByteArray();
}

void AppSettings::setHeaderState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(HeaderGroup + name, state);
}

int AppSettings::autoRefreshSeconds() const
{
    return qBound(2, m_settings->value(AutoRefreshKey, 5).toInt(), 3600);
}

void AppSettings::setAutoRefreshSeconds(int seconds)
{
    m_settings->setValue(AutoRefreshKey, seconds);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace wsc
