#include "wizarduserspage.h"

#include "api/http/workspaceclient.h"
#include "models/csv/userpaste.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "models/itemmodels/tagsmodel.h"
#include "models/rules/apilimits.h"
#include "ui/csvimport/csvimportdialog.h"
#include "ui/directory/directorypickerdialog.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/rangespinbox.h"
#include "ui/widgets/severitystyleproxy.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

WizardUsersPage::WizardUsersPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                                 QWidget *parent)
    : WizardPage(requestModel, catalogCache, parent)
    , m_tags(new TagsModel(requestModel, this))
    , m_usersStyle(new SeverityStyleProxy(ImportedUsersModel::SeverityRole, this))
    , m_tagsStyle(new SeverityStyleProxy(TagsModel::SeverityRole, this))
{
    setObjectName(QStringLiteral("usersPage"));
    setOwnedPaths({QStringLiteral("desktops"), QStringLiteral("size"),
                   QStringLiteral("desktop_name"), QStringLiteral("email_notification"),
                   QStringLiteral("tags")});
    m_usersStyle->setSourceModel(requestModel->users());
    m_tagsStyle->setSourceModel(m_tags);

    auto *layout = new QVBoxLayout(this);
    auto *modeRow = new QHBoxLayout;
    m_usersRadio = new QRadioButton(this);
    m_usersRadio->setObjectName(QStringLiteral("usersModeRadio"));
    m_unassignedRadio = new QRadioButton(this);
    m_unassignedRadio->setObjectName(QStringLiteral("unassignedModeRadio"));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_usersRadio, int(CreateRequestModel::UsersMode::Users));
    m_modeGroup->addButton(m_unassignedRadio, int(CreateRequestModel::UsersMode::Unassigned));
    modeRow->addWidget(m_usersRadio);
    modeRow->addSpacing(24);
    modeRow->addWidget(m_unassignedRadio);
    modeRow->addStretch(1);
    layout->addLayout(modeRow);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("usersStack"));

    // Desktops for users.
    auto *usersPane = new QWidget(m_stack);
    auto *usersLayout = new QVBoxLayout(usersPane);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    auto *toolRow = new QHBoxLayout;
    m_countLabel = new QLabel(usersPane);
    m_countLabel->setObjectName(QStringLiteral("usersCountLabel"));
    m_addRowButton = new QPushButton(usersPane);
    m_addRowButton->setObjectName(QStringLiteral("addUserButton"));
    m_addRowButton->setAutoDefault(false);
    m_removeRowsButton = new QPushButton(usersPane);
    m_removeRowsButton->setObjectName(QStringLiteral("removeUsersButton"));
    m_removeRowsButton->setAutoDefault(false);
    m_pasteButton = new QPushButton(usersPane);
    m_pasteButton->setObjectName(QStringLiteral("pasteUsersButton"));
    m_pasteButton->setAutoDefault(false);
    m_importButton = new QPushButton(usersPane);
    m_importButton->setObjectName(QStringLiteral("importCsvButton"));
    m_importButton->setAutoDefault(false);
    toolRow->addWidget(m_countLabel, 1);
    toolRow->addWidget(m_addRowButton);
    toolRow->addWidget(m_removeRowsButton);
    toolRow->addWidget(m_pasteButton);
    toolRow->addWidget(m_importButton);
    m_pickButton = new QPushButton(usersPane);
    m_pickButton->setObjectName(QStringLiteral("pickUsersButton"));
    m_pickButton->setAutoDefault(false);
    toolRow->addWidget(m_pickButton);
    usersLayout->addLayout(toolRow);
    m_usersView = new QTableView(usersPane);
    m_usersView->setObjectName(QStringLiteral("usersView"));
    m_usersView->setModel(m_usersStyle);
    m_usersView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_usersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_usersView->setEditTriggers(QAbstractItemView::DoubleClicked
                                 | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    m_usersView->setTabKeyNavigation(false);
    m_usersView->setWordWrap(false);
    m_usersView->horizontalHeader()->setStretchLastSection(true);
    m_usersView->horizontalHeader()->setDefaultSectionSize(140);
    m_usersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_usersView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countLabel->setBuddy(m_usersView);
    usersLayout->addWidget(m_usersView, 1);
    m_usersMessage = new FieldMessage(usersPane);
    m_usersMessage->setObjectName(QStringLiteral("usersMessage"));
    m_usersMessage->setField(m_usersView);
    usersLayout->addWidget(m_usersMessage);
    m_stack->addWidget(usersPane);

    // Ctrl+V on the table (not in a cell editor, which pastes text as usual).
    m_pasteAction = new QAction(m_usersView);
    m_pasteAction->setObjectName(QStringLiteral("pasteUsersAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_usersView->addAction(m_pasteAction);
    connect(m_pasteAction, &QAction::triggered, this, &WizardUsersPage::onPaste);
    connect(m_pasteButton, &QPushButton::clicked, this, &WizardUsersPage::onPaste);
    connect(m_addRowButton, &QPushButton::clicked, this, &WizardUsersPage::onAddRow);
    connect(m_removeRowsButton, &QPushButton::clicked, this, &WizardUsersPage::onRemoveRows);
    connect(m_importButton, &QPushButton::clicked, this, &WizardUsersPage::onImportCsv);
    connect(m_pickButton, &QPushButton::clicked, this, &WizardUsersPage::onPickUsers);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WizardUsersPage::updateButtons);
    ImportedUsersModel *users = requestModel->users();
    connect(users, &QAbstractItemModel::rowsInserted, this, &WizardUsersPage::updateCounts);
    connect(users, &QAbstractItemModel::rowsRemoved, this, &WizardUsersPage::updateCounts);
    connect(users, &QAbstractItemModel::modelReset, this, &WizardUsersPage::updateCounts);
    connect(users, &QAbstractItemModel::modelReset, this, &WizardUsersPage::fitColumns);
    connect(users, &ImportedUsersModel::issuesChanged, this, &WizardUsersPage::updateCounts);

    // Unassigned desktops.
    auto *unassignedPane = new QWidget(m_stack);
    auto *unassignedLayout = new QVBoxLayout(unassignedPane);
    unassignedLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(unassignedPane);
    m_nameEdit = new QLineEdit(unassignedPane);
    m_nameEdit->setObjectName(QStringLiteral("desktopNameEdit"));
    m_nameEdit->setClearButtonEnabled(true);
    m_nameEdit->setMaxLength(64);
    m_nameLabel->setBuddy(m_nameEdit);
    m_nameMessage = new FieldMessage(unassignedPane);
    m_nameMessage->setObjectName(QStringLiteral("desktopNameMessage"));
    m_nameMessage->setField(m_nameEdit);
    auto *nameColumn = FieldMessage::column(m_nameEdit, m_nameMessage);
    form->addRow(m_nameLabel, nameColumn);
    m_sizeLabel = new QLabel(unassignedPane);
    m_sizeSpin = new RangeSpinBox(unassignedPane);
    m_sizeSpin->setObjectName(QStringLiteral("desktopCountSpin"));
    m_sizeSpin->setAllowedRange(1, ApiLimits::WizardDesktopsMax);
    m_sizeSpin->setAccelerated(true);
    m_sizeLabel->setBuddy(m_sizeSpin);
    m_sizeMessage = new FieldMessage(unassignedPane);
    m_sizeMessage->setObjectName(QStringLiteral("desktopCountMessage"));
    m_sizeMessage->setField(m_sizeSpin);
    auto *sizeColumn = FieldMessage::column(m_sizeSpin, m_sizeMessage, Qt::AlignLeft);
    form->addRow(m_sizeLabel, sizeColumn);
    unassignedLayout->addLayout(form);
    m_unassignedHint = new QLabel(unassignedPane);
    m_unassignedHint->setWordWrap(true);
    m_unassignedHint->setForegroundRole(QPalette::PlaceholderText);
    unassignedLayout->addWidget(m_unassignedHint);
    unassignedLayout->addStretch(1);
    m_stack->addWidget(unassignedPane);
    layout->addWidget(m_stack, 1);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!isReading())
            this->request()->setDesktopName(text.trimmed());
    });
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!isReading())
            this->request()->setSize(value);
    });
    connect(m_modeGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_stack->setCurrentIndex(id);
        m_emailCheck->setEnabled(id == int(CreateRequestModel::UsersMode::Users));
        if (!isReading())
            this->request()->setUsersMode(static_cast<CreateRequestModel::UsersMode>(id));
    });

    // E-mail notice.
    m_emailCheck = new QCheckBox(this);
    m_emailCheck->setObjectName(QStringLiteral("emailNotificationCheck"));
    layout->addWidget(m_emailCheck);
    connect(m_emailCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!isReading())
            this->request()->setEmailNotification(on);
    });

    // Tags.
    m_tagsBox = new QGroupBox(this);
    m_tagsBox->setObjectName(QStringLiteral("tagsBox"));
    auto *tagsLayout = new QHBoxLayout(m_tagsBox);
    auto *tagsColumn = new QVBoxLayout;
    m_tagsView = new QTableView(m_tagsBox);
    m_tagsView->setObjectName(QStringLiteral("tagsView"));
    m_tagsView->setModel(m_tagsStyle);
    m_tagsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tagsView->setTabKeyNavigation(false);
    m_tagsView->horizontalHeader()->setStretchLastSection(true);
    m_tagsView->horizontalHeader()->setDefaultSectionSize(220);
    m_tagsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tagsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    // Four rows in view; more scroll (there may be twenty).
    m_tagsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_tagsView->setMinimumHeight(m_tagsView->horizontalHeader()->sizeHint().height()
                                 + m_tagsView->verticalHeader()->defaultSectionSize() * 2
                                 + 2 * m_tagsView->frameWidth());
    m_tagsView->setMaximumHeight(m_tagsView->horizontalHeader()->sizeHint().height()
                                 + m_tagsView->verticalHeader()->defaultSectionSize() * 4
                                 + 2 * m_tagsView->frameWidth());
    tagsColumn->addWidget(m_tagsView, 1);
    m_tagsMessage = new FieldMessage(m_tagsBox);
    m_tagsMessage->setObjectName(QStringLiteral("tagsMessage"));
    m_tagsMessage->setField(m_tagsView);
    tagsColumn->addWidget(m_tagsMessage);
    auto *tagButtons = new QVBoxLayout;
    m_addTagButton = new QPushButton(m_tagsBox);
    m_addTagButton->setObjectName(QStringLiteral("addTagButton"));
    m_addTagButton->setAutoDefault(false);
    m_removeTagButton = new QPushButton(m_tagsBox);
    m_removeTagButton->setObjectName(QStringLiteral("removeTagButton"));
    m_removeTagButton->setAutoDefault(false);
    tagButtons->addWidget(m_addTagButton);
    tagButtons->addWidget(m_removeTagButton);
    tagButtons->addStretch(1);
    tagsLayout->addLayout(tagsColumn, 1);
    tagsLayout->addLayout(tagButtons);
    layout->addWidget(m_tagsBox);
    connect(m_addTagButton, &QPushButton::clicked, this, &WizardUsersPage::onAddTag);
    connect(m_removeTagButton, &QPushButton::clicked, this, &WizardUsersPage::onRemoveTag);
    connect(m_tagsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WizardUsersPage::updateButtons);
    connect(m_tags, &QAbstractItemModel::rowsInserted, this, &WizardUsersPage::updateButtons);
    connect(m_tags, &QAbstractItemModel::rowsRemoved, this, &WizardUsersPage::updateButtons);
    connect(m_tags, &QAbstractItemModel::modelReset, this, &WizardUsersPage::updateButtons);

    m_otherMessage = new FieldMessage(this);
    m_otherMessage->setObjectName(QStringLiteral("usersOtherMessage"));
    layout->addWidget(m_otherMessage);

    // Cells are marked where they are; the message under the table names row and CSV line.
    bindMessage(
            m_usersMessage, {QStringLiteral("desktops")},
            [this](const Finding &f) {
                if (f.row < 0)
                    return f.message;
                const int row = f.row;
                const int line = this->request()->users()->sourceLine(row);
                if (line > 0) {
                    //: A problem of one user row that came from a CSV file (the row header
                    //: shows the same line number).
                    return tr("CSV line %1: %2").arg(line).arg(f.message);
                }
                //: A problem of one user row typed in the table.
                return tr("Row %1: %2").arg(row + 1).arg(f.message);
            },
            5);
    bindMessage(m_nameMessage, {QStringLiteral("desktop_name")});
    bindMessage(m_sizeMessage, {QStringLiteral("size")});
    static const QRegularExpression tagIndex(QStringLiteral("^tags\\[(\\d+)\\]"));
    bindMessage(m_tagsMessage, {QStringLiteral("tags")}, [](const Finding &f) {
        const QRegularExpressionMatch m = tagIndex.match(f.path);
        if (!m.hasMatch())
            return f.message;
        //: A problem of one tag: "Tag 2: ...".
        return tr("Tag %1: %2").arg(m.captured(1).toInt() + 1).arg(f.message);
    });
    setFallbackMessage(m_otherMessage);

    retranslateUi();
    readModel();
}

