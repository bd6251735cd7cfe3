#include "csvimportdialog.h"

#include "columnmappingwidget.h"

#include "models/csv/csvencoding.h"
#include "models/csv/userimport.h"
#include "models/csv/userimportworker.h"
#include "models/i18n/glossary.h"
#include "models/itemmodels/csvissuelistmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "ui/widgets/severitystyleproxy.h"
#include "ui/widgets/windowfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

CsvImportDialog::CsvImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_worker(new UserImportWorker(this))
    , m_model(new ImportedUsersModel(this))
    , m_usersProxy(new SeverityStyleProxy(ImportedUsersModel::SeverityRole, this))
    , m_issues(new CsvIssueListModel(this))
    , m_issuesProxy(new SeverityStyleProxy(CsvIssueListModel::SeverityRole, this))
{
    setObjectName(QStringLiteral("CsvImportDialog"));
    setAcceptDrops(true);
    m_usersProxy->setSourceModel(m_model);
    m_issues->setSourceModel(m_model);
    m_issuesProxy->setSourceModel(m_issues);
    m_issuesProxy->setIconColumn(CsvIssueListModel::LineColumn);
    m_issuesProxy->setTintCells(false);
    buildUi();
    retranslateUi();

    connect(m_worker, &UserImportWorker::progressChanged, this, &CsvImportDialog::onProgress);
    connect(m_worker, &UserImportWorker::finished, this, &CsvImportDialog::onFinished);
    connect(m_model, &ImportedUsersModel::issuesChanged, this, &CsvImportDialog::updateSummary);
    const auto markEdited = [this] {
        if (!m_applyingResult)
            m_edited = true;
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, markEdited);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, markEdited);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, markEdited);
    updateSummary();
    setLoading(false);
}

CsvImportDialog::~CsvImportDialog() = default;

void CsvImportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // File row.
    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setClearButtonEnabled(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    layout->addLayout(fileRow);
    connect(m_browseButton, &QPushButton::clicked, this, &CsvImportDialog::onBrowse);
    connect(m_fileEdit, &QLineEdit::returnPressed, this, [this] {
        const QString path = m_fileEdit->text().trimmed();
        if (!path.isEmpty())
            openFile(path);
    });

    // How the file is read.
    auto *readRow = new QHBoxLayout;
    m_encodingLabel = new QLabel(this);
    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encodingCombo->addItem(QString(), QString());
    for (const QString &name : CsvEncoding::choices())
        m_encodingCombo->addItem(name, name);
    m_encodingLabel->setBuddy(m_encodingCombo);
    m_delimiterLabel = new QLabel(this);
    m_delimiterCombo = new QComboBox(this);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiterCombo->addItem(QString(), QString());
    m_delimiterCombo->addItem(QString(), QStringLiteral(","));
    m_delimiterCombo->addItem(QString(), QStringLiteral(";"));
    m_delimiterCombo->addItem(QString(), QStringLiteral("\t"));
    m_delimiterLabel->setBuddy(m_delimiterCombo);
    m_contextLabel = new QLabel(this);
    m_contextLabel->setObjectName(QStringLiteral("contextLabel"));
    readRow->addWidget(m_encodingLabel);
    readRow->addWidget(m_encodingCombo);
    readRow->addSpacing(16);
    readRow->addWidget(m_delimiterLabel);
    readRow->addWidget(m_delimiterCombo);
    readRow->addStretch(1);
    readRow->addWidget(m_contextLabel);
    layout->addLayout(readRow);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this,
            &CsvImportDialog::onEncodingChanged);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this,
            &CsvImportDialog::onDelimiterChanged);

    // Column mapping, scrollable for wide HR exports.
    m_columnsBox = new QGroupBox(this);
    m_columnsBox->setObjectName(QStringLiteral("columnsBox"));
    auto *columnsLayout = new QVBoxLayout(m_columnsBox);
    auto *scroll = new QScrollArea(m_columnsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_mapping = new ColumnMappingWidget(scroll);
    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    scroll->setWidget(m_mapping);
    scroll->setMaximumHeight(150);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    columnsLayout->addWidget(scroll);
    layout->addWidget(m_columnsBox);
    connect(m_mapping, &ColumnMappingWidget::mappingChanged, this,
            &CsvImportDialog::onMappingChanged);

    // Rows and problems, one above the other.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);

    auto *rowsPane = new QWidget(splitter);
    auto *rowsLayout = new QVBoxLayout(rowsPane);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *rowsHeader = new QHBoxLayout;
    m_rowsLabel = new QLabel(rowsPane);
    m_addRowButton = new QPushButton(rowsPane);
    m_addRowButton->setObjectName(QStringLiteral("addRowButton"));
    m_addRowButton->setAutoDefault(false);
    m_removeRowButton = new QPushButton(rowsPane);
    m_removeRowButton->setObjectName(QStringLiteral("removeRowButton"));
    m_removeRowButton->setAutoDefault(false);
    rowsHeader->addWidget(m_rowsLabel);
    rowsHeader->addStretch(1);
    rowsHeader->addWidget(m_addRowButton);
    rowsHeader->addWidget(m_removeRowButton);
    rowsLayout->addLayout(rowsHeader);
    m_usersView = new QTableView(rowsPane);
    m_usersView->setObjectName(QStringLiteral("usersView"));
    m_usersView->setModel(m_usersProxy);
    m_usersView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_usersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_usersView->setAlternatingRowColors(false); // the severity tint must stay unambiguous
    m_usersView->setWordWrap(false);
    m_usersView->horizontalHeader()->setStretchLastSection(true);
    m_usersView->horizontalHeader()->setDefaultSectionSize(150);
    // Columns are sized from the header and ~50 rows (the visible ones first), not Qt's default
    // 1 000 per column: a few rows show how wide the values are, and sizing 6 columns over
    // 1 000 rows each stalled the window for ~60 ms after a big import.
    m_usersView->horizontalHeader()->setResizeContentsPrecision(50);
    m_usersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_usersView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_usersView->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_rowsLabel->setBuddy(m_usersView);
    rowsLayout->addWidget(m_usersView, 1);
    connect(m_addRowButton, &QPushButton::clicked, this, &CsvImportDialog::onAddRow);
    connect(m_removeRowButton, &QPushButton::clicked, this, &CsvImportDialog::onRemoveRows);
    connect(m_usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_removeRowButton->setEnabled(m_usersView->selectionModel()->hasSelection());
    });

    auto *issuesPane = new QWidget(splitter);
    auto *issuesLayout = new QVBoxLayout(issuesPane);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    m_issuesLabel = new QLabel(issuesPane);
    issuesLayout->addWidget(m_issuesLabel);
    m_issuesView = new QTableView(issuesPane);
    m_issuesView->setObjectName(QStringLiteral("issuesView"));
    m_issuesView->setModel(m_issuesProxy);
    m_issuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issuesView->setWordWrap(false);
    m_issuesView->setTabKeyNavigation(false);
    m_issuesView->verticalHeader()->hide();
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    m_issuesView->horizontalHeader()->setSectionResizeMode(CsvIssueListModel::LineColumn,
                                                           QHeaderView::Interactive);
    m_issuesView->horizontalHeader()->resizeSection(CsvIssueListModel::LineColumn, 80);
    m_issuesView->horizontalHeader()->resizeSection(CsvIssueListModel::FieldColumn, 150);
    m_issuesLabel->setBuddy(m_issuesView);
    issuesLayout->addWidget(m_issuesView, 1);
    connect(m_issuesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CsvImportDialog::onIssueCurrentChanged);
    connect(m_issuesView, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { selectIssueCell(index, false); });
    connect(m_issuesView, &QAbstractItemView::activated, this, &CsvImportDialog::onIssueActivated);

    splitter->addWidget(rowsPane);
    splitter->addWidget(issuesPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // Summary and reading progress.
    auto *statusRow = new QHBoxLayout;
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_cancelReadButton = new QPushButton(this);
    m_cancelReadButton->setObjectName(QStringLiteral("cancelReadButton"));
    m_cancelReadButton->setAutoDefault(false);
    statusRow->addWidget(m_summaryLabel, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancelReadButton);
    layout->addLayout(statusRow);
    connect(m_cancelReadButton, &QPushButton::clicked, m_worker, &UserImportWorker::cancel);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveTemplateButton = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_saveTemplateButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    // Return in the file field or a cell editor must not import: no default button.
    m_importButton->setAutoDefault(false);
    m_saveTemplateButton->setAutoDefault(false);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    layout->addWidget(m_buttons);
    connect(m_saveTemplateButton, &QPushButton::clicked, this, &CsvImportDialog::onSaveTemplate);
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::onImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    WindowFit::remember(this, QStringLiteral("csvImport"), QSize(1060, 680));
}

void CsvImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import users from CSV"));
    m_fileLabel->setText(tr("&File:"));
    m_fileEdit->setPlaceholderText(tr("Choose a .csv file or drop it here"));
    m_fileEdit->setAccessibleName(tr("CSV file"));
    m_browseButton->setText(tr("&Browse…"));
    m_browseButton->setAccessibleName(tr("Browse for a CSV file"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encodingCombo->setAccessibleName(tr("Encoding"));
    m_encodingCombo->setToolTip(tr("How the file's bytes are read as text. Excel on Chinese "
                                   "Windows writes GB18030 (GBK)."));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->setItemText(1, tr("Comma (,)"));
    m_delimiterCombo->setItemText(2, tr("Semicolon (;)"));
    m_delimiterCombo->setItemText(3, tr("Tab"));
    m_columnsBox->setTitle(tr("Columns"));
    m_rowsLabel->setText(tr("&Rows (double-click or type on a cell to fix it):"));
    m_usersView->setAccessibleName(tr("Imported users"));
    m_addRowButton->setText(tr("&Add row"));
    m_addRowButton->setAccessibleName(tr("Add row"));
    m_removeRowButton->setText(tr("Re&move rows"));
    m_removeRowButton->setAccessibleName(tr("Remove selected rows"));
    m_issuesLabel->setText(tr("&Problems (select one to go to its cell):"));
    m_issuesView->setAccessibleName(tr("Problems"));
    m_progress->setAccessibleName(tr("Reading progress"));
    m_cancelReadButton->setText(tr("S&top reading"));
    m_cancelReadButton->setAccessibleName(tr("Stop reading the file"));
    m_saveTemplateButton->setText(tr("&Save template…"));
    m_saveTemplateButton->setAccessibleName(tr("Save a CSV template"));
    m_saveTemplateButton->setToolTip(
            tr("Saves an empty CSV file with the column headers and one example row."));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_summaryLabel->setAccessibleName(tr("Summary"));

    QList<QPair<QString, QString>> fields;
    for (const QString &field : UserImport::fields())
        fields.append({field, UserImport::fieldTitle(field)});
    m_mapping->setFields(fields);
    emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    emit m_issues->headerDataChanged(Qt::Horizontal, 0, m_issues->columnCount() - 1);

    m_contextLabel->setText(tr("Checked for %1, %2")
                                    .arg(Glossary::directoryType(ValidationContext::domainTypeName(
                                                 m_context.domainType)),
                                         m_context.os == OsType::Unknown
                                                 ? tr("any OS")
                                                 : ValidationContext::osName(m_context.os)));
    updateDetectedTexts();
    updateSummary();
}

QString CsvImportDialog::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    return tr("comma");
}

void CsvImportDialog::updateDetectedTexts()
{
    const bool known = m_lastResult.readable && !m_lastResult.encoding.isEmpty();
    QString encoding = tr("Automatic");
    if (known && m_lastResult.encodingDetected) {
        encoding = m_lastResult.hasBom ? tr("Automatic: %1 with BOM").arg(m_lastResult.encoding)
                                       : tr("Automatic: %1").arg(m_lastResult.encoding);
    }
    m_encodingCombo->setItemText(0, encoding);
    QString delimiter = tr("Automatic");
    if (known && m_lastResult.delimiterDetected)
        delimiter = tr("Automatic: %1").arg(delimiterName(m_lastResult.delimiter));
    m_delimiterCombo->setItemText(0, delimiter);
}

void CsvImportDialog::setContext(const ValidationContext &context)
{
    m_context = context;
    m_applyingResult = true;
    m_model->setContext(context);
    m_applyingResult = false;
    retranslateUi();
}

