#include "clitable.h"

#include "clitr.h"

#include "models/csv/csvwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <algorithm>

namespace wsc {

namespace {

/** Terminal width of @p s: CJK characters take two columns. */
int displayWidth(const QString &s)
{
    int width = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                          || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                          || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString &s, int width)
{
    return s + QString(qMax(0, width - displayWidth(s)), QLatin1Char(' '));
}

} // namespace

void CliTable::addColumn(const QString &key, const QString &title)
{
    m_keys << key;
    m_titles << title;
}

void CliTable::addRow(const QVariantList &values)
{
    m_rows << values;
}

QString CliTable::text(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(' '));
    return value.toString();
}

QString CliTable::toText() const
{
    QList<int> widths;
    for (const QString &t : m_titles)
        widths << displayWidth(t);
    QList<QStringList> cells;
    for (const QVariantList &row : m_rows) {
        QStringList line;
        for (int c = 0; c < m_keys.size(); ++c) {
            const QVariant value = row.value(c);
            // Text is for people, in their language; JSON and CSV keep true/false for scripts.
            QString cell = value.typeId() == QMetaType::Bool
                                   ? (value.toBool() ? CliTr::tr("yes") : CliTr::tr("no"))
                                   : text(value);
            // One line per row: line breaks in a service message would break the columns.
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            widths[c] = std::max(widths[c], displayWidth(cell));
            line << cell;
        }
        cells << line;
    }
    QString out;
    const auto writeLine = [&](const QStringList &fields) {
        QString line;
        for (int c = 0; c < fields.size(); ++c)
            line += c + 1 < fields.size() ? pad(fields.at(c), widths.at(c) + 2) : fields.at(c);
        out += line + QLatin1Char('\n');
    };
    QStringList titles;
    for (const QString &t : m_titles)
        titles << t.toUpper();
    writeLine(titles);
    for (const QStringList &line : std::as_const(cells))
        writeLine(line);
    return out;
}

QJsonArray CliTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList &row : m_rows) {
        QJsonObject o;
        for (int c = 0; c < m_keys.size(); ++c) {
            const QVariant v = row.value(c);
            o.insert(m_keys.at(c), v.isValid() ? QJsonValue::fromVariant(v) : QJsonValue());
        }
        array.append(o);
    }
    return array;
}

QString CliTable::toCsv() const
{
    QString out = m_keys.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : m_rows) {
        QStringList fields;
        for (int c = 0; c < m_keys.size(); ++c)
            fields << CsvWriter::field(text(row.value(c)));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

void CliTable::write(QTextStream &out, CliGlobals::Format format, const QString &emptyText) const
{
    switch (format) {
    case CliGlobals::Format::Json:
        out << QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        break;
    case CliGlobals::Format::Csv:
        out << toCsv();
        break;
    case CliGlobals::Format::Text:
        if (m_rows.isEmpty() && !emptyText.isEmpty())
            out << emptyText << '\n';
        else
            out << toText();
        break;
    }
    out.flush();
}

} // namespace wsc