void WizardUsersPage::initializePage()
{
    readModel();
    refreshMessages();
}

void WizardUsersPage::retranslateUi()
{
    setTitle(tr("Users"));
    setSubTitle(tr("Make one desktop per user (type, paste from a spreadsheet or import a CSV "
                   "file), or unassigned desktops to hand out later."));
    m_usersRadio->setText(tr("Desktops for &users"));
    m_usersRadio->setAccessibleName(tr("Desktops for users"));
    m_unassignedRadio->setText(tr("Unassi&gned desktops"));
    m_unassignedRadio->setAccessibleName(tr("Unassigned desktops"));
    m_addRowButton->setText(tr("&Add row"));
    m_addRowButton->setAccessibleName(tr("Add a user row"));
    m_removeRowsButton->setText(tr("&Delete rows"));
    m_removeRowsButton->setAccessibleName(tr("Delete the selected user rows"));
    m_pasteButton->setText(tr("&Paste rows"));
    m_pasteButton->setAccessibleName(tr("Paste rows copied from a spreadsheet"));
    m_pasteButton->setToolTip(tr("Pastes tab-separated rows (copied from Excel or another "
                                 "spreadsheet) at the selected cell. Ctrl+V on the table does "
                                 "the same."));
    m_pasteAction->setText(tr("Paste rows"));
    m_importButton->setText(tr("&Import CSV…"));
    m_importButton->setAccessibleName(tr("Import users from a CSV file"));
    m_pickButton->setText(tr("&Choose from Directory…"));
    m_pickButton->setAccessibleName(tr("Choose users from the directory"));
    m_pickButton->setToolTip(tr("Lists the directory's users with a search; the users chosen "
                                "get a row each."));
    m_usersView->setAccessibleName(tr("Users"));
    m_nameLabel->setText(tr("Desktop na&me:"));
    m_nameEdit->setAccessibleName(tr("Desktop name or prefix"));
    m_nameEdit->setPlaceholderText(tr("e.g. lab"));
    m_sizeLabel->setText(tr("Number of des&ktops:"));
    m_sizeSpin->setAccessibleName(tr("Number of desktops"));
    m_unassignedHint->setText(tr("With more than one desktop the name is a prefix (at most 13 "
                                 "characters); the service numbers the desktops. Assign them to "
                                 "users later."));
    m_emailCheck->setText(tr("Send each user an &e-mail when the desktop is ready"));
    m_emailCheck->setAccessibleName(tr("E-mail notification"));
    m_tagsBox->setTitle(tr("Tags"));
    m_tagsView->setAccessibleName(tr("Tags"));
    m_addTagButton->setText(tr("Add &tag"));
    m_addTagButton->setAccessibleName(tr("Add a tag"));
    m_removeTagButton->setText(tr("&Remove tag"));
    m_removeTagButton->setAccessibleName(tr("Remove the selected tags"));
    emit request()->users()->headerDataChanged(Qt::Horizontal, 0,
                                               request()->users()->columnCount() - 1);
    updateCounts();
}

