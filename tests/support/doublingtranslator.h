#pragma once

#include <QString>
#include <QTranslator>

namespace wsc {

/** A pseudo-translation that doubles every text, to see that layouts fit a longer language. */
class DoublingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        const QString text = QString::fromUtf8(source);
        return text + QLatin1Char(' ') + text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace wsc
