#include "assignmentmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/attachrules.h"
#include "models/rules/findingseverity.h"

#include <QSet>

#include <algorithm>

namespace wsc {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isOpen(const AssignmentRow &row)
{
    return row.state != AssignmentRow::State::Assigned
           && row.state != AssignmentRow::State::Sending;
}

} // namespace

AssignmentModel::AssignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssignmentModel::defaultGroup(const QString &osType)
{
    OsType os = OsType::Unknown;
    ValidationContext::parseOs(osType, &os);
    return AttachRules::defaultUserGroup(os);
}

QStringList AssignmentModel::allowedGroups(const QString &osType)
{
    OsType os = OsType::Unknown;
    ValidationContext::parseOs(osType, &os);
    return AttachRules::userGroups(os);
}

QString AssignmentModel::sharedSummary(const QList<AttachUserInfo> &infos)
{
    QStringList users;
    int groups = 0;
    for (const AttachUserInfo &info : infos) {
        if (info.type == QLatin1String("GROUP"))
            ++groups;
        else
            users.append(info.userName);
    }
    QString text;
    if (users.size() > 3) {
        text = ModelsTr::tr("%1 and %n more", nullptr, int(users.size()) - 2)
                       .arg(users.mid(0, 2).join(QStringLiteral(", ")));
    } else {
        text = users.join(QStringLiteral(", "));
    }
    if (groups > 0) {
        const QString g = ModelsTr::tr("%n group(s)", nullptr, groups);
        text = text.isEmpty() ? g : ModelsTr::tr("%1 + %2").arg(text, g);
    }
    return text;
}

int AssignmentModel::columnOfPath(const QString &path)
{
    if (path.isEmpty())
        return StatusColumn;
    const QString head = path.section(QLatin1Char('.'), 0, 0);
    if (head.startsWith(QLatin1String("attach_user_infos")) || head == QLatin1String("user_name")
        || head == QLatin1String("user_id"))
        return UserColumn;
    if (head == QLatin1String("user_group"))
        return GroupColumn;
    if (head == QLatin1String("user_email"))
        return EmailColumn;
    if (head == QLatin1String("computer_name"))
        return NewNameColumn;
    if (head == QLatin1String("is_clear_data"))
        return ClearDataColumn;
    if (head == QLatin1String("desktop_id"))
        return DesktopColumn;
    return StatusColumn;
}

Severity AssignmentModel::worst(const Findings &findings)
{
    Severity s = Severity::None;
    for (const Finding &f : findings) {
        if (f.isError())
            return Severity::Error;
        s = Severity::Warning;
    }
    return s;
}

Findings AssignmentModel::rowFindings(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_findings.value(row) + m_rows.at(row).serverFindings;
}

Findings AssignmentModel::cellFindings(int row, int column) const
{
    const Findings all = rowFindings(row);
    if (column == StatusColumn)
        return all;
    Findings out;
    for (const Finding &f : all) {
        if (columnOfPath(f.path) == column)
            out.append(f);
    }
    return out;
}

bool AssignmentModel::rowHasErrors(int row) const
{
    return row >= 0 && row < m_findings.size() && hasErrors(m_findings.at(row));
}

QString AssignmentModel::statusText(int row) const
{
    const AssignmentRow &r = m_rows.at(row);
    switch (r.state) {
    case AssignmentRow::State::Sending:
        return r.stateDetail.isEmpty() ? ModelsTr::tr("Sending…") : r.stateDetail;
    case AssignmentRow::State::Assigned:
        return r.stateDetail.isEmpty() ? ModelsTr::tr("Assigned")
                                       : ModelsTr::tr("Assigned (%1)").arg(r.stateDetail);
    case AssignmentRow::State::Editing:
    case AssignmentRow::State::Failed:
    case AssignmentRow::State::Blocked:
        break;
    }
    const Findings &rules = m_findings.at(row);
    for (const Finding &f : rules) {
        if (f.isError())
            return f.message;
    }
    if (!r.serverFindings.isEmpty())
        return r.serverFindings.first().message;
    if (!r.isPaired())
        return ModelsTr::tr("No user yet");
    if (!rules.isEmpty())
        return rules.first().message;
    return ModelsTr::tr("Ready");
}

