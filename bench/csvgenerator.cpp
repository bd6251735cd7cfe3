#include "csvgenerator.h"

#include <QStringEncoder>

namespace CsvGenerator {

QByteArray generate(int rows, const QString &encoding)
{
    static const QString groups[] = {QStringLiteral("users"), QStringLiteral("administrators")};
    QString text;
    text.reserve(rows * 72 + 64);
    text += QStringLiteral("用户名,邮箱,手机号码,用户组,计算机名,备注\r\n");
    for (int i = 0; i < rows; ++i) {
        const QString n = QString::number(i);
        text += QStringLiteral("user") + n;
        text += QStringLiteral(",user") + n + QStringLiteral("@example.com");
        text += QStringLiteral(",+86138") + n.rightJustified(8, u'0');
        text += u',' + groups[i % 2];
        // A third of the computer names are Chinese (they count double towards the 15 limit).
        text += i % 3 == 0 ? QStringLiteral(",研发") + n : QStringLiteral(",PC-") + n;
        // Every 10th row has a quoted note with a comma in it.
        text += i % 10 == 0 ? QStringLiteral(",\"Dept. A, floor 3\"") : QStringLiteral(",");
        text += QStringLiteral("\r\n");
    }
    if (encoding == QLatin1String("GB18030")) {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace CsvGenerator