void WizardUsersPage::updateCounts()
{
    const ImportedUsersModel *users = request()->users();
    const int rows = users->rowCount();
    const int invalid = users->invalidCount();
    if (rows == 0) {
        m_countLabel->setText(tr("No users yet: add rows, paste them or import a CSV file."));
    } else if (invalid == 0) {
        m_countLabel->setText(tr("%n desktop(s), one per row:", nullptr, rows));
    } else {
        //: "240 desktops, 3 rows with errors:"
        m_countLabel->setText(tr("%1, %2:").arg(tr("%n desktop(s)", nullptr, rows),
                                                tr("%n row(s) with errors", nullptr, invalid)));
    }
    updateButtons();
}

void WizardUsersPage::updateButtons()
{
    m_removeRowsButton->setEnabled(m_usersView->selectionModel()->hasSelection());
    m_addTagButton->setEnabled(m_tags->canAdd());
    m_removeTagButton->setEnabled(m_tagsView->selectionModel()->hasSelection());
}

void WizardUsersPage::onAddRow()
{
    ImportedUsersModel *users = request()->users();
    const int row = users->appendRow(DesktopItem());
    const QModelIndex cell = m_usersStyle->index(row, users->columnOf(QStringLiteral("user_name")));
    m_usersView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_usersView->scrollTo(cell);
    m_usersView->setFocus(Qt::OtherFocusReason);
    m_usersView->edit(cell);
}