QVariant AssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const AssignmentRow &r = m_rows.at(row);
    const bool infos = !r.sharedUsers.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case DesktopColumn:
            return r.desktop.computerName;
        case UserColumn:
            if (infos && role == Qt::DisplayRole)
                return sharedSummary(r.sharedUsers);
            return r.userName;
        case GroupColumn:
            if (infos && role == Qt::DisplayRole)
                return ModelsTr::tr("(per user)");
            return r.userGroup;
        case EmailColumn:
            return r.userEmail;
        case NewNameColumn:
            return r.newComputerName;
        case ClearDataColumn:
            return role == Qt::EditRole ? QVariant(r.isClearData.value_or(true)) : QVariant();
        case StatusColumn:
            return statusText(row);
        }
        break;
    case Qt::CheckStateRole:
        if (column == ClearDataColumn)
            return r.isClearData.value_or(true) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (column == DesktopColumn) {
            lines << ModelsTr::tr("ID: %1").arg(r.desktop.desktopId)
                  << ModelsTr::tr("IP: %1").arg(r.desktop.ipAddresses.join(QStringLiteral(", ")))
                  << ModelsTr::tr("OS: %1, type: %2").arg(r.desktop.osType, r.desktop.desktopType);
            if (r.line > 0)
                lines << ModelsTr::tr("CSV line %1").arg(r.line);
        } else if (column == ClearDataColumn) {
            lines << ModelsTr::tr("Only matters when the desktop goes back to the same user it "
                                  "was detached from: checked (the default) wipes that user's "
                                  "data, unchecked keeps it.");
        } else if (column == UserColumn && infos) {
            for (const AttachUserInfo &info : r.sharedUsers) {
                lines << (info.type == QLatin1String("GROUP")
                                  ? ModelsTr::tr("Group %1 (%2)").arg(info.userName, info.userGroup)
                                  : ModelsTr::tr("User %1 (%2)")
                                            .arg(info.userName, info.userGroup));
            }
        }
        for (const Finding &f : cellFindings(row, column))
            lines << f.message;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case SeverityRole:
        if (!isOpen(r))
            return int(Severity::None);
        return int(worst(cellFindings(row, column)));
    case IssueCodesRole:
        return FindingSeverity::codes(cellFindings(row, column));
    case MessagesRole: {
        QStringList messages;
        for (const Finding &f : cellFindings(row, column))
            messages.append(f.message);
        return messages;
    }
    case DesktopIdRole:
        return r.desktop.desktopId;
    case ColumnNameRole:
        switch (column) {
        case DesktopColumn:
            return QStringLiteral("desktop_id");
        case UserColumn:
            return QStringLiteral("user_name");
        case GroupColumn:
            return QStringLiteral("user_group");
        case EmailColumn:
            return QStringLiteral("user_email");
        case NewNameColumn:
            return QStringLiteral("computer_name");
        case ClearDataColumn:
            return QStringLiteral("is_clear_data");
        }
        return QString();
    case AllowedGroupsRole:
        return allowedGroups(r.desktop.osType);
    case StateRole:
        return int(r.state);
    case LineRole:
        return r.line;
    case SharedRole:
        return r.isShared();
    }
    return {};
}

Qt::ItemFlags AssignmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const AssignmentRow &r = m_rows.at(index.row());
    if (!isOpen(r))
        return f;
    const bool infos = !r.sharedUsers.isEmpty();
    switch (index.column()) {
    case UserColumn:
    case GroupColumn:
    case EmailColumn:
        if (!infos)
            f |= Qt::ItemIsEditable;
        break;
    case NewNameColumn:
        f |= Qt::ItemIsEditable;
        break;
    case ClearDataColumn:
        f |= Qt::ItemIsUserCheckable;
        break;
    }
    return f;
}