void CsvImportDialog::openFile(const QString &path)
{
    if (!confirmDiscardEdits())
        return;
    m_filePath = path;
    {
        const QSignalBlocker blockEdit(m_fileEdit);
        m_fileEdit->setText(QDir::toNativeSeparators(path));
    }
    // A new file gets a fresh look: detect everything again.
    {
        const QSignalBlocker blockEncoding(m_encodingCombo);
        const QSignalBlocker blockDelimiter(m_delimiterCombo);
        m_encodingCombo->setCurrentIndex(0);
        m_delimiterCombo->setCurrentIndex(0);
    }
    m_lastResult = UserImportResult();
    updateDetectedTexts();
    startRead({});
}

bool CsvImportDialog::isLoading() const
{
    return m_worker->isRunning();
}

void CsvImportDialog::startRead(const QStringList &mapping)
{
    if (m_filePath.isEmpty())
        return;
    UserImportRequest request;
    request.filePath = m_filePath;
    request.options.encoding = m_encodingCombo->currentData().toString();
    const QString delimiter = m_delimiterCombo->currentData().toString();
    if (!delimiter.isEmpty())
        request.options.delimiter = delimiter.at(0);
    request.columnMapping = mapping;
    request.context = m_context;
    setLoading(true);
    m_progress->setValue(0);
    m_summaryLabel->setText(tr("Reading %1…").arg(QFileInfo(m_filePath).fileName()));
    m_worker->start(request);
}

void CsvImportDialog::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancelReadButton->setVisible(loading);
    m_importButton->setEnabled(!loading && m_model->validCount() > 0);
    m_addRowButton->setEnabled(!loading);
    m_removeRowButton->setEnabled(!loading && m_usersView->selectionModel()->hasSelection());
    m_usersView->setEditTriggers(loading ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::DoubleClicked
                                                   | QAbstractItemView::EditKeyPressed
                                                   | QAbstractItemView::AnyKeyPressed);
}

void CsvImportDialog::onProgress(int perMille)
{
    m_progress->setValue(perMille);
}

void CsvImportDialog::onFinished(const UserImportResult &result)
{
    setLoading(false);
    if (result.cancelled) {
        updateSummary();
        m_summaryLabel->setText(tr("Reading stopped; the table shows the previous result."));
        emit loaded();
        return;
    }
    // The facts about the file only: the model holds the rows and the duplicate index, and a
    // second owner here would make the model's first edit copy them all.
    m_lastResult = result;
    m_lastResult.rows.clear();
    m_lastResult.validator = UserImportValidator();
    m_applyingResult = true;
    if (result.readable) {
        // Shares the rows and the index with the worker's result (no deep copy) and adopts them.
        m_model->setImport(UserImportResult(result));
        m_mapping->setColumns(result.header, result.columnMapping);
    } else {
        m_model->clear();
        m_mapping->setColumns({}, {});
    }
    m_applyingResult = false;
    m_edited = false;
    m_usersView->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_usersView->horizontalHeader()->resizeSection(
                c, std::clamp(m_usersView->horizontalHeader()->sectionSize(c), 110, 280));
    }
    updateDetectedTexts();
    updateSummary();
    setLoading(false);
    emit loaded();
}

void CsvImportDialog::updateSummary()
{
    if (!m_lastResult.readable && !m_lastResult.readError.isEmpty()) {
        m_summaryLabel->setText(m_lastResult.readError);
        m_importButton->setEnabled(false);
        m_importButton->setText(tr("&Import valid rows"));
        return;
    }
    const int valid = m_model->validCount();
    const int invalid = m_model->invalidCount();
    const int warnings = m_model->warningCount();
    if (m_filePath.isEmpty() && m_model->rowCount() == 0) {
        m_summaryLabel->setText(tr("No file yet. Rows are checked as soon as a file is read."));
    } else {
        //: The three parts are "98 valid", "2 with errors", "3 warnings".
        m_summaryLabel->setText(tr("%1, %2, %3")
                                        .arg(tr("%n valid", nullptr, valid),
                                             tr("%n with errors", nullptr, invalid),
                                             tr("%n warning(s)", nullptr, warnings)));
    }
    m_importButton->setText(tr("&Import %n valid row(s)", nullptr, valid));
    m_importButton->setEnabled(!isLoading() && valid > 0);
    m_importButton->setAccessibleName(tr("Import the valid rows"));
}

