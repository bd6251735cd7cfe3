#include "candidateusersmodel.h"

#include "models/i18n/modelstr.h"

#include <algorithm>

namespace wsc {

CandidateUsersModel::CandidateUsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CandidateUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int CandidateUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateUsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateUser &u = m_users.at(index.row());
    const int paired = m_paired.value(u.userName.toCaseFolded());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return u.userName;
        case EmailColumn:
            return u.userEmail;
        case SourceColumn:
            if (!u.inDirectory) {
                return m_directoryLoaded ? ModelsTr::tr("Not in directory")
                                         : ModelsTr::tr("Not checked yet");
            }
            switch (u.source) {
            case CandidateUser::Source::Directory:
                return ModelsTr::tr("Directory");
            case CandidateUser::Source::Typed:
                return ModelsTr::tr("Typed (in directory)");
            case CandidateUser::Source::Csv:
                return ModelsTr::tr("CSV line %1 (in directory)").arg(u.line);
            }
            break;
        case PairedColumn:
            return paired > 0 ? QVariant(paired) : QVariant(QString());
        }
        break;
    case Qt::ToolTipRole:
        if (!u.inDirectory && m_directoryLoaded) {
            return ModelsTr::tr("“%1” is not in the Workspace directory. Create the user before "
                                "assigning, or the service may refuse the desktop.")
                    .arg(u.userName);
        }
        return u.source == CandidateUser::Source::Csv ? ModelsTr::tr("From CSV line %1").arg(u.line)
                                                      : QVariant();
    case UserNameRole:
        return u.userName;
    case InDirectoryRole:
        return u.inDirectory;
    case PairedCountRole:
        return paired;
    case SeverityRole:
        return !u.inDirectory && m_directoryLoaded && index.column() == NameColumn ? 1 : 0;
    }
    return {};
}

QVariant CandidateUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return ModelsTr::tr("User name");
    case EmailColumn:
        return ModelsTr::tr("Email");
    case SourceColumn:
        return ModelsTr::tr("Source");
    case PairedColumn:
        return ModelsTr::tr("Desktops");
    }
    return {};
}

bool CandidateUsersModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_users.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_users.remove(row, count);
    rebuildIndex();
    endRemoveRows();
    return true;
}

void CandidateUsersModel::rebuildIndex()
{
    m_rowByName.clear();
    for (int i = 0; i < m_users.size(); ++i)
        m_rowByName.insert(m_users.at(i).userName.toCaseFolded(), i);
}

void CandidateUsersModel::setDirectoryUsers(const QList<DirectoryUser> &users)
{
    beginResetModel();
    m_directoryLoaded = true;
    m_directoryList = users;
    m_directory.clear();
    for (const DirectoryUser &u : users)
        m_directory.insert(u.userName.toCaseFolded(), u);
    // Directory entries are replaced; typed and CSV ones are kept and re-checked.
    QList<CandidateUser> kept;
    for (const CandidateUser &u : std::as_const(m_users)) {
        if (u.source != CandidateUser::Source::Directory)
            kept.append(u);
    }
    QList<CandidateUser> next;
    QHash<QString, int> seen;
    for (const DirectoryUser &u : users) {
        CandidateUser c;
        c.userName = u.userName;
        c.userId = u.id;
        c.userEmail = u.userEmail;
        c.inDirectory = true;
        seen.insert(u.userName.toCaseFolded(), int(next.size()));
        next.append(c);
    }
    for (CandidateUser c : std::as_const(kept)) {
        const QString key = c.userName.toCaseFolded();
        const auto found = m_directory.constFind(key);
        c.inDirectory = found != m_directory.constEnd();
        if (c.inDirectory)
            c.userId = found->id;
        const auto at = seen.constFind(key);
        if (at != seen.constEnd()) {
            // The CSV's group and email still matter for pairing; keep them on the entry.
            CandidateUser &existing = next[at.value()];
            existing.source = c.source;
            existing.line = c.line;
            if (!c.userEmail.isEmpty())
                existing.userEmail = c.userEmail;
            existing.userGroup = c.userGroup;
            continue;
        }
        seen.insert(key, int(next.size()));
        next.append(c);
    }
    m_users = next;
    rebuildIndex();
    endResetModel();
    emit directoryChanged();
}

void CandidateUsersModel::addDirectoryUsers(const QList<DirectoryUser> &users)
{
    QList<DirectoryUser> next = m_directoryList;
    for (const DirectoryUser &u : users) {
        const QString key = u.userName.toCaseFolded();
        const auto known = std::find_if(next.begin(), next.end(), [&key](const DirectoryUser &d) {
            return d.userName.toCaseFolded() == key;
        });
        if (known == next.end())
            next.append(u);
        else if (!u.id.isEmpty())
            *known = u;
    }
    setDirectoryUsers(next);
}

const DirectoryUser *CandidateUsersModel::directoryUser(const QString &name) const
{
    const auto found = m_directory.constFind(name.toCaseFolded());
    return found == m_directory.constEnd() ? nullptr : &found.value();
}

int CandidateUsersModel::addCandidate(const CandidateUser &user)
{
    CandidateUser c = user;
    const QString key = c.userName.toCaseFolded();
    const DirectoryUser *known = directoryUser(c.userName);
    c.inDirectory = known != nullptr;
    if (known)
        c.userId = known->id;
    const int existing = m_rowByName.value(key, -1);
    if (existing >= 0) {
        CandidateUser &target = m_users[existing];
        if (!c.userEmail.isEmpty())
            target.userEmail = c.userEmail;
        if (!c.userGroup.isEmpty())
            target.userGroup = c.userGroup;
        if (c.source == CandidateUser::Source::Csv) {
            target.source = c.source;
            target.line = c.line;
        }
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    const int row = int(m_users.size());
    beginInsertRows({}, row, row);
    m_users.append(c);
    m_rowByName.insert(key, row);
    endInsertRows();
    return row;
}

int CandidateUsersModel::rowOf(const QString &userName) const
{
    return m_rowByName.value(userName.toCaseFolded(), -1);
}

QStringList CandidateUsersModel::userNames() const
{
    QStringList names;
    names.reserve(m_users.size());
    for (const CandidateUser &u : m_users)
        names.append(u.userName);
    return names;
}

void CandidateUsersModel::setPairedCounts(const QHash<QString, int> &counts)
{
    if (counts == m_paired)
        return;
    m_paired = counts;
    if (!m_users.isEmpty())
        emit dataChanged(index(0, PairedColumn), index(int(m_users.size()) - 1, PairedColumn));
}

} // namespace wsc
