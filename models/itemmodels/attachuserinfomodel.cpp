#include "attachuserinfomodel.h"

#include "models/i18n/glossary.h"
#include "models/i18n/modelstr.h"
#include "models/rules/attachrules.h"
#include "models/rules/findingseverity.h"

#include <QSet>

#include <algorithm>

namespace wsc {

namespace {

bool isGroup(const AttachUserInfo &info)
{
    return info.type == QLatin1String("GROUP");
}

int columnOf(const QString &path)
{
    if (path == QLatin1String("type"))
        return AttachUserInfoModel::TypeColumn;
    if (path == QLatin1String("user_id"))
        return AttachUserInfoModel::IdColumn;
    if (path == QLatin1String("user_group"))
        return AttachUserInfoModel::GroupColumn;
    return AttachUserInfoModel::NameColumn;
}

} // namespace

AttachUserInfoModel::AttachUserInfoModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AttachUserInfoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_infos.size());
}

int AttachUserInfoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Findings AttachUserInfoModel::cellFindings(int row, int column) const
{
    Findings out;
    for (const Finding &f : m_rowFindings.value(row)) {
        if (columnOf(f.path) == column)
            out.append(f);
    }
    return out;
}

QVariant AttachUserInfoModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachUserInfo &info = m_infos.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TypeColumn)
            return Glossary::assigneeType(isGroup(info) ? QStringLiteral("GROUP")
                                                        : QStringLiteral("USER"));
        Q_FALLTHROUGH();
    case Qt::EditRole:
        switch (index.column()) {
        case TypeColumn:
            return isGroup(info) ? QStringLiteral("GROUP") : QStringLiteral("USER");
        case NameColumn:
            return info.userName;
        case IdColumn:
            return info.userId;
        case GroupColumn:
            return info.userGroup;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Finding &f : cellFindings(index.row(), index.column()))
            lines.append(f.message);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case SeverityRole: {
        int s = 0;
        for (const Finding &f : cellFindings(index.row(), index.column()))
            s = std::max(s, f.isError() ? 2 : 1);
        return s;
    }
    case IssueCodesRole:
        return FindingSeverity::codes(cellFindings(index.row(), index.column()));
    case AllowedGroupsRole:
        return AttachRules::userGroups(m_context.os);
    }
    return {};
}

bool AttachUserInfoModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    AttachUserInfo &info = m_infos[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TypeColumn: {
        const QString type = text.toUpper();
        if (type != QLatin1String("USER") && type != QLatin1String("GROUP"))
            return false;
        info.type = type;
        break;
    }
    case NameColumn:
        info.userName = text;
        if (!isGroup(info)) {
            const auto found = m_directory.constFind(text.toCaseFolded());
            info.userId = found != m_directory.constEnd() ? found->id : QString();
        }
        break;
    case IdColumn:
        info.userId = text;
        break;
    case GroupColumn:
        info.userGroup = text;
        break;
    default:
        return false;
    }
    revalidate();
    return true;
}

QVariant AttachUserInfoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return ModelsTr::tr("Type");
    case NameColumn:
        return ModelsTr::tr("Name");
    case IdColumn:
        return ModelsTr::tr("ID");
    case GroupColumn:
        return ModelsTr::tr("User group");
    }
    return {};
}

Qt::ItemFlags AttachUserInfoModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool AttachUserInfoModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_infos.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_infos.remove(row, count);
    m_rowFindings.remove(row, count);
    endRemoveRows();
    revalidate();
    return true;
}

void AttachUserInfoModel::setContext(const ValidationContext &context, const QString &computerName)
{
    m_context = context;
    m_computerName = computerName;
    revalidate();
}

void AttachUserInfoModel::setDirectory(const QList<DirectoryUser> &users)
{
    m_directory.clear();
    for (const DirectoryUser &u : users)
        m_directory.insert(u.userName.toCaseFolded(), u);
    m_directoryLoaded = true;
    revalidate();
}

void AttachUserInfoModel::setInfos(const QList<AttachUserInfo> &infos)
{
    beginResetModel();
    m_infos = infos;
    for (AttachUserInfo &info : m_infos) {
        if (info.type.isEmpty())
            info.type = QStringLiteral("USER");
        if (!isGroup(info) && info.userId.isEmpty()) {
            const auto found = m_directory.constFind(info.userName.toCaseFolded());
            if (found != m_directory.constEnd())
                info.userId = found->id;
        }
    }
    m_rowFindings = QList<Findings>(m_infos.size());
    endResetModel();
    revalidate();
}

