#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace wsc {

Translator::Translator(QObject *parent)
    : QObject(parent)
{}

Translator::~Translator()
{
    removeInstalled();
}

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translator::systemLanguage()
{
    return normalize(QLocale::system().name());
}

QString Translator::normalize(const QString &language)
{
    const QString l = language.trimmed().toLower();
    if (l.startsWith(QLatin1String("zh")) || l == QLatin1String("cn"))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString Translator::nativeName(const QString &language)
{
    return normalize(language) == QLatin1String("zh_CN") ? QStringLiteral("中文")
                                                         : QStringLiteral("English");
}

void Translator::removeInstalled()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;
}

bool Translator::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    removeInstalled();
    // The English catalog only carries plural forms; it is loaded too so that
    // "%n desktop(s)" reads "1 desktop" / "3 desktops".
    if (m_appTranslator.load(QStringLiteral(":/i18n/wsconsole_%1.qm").arg(language)))
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    if (language != QLatin1String("en")
        && m_qtTranslator.load(QStringLiteral("qtbase_") + language,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
    QLocale::setDefault(
            QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    const bool changed = m_language != language;
    m_language = language;
    if (changed)
        emit languageChanged(language);
    return true;
}

} // namespace wsc
