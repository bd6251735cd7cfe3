#include "csvcolumnmatcher.h"

#include "models/i18n/modelstr.h"

#include <algorithm>

namespace wsc {

void CsvColumnMatcher::addField(const QString &name, const QStringList &aliases)
{
    m_fields.append({name, aliases});
    m_byAlias.insert(normalize(name), name);
    for (const QString &alias : aliases)
        m_byAlias.insert(normalize(alias), name);
}

QStringList CsvColumnMatcher::fieldNames() const
{
    QStringList names;
    names.reserve(m_fields.size());
    for (const Field &field : m_fields)
        names.append(field.name);
    return names;
}

bool CsvColumnMatcher::hasField(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return true;
    }
    return false;
}

QString CsvColumnMatcher::match(const QString &header) const
{
    return m_byAlias.value(normalize(header));
}

QStringList CsvColumnMatcher::mapHeader(const QStringList &header, int headerLine,
                                        CsvIssues *issues) const
{
    QStringList mapping;
    mapping.reserve(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &cell = header.at(i);
        QString field = match(cell);
        if (field.isEmpty()) {
            if (issues && !cell.trimmed().isEmpty()) {
                issues->append({headerLine, QString(), QStringLiteral("csv.unknown_column"),
                                Severity::Warning,
                                ModelsTr::tr("Column %1 (“%2”) is not a known column; it is "
                                             "ignored.")
                                        .arg(i + 1)
                                        .arg(cell)});
            }
        } else if (mapping.contains(field)) {
            if (issues) {
                issues->append({headerLine, field, QStringLiteral("csv.duplicate_column"),
                                Severity::Warning,
                                ModelsTr::tr("Column %1 (“%2”) is a second %3 column; only the "
                                             "first one is read.")
                                        .arg(i + 1)
                                        .arg(cell, field)});
            }
            field.clear();
        }
        mapping.append(field);
    }
    return mapping;
}

bool CsvColumnMatcher::mapsAny(const QStringList &mapping)
{
    return std::any_of(mapping.cbegin(), mapping.cend(),
                       [](const QString &field) { return !field.isEmpty(); });
}

QString CsvColumnMatcher::normalize(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('*')
            || c.unicode() == 0xFEFF || c.unicode() == 0xFF0A /* full-width * */) {
            continue;
        }
        out.append(c.toLower());
    }
    return out;
}

CsvColumnMatcher CsvColumnMatcher::userImport()
{
    CsvColumnMatcher m;
    m.addField(QStringLiteral("user_name"), {QStringLiteral("username"), QStringLiteral("user"),
                                             QStringLiteral("用户名"), QStringLiteral("用户")});
    m.addField(QStringLiteral("user_email"),
               {QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("mail"),
                QStringLiteral("邮箱"), QStringLiteral("电子邮箱"), QStringLiteral("邮件"),
                QStringLiteral("用户邮箱")});
    m.addField(QStringLiteral("user_phone"),
               {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("手机"),
                QStringLiteral("手机号"), QStringLiteral("手机号码"), QStringLiteral("电话"),
                QStringLiteral("用户手机")});
    m.addField(QStringLiteral("user_group"), {QStringLiteral("group"), QStringLiteral("用户组")});
    m.addField(QStringLiteral("computer_name"),
               {QStringLiteral("computer"), QStringLiteral("计算机名"), QStringLiteral("桌面名"),
                QStringLiteral("桌面名称"), QStringLiteral("计算机名称")});
    m.addField(QStringLiteral("desktop_name_prefix"),
               {QStringLiteral("prefix"), QStringLiteral("桌面名前缀")});
    return m;
}

CsvColumnMatcher CsvColumnMatcher::assignment()
{
    CsvColumnMatcher m;
    m.addField(QStringLiteral("desktop_id"), {QStringLiteral("desktop"), QStringLiteral("id"),
                                              QStringLiteral("桌面id"), QStringLiteral("桌面")});
    m.addField(QStringLiteral("computer_name"),
               {QStringLiteral("computer"), QStringLiteral("计算机名"), QStringLiteral("桌面名"),
                QStringLiteral("桌面名称"), QStringLiteral("计算机名称")});
    m.addField(QStringLiteral("user_name"), {QStringLiteral("username"), QStringLiteral("user"),
                                             QStringLiteral("用户名"), QStringLiteral("用户")});
    m.addField(QStringLiteral("user_group"), {QStringLiteral("group"), QStringLiteral("用户组")});
    m.addField(QStringLiteral("user_email"),
               {QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("mail"),
                QStringLiteral("邮箱"), QStringLiteral("电子邮箱"), QStringLiteral("邮件"),
                QStringLiteral("用户邮箱")});
    m.addField(QStringLiteral("new_computer_name"),
               {QStringLiteral("new computer name"), QStringLiteral("new computer"),
                QStringLiteral("新计算机名"), QStringLiteral("新桌面名"),
                QStringLiteral("新计算机名称")});
    m.addField(QStringLiteral("is_clear_data"),
               {QStringLiteral("clear data"), QStringLiteral("clear"), QStringLiteral("清除数据"),
                QStringLiteral("是否清除数据"), QStringLiteral("清理数据")});
    return m;
}

} // namespace wsc