QString AttachUserInfoModel::defaultGroup() const
{
    return AttachRules::defaultUserGroup(m_context.os);
}

int AttachUserInfoModel::append(const AttachUserInfo &info)
{
    const int row = int(m_infos.size());
    beginInsertRows({}, row, row);
    m_infos.append(info);
    m_rowFindings.append(Findings());
    endInsertRows();
    revalidate();
    return row;
}

int AttachUserInfoModel::addUser(const QString &userName, const QString &userGroup)
{
    AttachUserInfo info;
    info.type = QStringLiteral("USER");
    info.userName = userName.trimmed();
    info.userGroup = userGroup.isEmpty() ? defaultGroup() : userGroup;
    const auto found = m_directory.constFind(info.userName.toCaseFolded());
    if (found != m_directory.constEnd())
        info.userId = found->id;
    return append(info);
}

int AttachUserInfoModel::addGroup(const QString &groupName, const QString &groupId,
                                  const QString &userGroup)
{
    AttachUserInfo info;
    info.type = QStringLiteral("GROUP");
    info.userName = groupName.trimmed();
    info.userId = groupId.trimmed();
    info.userGroup = userGroup.isEmpty() ? defaultGroup() : userGroup;
    return append(info);
}

void AttachUserInfoModel::revalidate()
{
    m_rowFindings = QList<Findings>(m_infos.size());
    m_listFindings.clear();
    if (m_infos.size() > MaxEntries) {
        m_listFindings.append(
                {QString(), QStringLiteral("attach_user_infos.too_many"), Severity::Error,
                 ModelsTr::tr("At most %1 users and groups can share one desktop (there are %2).")
                         .arg(MaxEntries)
                         .arg(m_infos.size())});
    }
    QHash<QString, int> seen;
    for (int i = 0; i < m_infos.size(); ++i) {
        const AttachUserInfo &info = m_infos.at(i);
        Findings &out = m_rowFindings[i];
        AttachRules::checkUserInfo(info, QString(), m_context, out);
        const bool group = isGroup(info);
        if (!group && !info.userName.isEmpty()
            && info.userName.compare(m_computerName, Qt::CaseInsensitive) == 0) {
            out.append({QStringLiteral("user_name"),
                        QStringLiteral("user_name.same_as_computer_name"), Severity::Error,
                        ModelsTr::tr("User name “%1” must differ from the computer name.")
                                .arg(info.userName)});
        }
        if (!group && m_directoryLoaded && !info.userName.isEmpty()
            && !m_directory.contains(info.userName.toCaseFolded())) {
            out.append({QStringLiteral("user_name"), QStringLiteral("assign.user_missing"),
                        Severity::Warning,
                        ModelsTr::tr("“%1” is not in the directory yet; create the user before "
                                     "assigning.")
                                .arg(info.userName)});
        }
        if (info.userName.isEmpty())
            continue;
        const QString key = (group ? QStringLiteral("G:") : QStringLiteral("U:"))
                            + info.userName.toCaseFolded();
        const auto found = seen.constFind(key);
        if (found == seen.constEnd()) {
            seen.insert(key, i);
        } else {
            out.append({QStringLiteral("user_name"), QStringLiteral("attach_user_infos.duplicate"),
                        Severity::Error,
                        ModelsTr::tr("“%1” is listed twice (also entry %2).")
                                .arg(info.userName)
                                .arg(found.value() + 1)});
        }
    }
    if (!m_infos.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_infos.size()) - 1, ColumnCount - 1));
    emit findingsChanged();
}

Findings AttachUserInfoModel::findings() const
{
    Findings out = m_listFindings;
    for (int i = 0; i < m_rowFindings.size(); ++i) {
        for (Finding f : m_rowFindings.at(i)) {
            const QString base = QStringLiteral("attach_user_infos[%1]").arg(i);
            f.path = f.path.isEmpty() ? base : base + QLatin1Char('.') + f.path;
            out.append(f);
        }
    }
    return out;
}

bool AttachUserInfoModel::hasErrors() const
{
    return wsc::hasErrors(findings());
}

int AttachUserInfoModel::userCount() const
{
    return int(std::count_if(m_infos.cbegin(), m_infos.cend(),
                             [](const AttachUserInfo &i) { return !isGroup(i); }));
}

int AttachUserInfoModel::groupCount() const
{
    return int(std::count_if(m_infos.cbegin(), m_infos.cend(), isGroup));
}

} // namespace wsc