void WizardUsersPage::onRemoveRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_usersView->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        request()->users()->removeRows(*it, 1);
}

int WizardUsersPage::pasteText(const QString &text)
{
    const QModelIndex current = m_usersView->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    const int column = current.isValid() ? current.column() : 0;
    const int pasted = UserPaste::apply(request()->users(), text, row, column);
    if (pasted > 0)
        m_usersView->setFocus(Qt::OtherFocusReason);
    return pasted;
}

void WizardUsersPage::onPaste()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (pasteText(text) == 0) {
        m_usersMessage->setMessage(Severity::Warning,
                                   tr("The clipboard holds no rows to paste. Copy cells from a "
                                      "spreadsheet first."));
    }
}

void WizardUsersPage::onImportCsv()
{
    if (m_csvDialog)
        return;
    m_csvDialog = new CsvImportDialog(this);
    m_csvDialog->setObjectName(QStringLiteral("wizardCsvImportDialog"));
    m_csvDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_csvDialog->setContext(request()->context());
    connect(m_csvDialog, &QDialog::accepted, this, [this, dialog = m_csvDialog] {
        // The dialog's rows are copied now: it is deleted when it closes.
        const UserImportRows rows = dialog->acceptedTable();
        const ValidationContext checked = dialog->context();
        const QString origin = dialog->filePath();
        if (request()->users()->rowCount() == 0) {
            takeImport(rows, checked, origin, true);
            return;
        }
        // Rows are there already: ask before replacing what someone typed.
        auto *box = new QMessageBox(QMessageBox::Question, tr("Import users"),
                                    tr("The table already has %n row(s). Replace them with the "
                                       "imported users, or add the imported users after them?",
                                       nullptr, request()->users()->rowCount()),
                                    QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("importReplaceBox"));
        QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        replace->setObjectName(QStringLiteral("replaceButton"));
        QPushButton *append = box->addButton(tr("A&dd after them"), QMessageBox::AcceptRole);
        append->setObjectName(QStringLiteral("appendButton"));
        box->setDefaultButton(append);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this,
                [this, replace, append, rows, checked, origin](QAbstractButton *button) {
                    if (button == replace || button == append)
                        takeImport(rows, checked, origin, button == replace);
                });
        box->open();
    });
    connect(m_csvDialog, &QObject::destroyed, this, [this] { m_csvDialog = nullptr; });
    m_csvDialog->open();
}

