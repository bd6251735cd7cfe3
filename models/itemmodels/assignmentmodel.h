#pragma once

#include "assignmentrow.h"

#include "models/csv/assignmentmapping.h"
#include "models/domain/attachrequest.h"
#include "models/domain/candidateuser.h"
#include "models/domain/directoryuser.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace wsc {

/**
 * The pairing table of the assignment dialog: one row per desktop to assign, with its user (or,
 * on a SHARED desktop, its users and groups), group, email, new computer name and clear-data
 * choice. Every change re-checks the rows with AttachRules under the desktop's own OS, plus the
 * rules across rows (new names unique) and the directory (users that do not exist yet). What the
 * service later says about a row (a 409, a failed sub-job) stays on the row until it is edited.
 */
class AssignmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DesktopColumn,
        UserColumn,
        GroupColumn,
        EmailColumn,
        NewNameColumn,
        ClearDataColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: Severity of the cell (StatusColumn: row)
        IssueCodesRole,                  ///< QStringList: finding codes of the cell
        MessagesRole,                    ///< QStringList: finding messages of the cell
        DesktopIdRole,                   ///< QString
        ColumnNameRole,                  ///< QString: the API field the column edits
        AllowedGroupsRole,               ///< QStringList: user groups for the desktop's OS
        StateRole,                       ///< int: AssignmentRow::State
        LineRole,                        ///< int: CSV line (0 = paired here)
        SharedRole,                      ///< bool: a SHARED (multi-user) desktop
    };
    Q_ENUM(Role)

    explicit AssignmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Removes rows that are not being sent. */
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /** Domain type and caps; the OS comes from each desktop. Re-checks every row. */
    void setContext(const ValidationContext &context);
    ValidationContext context() const { return m_context; }
    /** The directory, to flag users that do not exist. Until set, nobody is flagged. */
    void setDirectory(const QList<DirectoryUser> &users);
    bool hasDirectory() const { return m_directoryLoaded; }
    /** Computer names in use in the tenant (any case) and their desktop ids. */
    void setTakenComputerNames(const QHash<QString, QString> &nameToDesktopId);

    /** Appends the desktops not in the table yet; returns how many were added. */
    int addDesktops(const QList<DesktopInfo> &desktops);
    void clear();
    int rowOf(const QString &desktopId) const;
    const AssignmentRow &row(int row) const { return m_rows.at(row); }
    QList<AssignmentRow> rows() const { return m_rows; }
    QStringList desktopIds(const QList<int> &rows) const;

    /** Gives row @p row to @p userName (group defaults to the desktop OS's standard group). */
    void setUser(int row, const QString &userName, const QString &userEmail = {},
                 const QString &userGroup = {});
    /** The users and groups of a SHARED desktop (attach_user_infos). */
    void setSharedUsers(int row, const QList<AttachUserInfo> &infos);
    /** Sets one editable column on several rows (bulk edit); rows being sent are skipped. */
    int setColumnForRows(const QList<int> &rows, Column column, const QVariant &value);
    /** Forgets the pairing of @p rows (all rows when empty); assigned rows are kept. */
    void clearPairing(const QList<int> &rows = {});
    /**
     * Pairs @p users, in order, with @p rows (or, when empty, every row without a user, top to
     * bottom). Users already paired elsewhere in the table are skipped. Returns pairs made.
     */
    int pairInOrder(const QList<CandidateUser> &users, const QList<int> &rows = {});
    /**
     * Takes a CSV resolved by AssignmentImport::map: adds the desktops (from @p desktops) that
     * are not in the table and sets their fields. Returns how many rows were set.
     */
    int applyMapping(const AssignmentMapping &mapping, const QList<DesktopInfo> &desktops);

    /** Every finding of the row: rules, across rows, directory, then what the service said. */
    Findings rowFindings(int row) const;
    /** True when the rules find an error (the service's findings do not count: resend is ok). */
    bool rowHasErrors(int row) const;
    int pairedCount() const;  ///< rows with a user that are not done
    int errorCount() const;   ///< paired, not done rows with rule errors
    int doneCount() const;    ///< assigned rows
    int sendingCount() const; ///< rows in flight
    int warningCount() const; ///< paired, not done rows with warnings only
    /** Users of rows to send that the directory does not have (ignoring case), in row order. */
    QStringList missingUsers() const;
    /** Desktops paired with each user (case-folded name), for the candidates list. */
    QHash<QString, int> pairedCounts() const;

    /** Rows to send: paired, not assigned, not in flight. */
    QList<int> sendableRows() const;
    /** The desktops[] of @p rows, in that order (top-level fields left empty). */
    AttachRequest request(const QList<int> &rows) const;

    void setSending(const QList<int> &rows);
    void setProgress(int row, const QString &detail);
    void setAssigned(int row, const QString &detail = {});
    void setFailed(int row, const QString &code, const QString &message);
    void setBlocked(int row, const QString &message);
    /** Rows still marked as sending go back to Editing (the batch ended without news of them). */
    void releaseSending(const QString &detail = {});

    /** The standard group of @p osType (users / default), or empty when unknown. */
    static QString defaultGroup(const QString &osType);
    static QStringList allowedGroups(const QString &osType);
    /** "alice, bob + 1 group" for a shared desktop's users. */
    static QString sharedSummary(const QList<AttachUserInfo> &infos);

signals:
    /** Counts or findings changed (after any edit). */
    void summaryChanged();

private:
    void revalidate();
    void touch(int row);
    void resetOutcome(AssignmentRow &row);
    ValidationContext contextFor(const AssignmentRow &row) const;
    Findings cellFindings(int row, int column) const;
    static int columnOfPath(const QString &path);
    static Severity worst(const Findings &findings);
    QString statusText(int row) const;
    bool isKnownUser(const QString &name) const;

    ValidationContext m_context;
    QList<AssignmentRow> m_rows;
    QList<Findings> m_findings; ///< per row: rules, across rows, directory
    QHash<QString, int> m_rowById;
    QHash<QString, DirectoryUser> m_directory; ///< case-folded name -> user
    bool m_directoryLoaded = false;
    QHash<QString, QString> m_taken; ///< case-folded computer name -> desktop id
};

} // namespace wsc
