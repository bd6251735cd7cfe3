#pragma once

#include "wizardpage.h"

#include "models/domain/desktopitem.h"
#include "models/domain/directoryuser.h"

#include <QPointer>

class QAction;
class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace wsc {

class CsvImportDialog;
class DirectoryPickerDialog;
class FieldMessage;
class RangeSpinBox;
class SeverityStyleProxy;
class TagsModel;
class UserImportRows;
struct ValidationContext;

/**
 * Page 6 of the create wizard: who the desktops are for. Either one desktop per user, in an
 * editable table (typed, pasted from a spreadsheet, or imported from CSV; every cell checked
 * as it changes), or unassigned desktops by name and number. Plus the e-mail notice and tags.
 */
class WizardUsersPage : public WizardPage
{
    Q_OBJECT
public:
    WizardUsersPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                    QWidget *parent = nullptr);

    void initializePage() override;
    void readModel() override;
    void focusFinding(const Finding &finding) override;

    /** Pastes tab-separated @p text at the table's current cell (what Ctrl+V does). */
    int pasteText(const QString &text);
    /** Adds one row per user picked from the directory (names already in the table are skipped). */
    int addDirectoryUsers(const QList<DirectoryUser> &users);
    /** The directory picker while it is open (tests drive it), else null. */
    DirectoryPickerDialog *picker() const;
    /** The CSV dialog while it is open (tests drive it), else null. */
    CsvImportDialog *csvDialog() const { return m_csvDialog; }
    TagsModel *tagsModel() const { return m_tags; }

protected:
    void retranslateUi() override;

private:
    void updateCounts();
    void fitColumns();
    void updateButtons();
    void onAddRow();
    void onRemoveRows();
    void onPaste();
    void onImportCsv();
    void onPickUsers();
    void takeImport(const UserImportRows &rows, const ValidationContext &checked,
                    const QString &origin, bool replace);
    void onAddTag();
    void onRemoveTag();

    TagsModel *m_tags = nullptr;
    SeverityStyleProxy *m_usersStyle = nullptr;
    SeverityStyleProxy *m_tagsStyle = nullptr;
    CsvImportDialog *m_csvDialog = nullptr;

    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_usersRadio = nullptr;
    QRadioButton *m_unassignedRadio = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_addRowButton = nullptr;
    QPushButton *m_removeRowsButton = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_pickButton = nullptr;
    QPointer<DirectoryPickerDialog> m_picker;
    QAction *m_pasteAction = nullptr;
    QTableView *m_usersView = nullptr;
    FieldMessage *m_usersMessage = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QLabel *m_sizeLabel = nullptr;
    RangeSpinBox *m_sizeSpin = nullptr;
    FieldMessage *m_sizeMessage = nullptr;
    QLabel *m_unassignedHint = nullptr;
    QCheckBox *m_emailCheck = nullptr;
    QGroupBox *m_tagsBox = nullptr;
    QTableView *m_tagsView = nullptr;
    QPushButton *m_addTagButton = nullptr;
    QPushButton *m_removeTagButton = nullptr;
    FieldMessage *m_tagsMessage = nullptr;
    FieldMessage *m_otherMessage = nullptr;
};

} // namespace wsc