DirectoryPickerDialog *WizardUsersPage::picker() const
{
    return m_picker;
}

void WizardUsersPage::onPickUsers()
{
    WorkspaceClient *client = catalog() ? catalog()->client() : nullptr;
    if (m_picker || !client)
        return;
    m_picker = new DirectoryPickerDialog(client, DirectoryPickerDialog::Users, this);
    m_picker->setObjectName(QStringLiteral("wizardUserPicker"));
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker->setIntro(tr("Each user chosen gets a desktop (one row each). Users already in the "
                          "table are greyed."));
    QStringList taken;
    for (const DesktopItem &item : request()->users()->rows())
        taken << item.userName;
    m_picker->setTaken(taken);
    connect(m_picker, &QDialog::accepted, this,
            [this, picker = m_picker] { addDirectoryUsers(picker->pickedUsers()); });
    m_picker->open();
}

int WizardUsersPage::addDirectoryUsers(const QList<DirectoryUser> &users)
{
    QSet<QString> present;
    for (const DesktopItem &item : request()->users()->rows())
        present.insert(item.userName.toCaseFolded());
    QList<DesktopItem> rows;
    for (const DirectoryUser &u : users) {
        if (present.contains(u.userName.toCaseFolded()))
            continue;
        present.insert(u.userName.toCaseFolded());
        DesktopItem item;
        item.userName = u.userName;
        item.userEmail = u.userEmail;
        item.userPhone = u.userPhone;
        rows.append(item);
    }
    if (rows.isEmpty())
        return 0;
    UserPaste::appendRows(request()->users(), rows);
    fitColumns();
    return int(rows.size());
}