bool AssignmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    AssignmentRow &r = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case UserColumn:
        if (role != Qt::EditRole)
            return false;
        setUser(index.row(), text, r.userEmail, r.userGroup);
        return true;
    case GroupColumn:
        if (role != Qt::EditRole)
            return false;
        r.userGroup = text;
        break;
    case EmailColumn:
        if (role != Qt::EditRole)
            return false;
        r.userEmail = text;
        break;
    case NewNameColumn:
        if (role != Qt::EditRole)
            return false;
        r.newComputerName = text;
        break;
    case ClearDataColumn:
        if (role == Qt::CheckStateRole)
            r.isClearData = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            r.isClearData = value.toBool();
        else
            return false;
        break;
    default:
        return false;
    }
    resetOutcome(r);
    revalidate();
    return true;
}

QVariant AssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole && section == ClearDataColumn) {
        return ModelsTr::tr("Clear data only matters when the desktop goes back to the same "
                            "user it was detached from.");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DesktopColumn:
        return ModelsTr::tr("Desktop");
    case UserColumn:
        return ModelsTr::tr("User");
    case GroupColumn:
        return ModelsTr::tr("User group");
    case EmailColumn:
        return ModelsTr::tr("Email");
    case NewNameColumn:
        return ModelsTr::tr("New computer name");
    case ClearDataColumn:
        return ModelsTr::tr("Clear data");
    case StatusColumn:
        return ModelsTr::tr("Status");
    }
    return {};
}

bool AssignmentModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    for (int i = row; i < row + count; ++i) {
        if (m_rows.at(i).state == AssignmentRow::State::Sending)
            return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    m_findings.remove(row, count);
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).desktop.desktopId, i);
    endRemoveRows();
    revalidate();
    return true;
}

void AssignmentModel::setContext(const ValidationContext &context)
{
    m_context = context;
    revalidate();
}

void AssignmentModel::setDirectory(const QList<DirectoryUser> &users)
{
    m_directory.clear();
    for (const DirectoryUser &u : users)
        m_directory.insert(u.userName.toCaseFolded(), u);
    m_directoryLoaded = true;
    revalidate();
}

void AssignmentModel::setTakenComputerNames(const QHash<QString, QString> &nameToDesktopId)
{
    m_taken.clear();
    for (auto it = nameToDesktopId.cbegin(); it != nameToDesktopId.cend(); ++it)
        m_taken.insert(it.key().toCaseFolded(), it.value());
    revalidate();
}

int AssignmentModel::addDesktops(const QList<DesktopInfo> &desktops)
{
    QList<DesktopInfo> fresh;
    QSet<QString> seen;
    for (const DesktopInfo &d : desktops) {
        if (!m_rowById.contains(d.desktopId) && !seen.contains(d.desktopId)) {
            fresh.append(d);
            seen.insert(d.desktopId);
        }
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const DesktopInfo &d : std::as_const(fresh)) {
        AssignmentRow r;
        r.desktop = d;
        m_rowById.insert(d.desktopId, int(m_rows.size()));
        m_rows.append(r);
        m_findings.append(Findings());
    }
    endInsertRows();
    revalidate();
    return int(fresh.size());
}

void AssignmentModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_findings.clear();
    m_rowById.clear();
    endResetModel();
    emit summaryChanged();
}

int AssignmentModel::rowOf(const QString &desktopId) const
{
    return m_rowById.value(desktopId, -1);
}

QStringList AssignmentModel::desktopIds(const QList<int> &rows) const
{
    QStringList ids;
    for (const int r : rows) {
        if (r >= 0 && r < m_rows.size())
            ids.append(m_rows.at(r).desktop.desktopId);
    }
    return ids;
}

void AssignmentModel::resetOutcome(AssignmentRow &row)
{
    // An edit answers what the service said: the row is a draft again.
    if (row.state == AssignmentRow::State::Failed || row.state == AssignmentRow::State::Blocked)
        row.state = AssignmentRow::State::Editing;
    row.serverFindings.clear();
    row.stateDetail.clear();
}

