#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace wsc {

/** Installs the console's and Qt's own translations and switches them at run time. */
class Translator : public QObject
{
    Q_OBJECT
public:
    explicit Translator(QObject *parent = nullptr);
    ~Translator() override;

    /** Language codes the console ships: "en" and "zh_CN". */
    static QStringList availableLanguages();
    /** The shipped language closest to the system locale ("zh_CN" for any Chinese locale). */
    static QString systemLanguage();
    /** Maps a user spelling ("zh", "zh-CN", "zh_CN.UTF-8", "cn", "en_US") to a shipped code. */
    static QString normalize(const QString &language);
    /** The language's own name, e.g. "English", "中文", for menus. */
    static QString nativeName(const QString &language);

    /**
     * Installs the translators for @p language. QCoreApplication then sends
     * QEvent::LanguageChange to every widget, so open windows retranslate.
     * Returns false when the language is not shipped.
     */
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &language);

private:
    void removeInstalled();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_language;
};

} // namespace wsc