void WizardUsersPage::takeImport(const UserImportRows &rows, const ValidationContext &checked,
                                 const QString &origin, bool replace)
{
    ImportedUsersModel *users = request()->users();
    if (replace)
        users->setRows(rows, &checked);
    else
        UserPaste::appendRows(users, rows);
    if (replace)
        request()->setUsersOrigin(origin);
    else
        request()->addUsersOrigin(origin);
    fitColumns();
}

void WizardUsersPage::fitColumns()
{
    // To the rows in view, within bounds: a long e-mail neither hides the rest nor is cut short.
    m_usersView->resizeColumnsToContents();
    QHeaderView *header = m_usersView->horizontalHeader();
    const int em = fontMetrics().averageCharWidth();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::clamp(header->sectionSize(c), 14 * em, 36 * em));
}

void WizardUsersPage::onAddTag()
{
    const int row = m_tags->rowCount();
    if (!m_tags->insertRows(row, 1))
        return;
    const QModelIndex cell = m_tagsStyle->index(row, TagsModel::KeyColumn);
    m_tagsView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
    m_tagsView->setFocus(Qt::OtherFocusReason);
    m_tagsView->edit(cell);
}

void WizardUsersPage::onRemoveTag()
{
    QList<int> rows;
    for (const QModelIndex &index : m_tagsView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_tags->removeRows(*it, 1);
}

void WizardUsersPage::readModel()
{
    const ReadGuard guard(this);
    const int mode = int(request()->usersMode());
    if (auto *button = m_modeGroup->button(mode))
        button->setChecked(true);
    m_stack->setCurrentIndex(mode);
    m_emailCheck->setEnabled(request()->usersMode() == CreateRequestModel::UsersMode::Users);
    if (m_nameEdit->text() != request()->desktopName())
        m_nameEdit->setText(request()->desktopName());
    m_sizeSpin->setValue(request()->size()); // as typed: the rules say what is wrong
    m_emailCheck->setChecked(request()->sendsEmailNotification());
    updateCounts();
}

void WizardUsersPage::focusFinding(const Finding &finding)
{
    if (finding.row < 0) {
        WizardPage::focusFinding(finding);
        return;
    }
    ImportedUsersModel *users = request()->users();
    const int column = std::max(0, users->columnOf(finding.field));
    const QModelIndex cell = m_usersStyle->index(finding.row, column);
    if (!cell.isValid())
        return;
    m_usersView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_usersView->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    m_usersView->setFocus(Qt::OtherFocusReason);
}

} // namespace wsc