void AssignmentModel::setUser(int row, const QString &userName, const QString &userEmail,
                              const QString &userGroup)
{
    if (row < 0 || row >= m_rows.size() || !isOpen(m_rows.at(row)))
        return;
    AssignmentRow &r = m_rows[row];
    r.userName = userName.trimmed();
    r.userEmail = userEmail.trimmed();
    r.userGroup = userGroup.trimmed();
    const DirectoryUser *known = nullptr;
    const auto found = m_directory.constFind(r.userName.toCaseFolded());
    if (found != m_directory.constEnd())
        known = &found.value();
    r.userId = known ? known->id : QString();
    if (r.userName.isEmpty()) {
        r.userGroup.clear();
        r.userEmail.clear();
    } else if (r.userGroup.isEmpty()) {
        r.userGroup = defaultGroup(r.desktop.osType);
    }
    resetOutcome(r);
    revalidate();
}

void AssignmentModel::setSharedUsers(int row, const QList<AttachUserInfo> &infos)
{
    if (row < 0 || row >= m_rows.size() || !isOpen(m_rows.at(row)))
        return;
    AssignmentRow &r = m_rows[row];
    r.sharedUsers = infos;
    if (!infos.isEmpty()) {
        // attach_user_infos replaces the flat user; keeping both would only draw a warning.
        r.userName.clear();
        r.userId.clear();
        r.userEmail.clear();
        r.userGroup.clear();
    }
    resetOutcome(r);
    revalidate();
}

int AssignmentModel::setColumnForRows(const QList<int> &rows, Column column, const QVariant &value)
{
    int changed = 0;
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size() || !isOpen(m_rows.at(row)))
            continue;
        AssignmentRow &r = m_rows[row];
        const QString text = value.toString().trimmed();
        switch (column) {
        case GroupColumn:
            if (!r.sharedUsers.isEmpty())
                continue;
            r.userGroup = text;
            break;
        case EmailColumn:
            if (!r.sharedUsers.isEmpty())
                continue;
            r.userEmail = text;
            break;
        case NewNameColumn:
            r.newComputerName = text;
            break;
        case ClearDataColumn:
            if (value.isValid())
                r.isClearData = value.toBool();
            else
                r.isClearData.reset();
            break;
        default:
            continue;
        }
        resetOutcome(r);
        ++changed;
    }
    if (changed > 0)
        revalidate();
    return changed;
}

void AssignmentModel::clearPairing(const QList<int> &rows)
{
    QList<int> targets = rows;
    if (targets.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i)
            targets.append(i);
    }
    for (const int row : std::as_const(targets)) {
        if (row < 0 || row >= m_rows.size() || !isOpen(m_rows.at(row)))
            continue;
        AssignmentRow &r = m_rows[row];
        r.userName.clear();
        r.userId.clear();
        r.userEmail.clear();
        r.userGroup.clear();
        r.sharedUsers.clear();
        r.newComputerName.clear();
        r.isClearData.reset();
        r.line = 0;
        resetOutcome(r);
    }
    revalidate();
}

int AssignmentModel::pairInOrder(const QList<CandidateUser> &users, const QList<int> &rows)
{
    QList<int> targets;
    if (rows.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (isOpen(m_rows.at(i)) && !m_rows.at(i).isPaired())
                targets.append(i);
        }
    } else {
        for (const int r : rows) {
            if (r >= 0 && r < m_rows.size() && isOpen(m_rows.at(r)))
                targets.append(r);
        }
    }
    QSet<QString> used;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!targets.contains(i) && !m_rows.at(i).userName.isEmpty())
            used.insert(m_rows.at(i).userName.toCaseFolded());
    }
    int made = 0;
    int next = 0;
    for (const CandidateUser &u : users) {
        if (next >= targets.size())
            break;
        const QString key = u.userName.toCaseFolded();
        if (u.userName.isEmpty() || used.contains(key))
            continue;
        AssignmentRow &r = m_rows[targets.at(next++)];
        r.sharedUsers.clear();
        r.userName = u.userName;
        r.userEmail = u.inDirectory ? QString() : u.userEmail;
        r.userGroup = u.userGroup.isEmpty() ? defaultGroup(r.desktop.osType) : u.userGroup;
        const auto found = m_directory.constFind(key);
        r.userId = found != m_directory.constEnd() ? found->id : QString();
        r.line = u.source == CandidateUser::Source::Csv ? u.line : 0;
        resetOutcome(r);
        used.insert(key);
        ++made;
    }
    if (made > 0)
        revalidate();
    return made;
}

