#pragma once

#include "models/csv/csvissue.h"

#include <QGroupBox>
#include <QList>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace wsc {

class AssignmentDelegate;
class AssignmentModel;
class CandidateUsersModel;
class SeverityStyleProxy;

/**
 * The middle of the pairing page: one row per desktop with its user, group, email, new name,
 * clear-data choice and status, checked as it is edited, with the tools that edit many rows
 * (pair in order, clear, remove, set group, users and groups of a shared desktop), the counts,
 * the last outcome and the problems of an imported file.
 */
class AssignmentTablePanel : public QGroupBox
{
    Q_OBJECT
public:
    AssignmentTablePanel(AssignmentModel *assignment, CandidateUsersModel *candidates,
                         QWidget *parent = nullptr);

    /** Model rows selected, ascending. */
    QList<int> selectedRows() const;
    /** Model row of the current cell, or -1. */
    int currentRow() const;
    void setBusy(bool busy);
    /** Whether users are selected on the right (Pair in order needs some). */
    void setUsersSelected(bool selected);

    /** A line over the table saying what the last action did; empty hides it. */
    void setResult(const QString &text);
    /** The problems of the last CSV, by line; hidden when none. */
    void setImportIssues(const CsvIssues &issues);

signals:
    void pairRequested();
    /** Users and groups… on the SHARED desktop of model row @p row. */
    void sharedUsersRequested(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void removeSelected();
    void showImportIssues();

    AssignmentModel *m_assignment = nullptr;
    SeverityStyleProxy *m_proxy = nullptr;
    AssignmentDelegate *m_delegate = nullptr;
    CsvIssues m_issues;
    bool m_busy = false;
    bool m_usersSelected = false;
    QPushButton *m_pairButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_sharedButton = nullptr;
    QLabel *m_bulkGroupLabel = nullptr;
    QComboBox *m_bulkGroupCombo = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_clearDataHint = nullptr;
    QListWidget *m_issuesView = nullptr;
};

} // namespace wsc