void CsvImportDialog::onBrowse()
{
    QString dir = m_filePath.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a CSV file"), dir, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString CsvImportDialog::templateResource()
{
    return QLocale().name().startsWith(QLatin1String("zh"))
                   ? QStringLiteral(":/templates/users_zh_CN.csv")
                   : QStringLiteral(":/templates/users_en.csv");
}

bool CsvImportDialog::saveTemplate(const QString &path)
{
    QFile source(templateResource());
    QFile target(path);
    if (!source.open(QIODevice::ReadOnly)
        || !target.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || target.write(source.readAll()) < 0 || !target.flush()) {
        QMessageBox::warning(this, tr("Save template"),
                             tr("Cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(path), target.errorString()));
        return false;
    }
    return true;
}

void CsvImportDialog::onSaveTemplate()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save CSV template"),
                                                      dir + QStringLiteral("/users.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveTemplate(path);
}

bool CsvImportDialog::confirmDiscardEdits()
{
    if (!m_edited || m_model->rowCount() == 0)
        return true;
    const auto answer = QMessageBox::question(
            this, tr("Read the file again?"),
            tr("Reading the file again discards the changes you made in the table. Continue?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void CsvImportDialog::onEncodingChanged()
{
    if (!confirmDiscardEdits()) {
        const QSignalBlocker blocker(m_encodingCombo);
        m_encodingCombo->setCurrentIndex(m_encodingCombo->findData(
                m_lastResult.encodingDetected ? QString() : m_lastResult.encoding));
        return;
    }
    // Another encoding can change the header's text: match the columns again.
    startRead({});
}

void CsvImportDialog::onDelimiterChanged()
{
    if (!confirmDiscardEdits()) {
        const QSignalBlocker blocker(m_delimiterCombo);
        m_delimiterCombo->setCurrentIndex(m_delimiterCombo->findData(
                m_lastResult.delimiterDetected ? QString() : QString(m_lastResult.delimiter)));
        return;
    }
    startRead({});
}

void CsvImportDialog::onMappingChanged(const QStringList &mapping)
{
    if (!confirmDiscardEdits()) {
        m_mapping->setColumns(m_lastResult.header, m_lastResult.columnMapping);
        return;
    }
    startRead(mapping);
}

void CsvImportDialog::selectIssueCell(const QModelIndex &issueIndex, bool focusTable)
{
    if (!issueIndex.isValid())
        return;
    const QModelIndex source = m_issuesProxy->mapToSource(issueIndex);
    const int row = m_issues->modelRow(source.row());
    if (row < 0) {
        // A file-level problem: the header ones are fixed in the column mapping.
        if (focusTable && m_mapping->comboForColumn(0))
            m_mapping->comboForColumn(0)->setFocus();
        return;
    }
    const int column = std::max(0, m_model->columnOf(m_issues->issue(source.row()).column));
    const QModelIndex cell = m_usersProxy->mapFromSource(m_model->index(row, column));
    m_usersView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_usersView->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    if (focusTable)
        m_usersView->setFocus(Qt::OtherFocusReason);
}

void CsvImportDialog::onIssueCurrentChanged(const QModelIndex &current)
{
    selectIssueCell(current, false);
}

void CsvImportDialog::onIssueActivated(const QModelIndex &index)
{
    selectIssueCell(index, true);
}

void CsvImportDialog::onAddRow()
{
    const int row = m_model->appendRow(DesktopItem());
    const QModelIndex cell = m_usersProxy->mapFromSource(
            m_model->index(row, m_model->columnOf(QStringLiteral("user_name"))));
    m_usersView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
    m_usersView->scrollTo(cell);
    m_usersView->setFocus(Qt::OtherFocusReason);
    m_usersView->edit(cell);
}

void CsvImportDialog::onRemoveRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_usersView->selectionModel()->selectedIndexes())
        rows.append(m_usersProxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, so that the row numbers still to remove stay valid.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_model->removeRows(*it, 1);
}

void CsvImportDialog::onImport()
{
    if (isLoading())
        return;
    m_accepted = m_model->validTable();
    if (m_accepted.isEmpty())
        return;
    accept();
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CsvImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // QDialogButtonBox makes its first accept button the default when it is shown. Return goes to
    // the file field, the problem list and cell editors here; it must never import by accident.
    m_importButton->setDefault(false);
}

void CsvImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void CsvImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.constFirst().toLocalFile());
    }
}

} // namespace wsc