int AssignmentModel::applyMapping(const AssignmentMapping &mapping,
                                  const QList<DesktopInfo> &desktops)
{
    QHash<QString, DesktopInfo> byId;
    for (const DesktopInfo &d : desktops)
        byId.insert(d.desktopId, d);
    QList<DesktopInfo> missing;
    for (const AttachDesktop &d : mapping.request.desktops) {
        if (!m_rowById.contains(d.desktopId) && byId.contains(d.desktopId))
            missing.append(byId.value(d.desktopId));
    }
    addDesktops(missing);
    int applied = 0;
    for (int i = 0; i < mapping.request.desktops.size(); ++i) {
        const AttachDesktop &d = mapping.request.desktops.at(i);
        const int row = rowOf(d.desktopId);
        if (row < 0 || !isOpen(m_rows.at(row)))
            continue;
        AssignmentRow &r = m_rows[row];
        r.userName = d.userName;
        r.userId = d.userId;
        r.userEmail = d.userEmail;
        r.userGroup = d.userGroup;
        r.newComputerName = d.computerName;
        r.isClearData = d.isClearData;
        r.sharedUsers = d.attachUserInfos;
        if (r.userId.isEmpty() && !r.userName.isEmpty()) {
            const auto found = m_directory.constFind(r.userName.toCaseFolded());
            if (found != m_directory.constEnd())
                r.userId = found->id;
        }
        r.line = mapping.lines.value(i);
        resetOutcome(r);
        ++applied;
    }
    revalidate();
    return applied;
}

bool AssignmentModel::isKnownUser(const QString &name) const
{
    return m_directory.contains(name.toCaseFolded());
}

ValidationContext AssignmentModel::contextFor(const AssignmentRow &row) const
{
    ValidationContext c = m_context;
    OsType os = OsType::Unknown;
    c.os = ValidationContext::parseOs(row.desktop.osType, &os) ? os : OsType::Unknown;
    return c;
}

