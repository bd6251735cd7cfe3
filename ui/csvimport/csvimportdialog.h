#pragma once

#include "models/csv/userimportrequest.h"
#include "models/csv/userimportresult.h"
#include "models/domain/desktopitem.h"
#include "models/rules/validationcontext.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wsc {

class ColumnMappingWidget;
class CsvIssueListModel;
class ImportedUsersModel;
class SeverityStyleProxy;
class UserImportWorker;

/**
 * Imports users from a CSV file: pick or drop a file, check the detected encoding, delimiter and
 * column mapping, see every bad cell by line and column, fix cells in place, then take the valid
 * rows. Opened by the wizard's users page and the main window; they read the result from
 * acceptedTable().
 */
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CsvImportDialog(QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    /** The rules the rows are checked against (domain type, OS); re-checks loaded rows. */
    void setContext(const ValidationContext &context);
    ValidationContext context() const { return m_context; }

    /** Starts reading @p path on the worker thread; loaded() follows. */
    void openFile(const QString &path);
    QString filePath() const { return m_filePath; }
    bool isLoading() const;

    /**
     * The rows taken by "Import", without errors, each with its file line (0 = added), kept
     * compactly: a million rows are handed on without expanding each into a DesktopItem.
     */
    const UserImportRows &acceptedTable() const { return m_accepted; }

    ImportedUsersModel *model() const { return m_model; }

    /** Writes the template for the current UI language to @p path; false with a message box. */
    bool saveTemplate(const QString &path);
    /** The template resource for the current UI language. */
    static QString templateResource();

signals:
    /** A read finished (successfully or not) and the table shows its result. */
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void startRead(const QStringList &mapping);
    void onFinished(const UserImportResult &result);
    void onProgress(int perMille);
    void onBrowse();
    void onSaveTemplate();
    void onEncodingChanged();
    void onDelimiterChanged();
    void onMappingChanged(const QStringList &mapping);
    void onIssueCurrentChanged(const QModelIndex &current);
    void onIssueActivated(const QModelIndex &index);
    void onAddRow();
    void onRemoveRows();
    void onImport();
    void updateSummary();
    void updateDetectedTexts();
    void setLoading(bool loading);
    bool confirmDiscardEdits();
    void selectIssueCell(const QModelIndex &issueIndex, bool focusTable);
    static QString delimiterName(QChar delimiter);

    ValidationContext m_context;
    QString m_filePath;
    UserImportResult m_lastResult; ///< reading facts of the last load (encoding, header, ...)
    bool m_edited = false;         ///< the user changed cells since the last load
    bool m_applyingResult = false;
    UserImportRows m_accepted;

    UserImportWorker *m_worker = nullptr;
    ImportedUsersModel *m_model = nullptr;
    SeverityStyleProxy *m_usersProxy = nullptr;
    CsvIssueListModel *m_issues = nullptr;
    SeverityStyleProxy *m_issuesProxy = nullptr;

    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QLabel *m_contextLabel = nullptr;
    QGroupBox *m_columnsBox = nullptr;
    ColumnMappingWidget *m_mapping = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QTableView *m_usersView = nullptr;
    QPushButton *m_addRowButton = nullptr;
    QPushButton *m_removeRowButton = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QTableView *m_issuesView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelReadButton = nullptr;
    QPushButton *m_saveTemplateButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace wsc