void AssignmentModel::revalidate()
{
    m_findings = QList<Findings>(m_rows.size());
    QHash<QString, int> newNames; // case-folded new name -> first row
    // How many desktops of this list each user gets: with those they have, more than one is
    // worth a word (it is allowed, and often a mistake).
    QHash<QString, int> inList;
    for (const AssignmentRow &r : std::as_const(m_rows)) {
        if (isOpen(r) && r.isPaired() && !r.userName.isEmpty())
            ++inList[r.userName.toCaseFolded()];
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const AssignmentRow &r = m_rows.at(i);
        if (!isOpen(r) || !r.isPaired())
            continue;
        Findings &out = m_findings[i];
        const ValidationContext ctx = contextFor(r);
        const AttachDesktop d = r.toAttachDesktop();
        AttachRules::checkDesktop(d, QString(), ctx, out);
        if (!r.sharedUsers.isEmpty() && !r.isShared()) {
            out.append({QStringLiteral("attach_user_infos"),
                        QStringLiteral("assign.infos_need_shared"), Severity::Error,
                        ModelsTr::tr("Only a shared (multi-user) desktop takes several users "
                                     "and groups.")});
        }
        // Without a new name the desktop keeps its own, which the user name must differ from
        // too (the service compares against the name the desktop will have).
        if (r.newComputerName.isEmpty()) {
            if (sameName(d.userName, r.desktop.computerName)) {
                out.append({QStringLiteral("user_name"),
                            QStringLiteral("user_name.same_as_computer_name"), Severity::Error,
                            ModelsTr::tr("User name “%1” must differ from the computer name.")
                                    .arg(d.userName)});
            }
            for (int k = 0; k < d.attachUserInfos.size(); ++k) {
                const AttachUserInfo &info = d.attachUserInfos.at(k);
                if (info.type != QLatin1String("GROUP")
                    && sameName(info.userName, r.desktop.computerName)) {
                    out.append({QStringLiteral("attach_user_infos[%1].user_name").arg(k),
                                QStringLiteral("user_name.same_as_computer_name"), Severity::Error,
                                ModelsTr::tr("User name “%1” must differ from the computer name.")
                                        .arg(info.userName)});
                }
            }
        } else {
            const QString key = r.newComputerName.toCaseFolded();
            const auto seen = newNames.constFind(key);
            const QString owner = m_taken.value(key);
            if (seen != newNames.constEnd()) {
                out.append({QStringLiteral("computer_name"),
                            QStringLiteral("computer_name.duplicate"), Severity::Error,
                            ModelsTr::tr("Computer name “%1” is also given to desktop %2 of this "
                                         "list (names are compared without regard to case).")
                                    .arg(r.newComputerName,
                                         m_rows.at(seen.value()).desktop.computerName)});
            } else if (!owner.isEmpty() && owner != r.desktop.desktopId) {
                out.append({QStringLiteral("computer_name"), QStringLiteral("computer_name.taken"),
                            Severity::Error,
                            ModelsTr::tr("Computer name “%1” is already used by another desktop.")
                                    .arg(r.newComputerName)});
            } else {
                newNames.insert(key, i);
            }
        }
        if (!d.userName.isEmpty()) {
            const QString key = d.userName.toCaseFolded();
            const auto known = m_directory.constFind(key);
            const int total = inList.value(key)
                              + (known != m_directory.constEnd() ? known->totalDesktops : 0);
            if (total > 1) {
                out.append({QStringLiteral("user_name"),
                            QStringLiteral("assign.user_more_desktops"), Severity::Warning,
                            ModelsTr::tr("“%1” will have %n desktop(s) after this assignment.",
                                         nullptr, total)
                                    .arg(d.userName)});
            }
        }
        if (m_directoryLoaded) {
            if (!d.userName.isEmpty() && !isKnownUser(d.userName)) {
                out.append({QStringLiteral("user_name"), QStringLiteral("assign.user_missing"),
                            Severity::Warning,
                            ModelsTr::tr("“%1” is not in the directory yet; create the user "
                                         "before assigning.")
                                    .arg(d.userName)});
            }
            for (int k = 0; k < d.attachUserInfos.size(); ++k) {
                const AttachUserInfo &info = d.attachUserInfos.at(k);
                if (info.type != QLatin1String("GROUP") && !info.userName.isEmpty()
                    && !isKnownUser(info.userName)) {
                    out.append({QStringLiteral("attach_user_infos[%1].user_name").arg(k),
                                QStringLiteral("assign.user_missing"), Severity::Warning,
                                ModelsTr::tr("“%1” is not in the directory yet; create the user "
                                             "before assigning.")
                                        .arg(info.userName)});
                }
            }
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit summaryChanged();
}

int AssignmentModel::pairedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const AssignmentRow &r) {
        return r.isPaired() && r.state != AssignmentRow::State::Assigned;
    }));
}

int AssignmentModel::errorCount() const
{
    int n = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        n += rowHasErrors(i) ? 1 : 0;
    return n;
}

int AssignmentModel::warningCount() const
{
    int n = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        n += !m_findings.at(i).isEmpty() && !rowHasErrors(i) ? 1 : 0;
    return n;
}

int AssignmentModel::doneCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const AssignmentRow &r) { return r.isDone(); }));
}

int AssignmentModel::sendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const AssignmentRow &r) {
        return r.state == AssignmentRow::State::Sending;
    }));
}

QStringList AssignmentModel::missingUsers() const
{
    QStringList out;
    QSet<QString> seen;
    if (!m_directoryLoaded)
        return out;
    for (const int i : sendableRows()) {
        const AssignmentRow &r = m_rows.at(i);
        QStringList names;
        if (r.sharedUsers.isEmpty()) {
            names << r.userName;
        } else {
            for (const AttachUserInfo &info : r.sharedUsers) {
                if (info.type != QLatin1String("GROUP"))
                    names << info.userName;
            }
        }
        for (const QString &name : std::as_const(names)) {
            const QString key = name.toCaseFolded();
            if (!name.isEmpty() && !isKnownUser(name) && !seen.contains(key)) {
                seen.insert(key);
                out.append(name);
            }
        }
    }
    return out;
}

QHash<QString, int> AssignmentModel::pairedCounts() const
{
    QHash<QString, int> counts;
    for (const AssignmentRow &r : m_rows) {
        if (!r.userName.isEmpty())
            counts[r.userName.toCaseFolded()] += 1;
        for (const AttachUserInfo &info : r.sharedUsers) {
            if (info.type != QLatin1String("GROUP"))
                counts[info.userName.toCaseFolded()] += 1;
        }
    }
    return counts;
}

QList<int> AssignmentModel::sendableRows() const
{
    QList<int> out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (isOpen(m_rows.at(i)) && m_rows.at(i).isPaired())
            out.append(i);
    }
    return out;
}

AttachRequest AssignmentModel::request(const QList<int> &rows) const
{
    AttachRequest r;
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size())
            r.desktops.append(m_rows.at(row).toAttachDesktop());
    }
    return r;
}

void AssignmentModel::touch(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit summaryChanged();
}

void AssignmentModel::setSending(const QList<int> &rows)
{
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        AssignmentRow &r = m_rows[row];
        r.state = AssignmentRow::State::Sending;
        r.serverFindings.clear();
        r.stateDetail.clear();
    }
    revalidate();
}

void AssignmentModel::setProgress(int row, const QString &detail)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state != AssignmentRow::State::Sending)
        return;
    if (m_rows.at(row).stateDetail == detail)
        return;
    m_rows[row].stateDetail = detail;
    touch(row);
}

void AssignmentModel::setAssigned(int row, const QString &detail)
{
    if (row < 0 || row >= m_rows.size())
        return;
    AssignmentRow &r = m_rows[row];
    r.state = AssignmentRow::State::Assigned;
    r.stateDetail = detail;
    r.serverFindings.clear();
    revalidate();
}

void AssignmentModel::setFailed(int row, const QString &code, const QString &message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    AssignmentRow &r = m_rows[row];
    r.state = AssignmentRow::State::Failed;
    r.stateDetail.clear();
    r.serverFindings = {{QString(), code.isEmpty() ? QStringLiteral("assign.failed") : code,
                         Severity::Error, message}};
    revalidate();
}

void AssignmentModel::setBlocked(int row, const QString &message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    AssignmentRow &r = m_rows[row];
    r.state = AssignmentRow::State::Blocked;
    r.stateDetail.clear();
    r.serverFindings
            = {{QString(), QStringLiteral("assign.not_applied"), Severity::Warning, message}};
    revalidate();
}

void AssignmentModel::releaseSending(const QString &detail)
{
    bool any = false;
    for (AssignmentRow &r : m_rows) {
        if (r.state != AssignmentRow::State::Sending)
            continue;
        r.state = AssignmentRow::State::Editing;
        r.stateDetail.clear();
        if (!detail.isEmpty()) {
            r.serverFindings = {
                    {QString(), QStringLiteral("assign.not_applied"), Severity::Warning, detail}};
        }
        any = true;
    }
    if (any)
        revalidate();
}

} // namespace wsc
