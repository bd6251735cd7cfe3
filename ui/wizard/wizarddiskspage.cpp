#include "wizarddiskspage.h"

#include "datavolumedelegate.h"
#include "volumetypes.h"

#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/datavolumesmodel.h"
#include "models/rules/apilimits.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/rangespinbox.h"
#include "ui/widgets/severitystyleproxy.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

WizardDisksPage::WizardDisksPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                                 QWidget *parent)
    : WizardPage(requestModel, catalogCache, parent)
    , m_volumes(new DataVolumesModel(requestModel, this))
    , m_style(new SeverityStyleProxy(DataVolumesModel::SeverityRole, this))
{
    setObjectName(QStringLiteral("disksPage"));
    setOwnedPaths({QStringLiteral("root_volume"), QStringLiteral("data_volumes")});
    m_style->setSourceModel(m_volumes);

    auto *layout = new QVBoxLayout(this);

    // System disk.
    m_systemBox = new QGroupBox(this);
    m_systemBox->setObjectName(QStringLiteral("systemDiskBox"));
    auto *systemForm = new QFormLayout(m_systemBox);
    systemForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_rootTypeLabel = new QLabel(m_systemBox);
    m_rootTypeCombo = new QComboBox(m_systemBox);
    m_rootTypeCombo->setObjectName(QStringLiteral("rootTypeCombo"));
    m_rootTypeLabel->setBuddy(m_rootTypeCombo);
    systemForm->addRow(m_rootTypeLabel, m_rootTypeCombo);
    m_rootSizeLabel = new QLabel(m_systemBox);
    m_rootSizeSpin = new RangeSpinBox(m_systemBox);
    m_rootSizeSpin->setObjectName(QStringLiteral("rootSizeSpin"));
    m_rootSizeSpin->setAllowedRange(ApiLimits::SystemDiskMin, ApiLimits::DiskMax);
    m_rootSizeSpin->setSingleStep(ApiLimits::DiskStep);
    m_rootSizeSpin->setAccelerated(true);
    m_rootSizeSpin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    m_rootSizeLabel->setBuddy(m_rootSizeSpin);
    m_minimumLabel = new QLabel(m_systemBox);
    m_minimumLabel->setObjectName(QStringLiteral("rootMinimumLabel"));
    m_minimumLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_rootSizeSpin);
    sizeRow->addWidget(m_minimumLabel, 1);
    systemForm->addRow(m_rootSizeLabel, sizeRow);
    // IOPS and throughput: only where the type is provisioned by them (the region's volume
    // product lists them; GPSSD2 when the list is unknown). 0 = the type's default.
    m_rootIopsLabel = new QLabel(m_systemBox);
    m_rootIopsSpin = new QSpinBox(m_systemBox);
    m_rootIopsSpin->setObjectName(QStringLiteral("rootIopsSpin"));
    m_rootIopsSpin->setRange(0, ApiLimits::IopsMax);
    m_rootIopsSpin->setSingleStep(100);
    m_rootIopsLabel->setBuddy(m_rootIopsSpin);
    systemForm->addRow(m_rootIopsLabel, m_rootIopsSpin);
    m_rootThroughputLabel = new QLabel(m_systemBox);
    m_rootThroughputSpin = new QSpinBox(m_systemBox);
    m_rootThroughputSpin->setObjectName(QStringLiteral("rootThroughputSpin"));
    m_rootThroughputSpin->setRange(0, ApiLimits::ThroughputMax);
    m_rootThroughputSpin->setSingleStep(10);
    m_rootThroughputLabel->setBuddy(m_rootThroughputSpin);
    systemForm->addRow(m_rootThroughputLabel, m_rootThroughputSpin);
    m_rootKmsLabel = new QLabel(m_systemBox);
    m_rootKmsEdit = new QLineEdit(m_systemBox);
    m_rootKmsEdit->setObjectName(QStringLiteral("rootKmsEdit"));
    m_rootKmsEdit->setMaxLength(ApiLimits::KmsIdMax);
    m_rootKmsEdit->setClearButtonEnabled(true);
    m_rootKmsEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_rootKmsLabel->setBuddy(m_rootKmsEdit);
    systemForm->addRow(m_rootKmsLabel, m_rootKmsEdit);
    m_rootMessage = new FieldMessage(m_systemBox);
    m_rootMessage->setObjectName(QStringLiteral("rootVolumeMessage"));
    m_rootMessage->setField(m_rootSizeSpin);
    // The whole width of the box: a message in the field column wraps into a narrow strip.
    systemForm->addRow(m_rootMessage);
    layout->addWidget(m_systemBox);
    connect(m_rootTypeCombo, &QComboBox::currentIndexChanged, this,
            &WizardDisksPage::writeRootVolume);
    connect(m_rootSizeSpin, &QSpinBox::valueChanged, this, &WizardDisksPage::writeRootVolume);
    connect(m_rootIopsSpin, &QSpinBox::valueChanged, this, &WizardDisksPage::writeRootVolume);
    connect(m_rootThroughputSpin, &QSpinBox::valueChanged, this, &WizardDisksPage::writeRootVolume);
    connect(m_rootKmsEdit, &QLineEdit::textEdited, this, &WizardDisksPage::writeRootVolume);
    // The region's disk types arrive after the page is built, maybe while a size is typed:
    // only the type list and the fields that depend on the type are touched.
    connect(requestModel, &CreateRequestModel::contextChanged, this, [this] {
        const ReadGuard guard(this);
        fillTypeCombo();
        const QString type = request()->rootVolume().type;
        int index = m_rootTypeCombo->findData(type);
        if (index < 0 && !type.isEmpty()) {
            m_rootTypeCombo->addItem(VolumeTypes::displayName(type), type);
            index = m_rootTypeCombo->count() - 1;
        }
        m_rootTypeCombo->setCurrentIndex(std::max(0, index));
        updatePerformanceFields();
    });

    // Data disks.
    m_dataBox = new QGroupBox(this);
    m_dataBox->setObjectName(QStringLiteral("dataDisksBox"));
    auto *dataLayout = new QVBoxLayout(m_dataBox);
    auto *dataHeader = new QHBoxLayout;
    m_dataLabel = new QLabel(m_dataBox);
    m_dataLabel->setWordWrap(true);
    m_addButton = new QPushButton(m_dataBox);
    m_addButton->setObjectName(QStringLiteral("addDataDiskButton"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(m_dataBox);
    m_removeButton->setObjectName(QStringLiteral("removeDataDiskButton"));
    m_removeButton->setAutoDefault(false);
    dataHeader->addWidget(m_dataLabel, 1);
    dataHeader->addWidget(m_addButton);
    dataHeader->addWidget(m_removeButton);
    dataLayout->addLayout(dataHeader);
    m_dataView = new QTableView(m_dataBox);
    m_dataView->setObjectName(QStringLiteral("dataDiskView"));
    m_dataView->setModel(m_style);
    m_dataView->setItemDelegate(new DataVolumeDelegate(requestModel, m_dataView));
    m_dataView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dataView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_dataView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::SelectedClicked);
    m_dataView->setTabKeyNavigation(false);
    m_dataView->horizontalHeader()->setStretchLastSection(true);
    m_dataView->horizontalHeader()->setSectionResizeMode(DataVolumesModel::TypeColumn,
                                                         QHeaderView::Interactive);
    m_dataView->horizontalHeader()->resizeSection(DataVolumesModel::TypeColumn,
                                                  fontMetrics().averageCharWidth() * 34);
    // The IOPS and throughput headers are wider than their numbers.
    for (const int column :
         {int(DataVolumesModel::IopsColumn), int(DataVolumesModel::ThroughputColumn)})
        m_dataView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_dataLabel->setBuddy(m_dataView);
    // Tall enough for the ten disks allowed, no taller.
    m_dataView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_dataView->setMaximumHeight(m_dataView->horizontalHeader()->sizeHint().height()
                                 + m_dataView->verticalHeader()->defaultSectionSize()
                                           * DataVolumesModel::MaxVolumes
                                 + 2 * m_dataView->frameWidth());
    dataLayout->addWidget(m_dataView, 1);
    m_dataMessage = new FieldMessage(m_dataBox);
    m_dataMessage->setObjectName(QStringLiteral("dataVolumesMessage"));
    m_dataMessage->setField(m_dataView);
    dataLayout->addWidget(m_dataMessage);
    layout->addWidget(m_dataBox);
    connect(m_addButton, &QPushButton::clicked, this, &WizardDisksPage::onAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &WizardDisksPage::onRemove);
    connect(m_dataView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WizardDisksPage::updateButtons);
    connect(m_volumes, &QAbstractItemModel::rowsInserted, this, &WizardDisksPage::updateButtons);
    connect(m_volumes, &QAbstractItemModel::rowsRemoved, this, &WizardDisksPage::updateButtons);
    connect(m_volumes, &QAbstractItemModel::modelReset, this, &WizardDisksPage::updateButtons);

    m_otherMessage = new FieldMessage(this);
    m_otherMessage->setObjectName(QStringLiteral("disksOtherMessage"));
    layout->addWidget(m_otherMessage);
    layout->addStretch(1);

    bindMessage(m_rootMessage, {QStringLiteral("root_volume")});
    // Row problems are marked in their cells; the message under the table names the disk.
    static const QRegularExpression diskIndex(QStringLiteral("^data_volumes\\[(\\d+)\\]"));
    bindMessage(
            m_dataMessage, {QStringLiteral("data_volumes")},
            [](const Finding &f) {
                const QRegularExpressionMatch m = diskIndex.match(f.path);
                if (!m.hasMatch())
                    return f.message;
                //: A problem of one data disk: "Disk 2: Data disk size must be ...".
                return tr("Disk %1: %2").arg(m.captured(1).toInt() + 1).arg(f.message);
            },
            6);
    setFallbackMessage(m_otherMessage);
    connect(requestModel, &CreateRequestModel::changed, this, &WizardDisksPage::updateMinimumHint);

    fillTypeCombo();
    retranslateUi();
    readModel();
}

void WizardDisksPage::fillTypeCombo()
{
    const QStringList types = VolumeTypes::types(request());
    QStringList listed;
    for (int i = 0; i < m_rootTypeCombo->count(); ++i)
        listed << m_rootTypeCombo->itemData(i).toString();
    if (listed == types)
        return;
    const QSignalBlocker blocker(m_rootTypeCombo);
    m_rootTypeCombo->clear();
    for (const QString &type : types)
        m_rootTypeCombo->addItem(VolumeTypes::displayName(type), type);
}

void WizardDisksPage::updatePerformanceFields()
{
    const bool takes = request()->context().takesPerformance(request()->rootVolume().type);
    for (QWidget *w :
         {static_cast<QWidget *>(m_rootIopsLabel), static_cast<QWidget *>(m_rootIopsSpin),
          static_cast<QWidget *>(m_rootThroughputLabel),
          static_cast<QWidget *>(m_rootThroughputSpin)})
        w->setVisible(takes);
}

void WizardDisksPage::initializePage()
{
    readModel();
    refreshMessages();
}

void WizardDisksPage::retranslateUi()
{
    setTitle(tr("Disks"));
    setSubTitle(tr("Size the system disk and add data disks. Sizes are in GB, in steps of 10."));
    m_systemBox->setTitle(tr("System disk"));
    m_rootTypeLabel->setText(tr("&Type:"));
    m_rootTypeCombo->setAccessibleName(tr("System disk type"));
    for (int i = 0; i < m_rootTypeCombo->count(); ++i)
        m_rootTypeCombo->setItemText(
                i, VolumeTypes::displayName(m_rootTypeCombo->itemData(i).toString()));
    m_rootSizeLabel->setText(tr("&Size:"));
    m_rootSizeSpin->setSuffix(tr(" GB"));
    m_rootSizeSpin->setAccessibleName(tr("System disk size in GB"));
    m_rootIopsLabel->setText(tr("&IOPS:"));
    m_rootIopsSpin->setSpecialValueText(tr("Default"));
    m_rootIopsSpin->setAccessibleName(tr("System disk IOPS"));
    m_rootThroughputLabel->setText(tr("T&hroughput:"));
    m_rootThroughputSpin->setSpecialValueText(tr("Default"));
    m_rootThroughputSpin->setSuffix(tr(" MiB/s"));
    m_rootThroughputSpin->setAccessibleName(tr("System disk throughput in MiB/s"));
    m_rootKmsLabel->setText(tr("&Encryption key:"));
    m_rootKmsEdit->setPlaceholderText(tr("KMS key ID; empty: not encrypted"));
    m_rootKmsEdit->setAccessibleName(tr("KMS key ID that encrypts the system disk"));
    m_dataBox->setTitle(tr("Data disks"));
    m_dataLabel->setText(tr("Up to %1 data disks of 10–32760 GB each; double-click a cell to "
                            "change it.")
                                 .arg(DataVolumesModel::MaxVolumes));
    m_dataView->setAccessibleName(tr("Data disks"));
    m_addButton->setText(tr("&Add disk"));
    m_addButton->setAccessibleName(tr("Add a data disk"));
    m_removeButton->setText(tr("&Remove disk"));
    m_removeButton->setAccessibleName(tr("Remove the selected data disks"));
    updateMinimumHint();
    updateButtons();
}

void WizardDisksPage::updateMinimumHint()
{
    const auto image = request()->image();
    if (image && image->minDiskGb > 0) {
        m_minimumLabel->setText(tr("The image needs at least %1 GB.").arg(image->minDiskGb));
    } else {
        m_minimumLabel->setText(tr("At least %1 GB.").arg(ApiLimits::SystemDiskMin));
    }
}

void WizardDisksPage::writeRootVolume()
{
    if (isReading())
        return;
    Volume root = request()->rootVolume();
    root.type = m_rootTypeCombo->currentData().toString();
    root.size = m_rootSizeSpin->value();
    // A type not provisioned by IOPS/throughput hides those fields: nothing of theirs is sent.
    const bool takes = request()->context().takesPerformance(root.type);
    root.iops = takes && m_rootIopsSpin->value() > 0 ? std::optional<int>(m_rootIopsSpin->value())
                                                     : std::nullopt;
    root.throughput = takes && m_rootThroughputSpin->value() > 0
                              ? std::optional<int>(m_rootThroughputSpin->value())
                              : std::nullopt;
    root.kmsId = m_rootKmsEdit->text().trimmed();
    request()->setRootVolume(root);
    updatePerformanceFields();
}

void WizardDisksPage::updateButtons()
{
    m_addButton->setEnabled(m_volumes->canAdd());
    m_removeButton->setEnabled(m_dataView->selectionModel()->hasSelection());
}

void WizardDisksPage::onAdd()
{
    const int row = m_volumes->rowCount();
    if (!m_volumes->insertRows(row, 1))
        return;
    const QModelIndex cell = m_style->index(row, DataVolumesModel::SizeColumn);
    m_dataView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
    m_dataView->setFocus(Qt::OtherFocusReason);
}

void WizardDisksPage::onRemove()
{
    QList<int> rows;
    for (const QModelIndex &index : m_dataView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_volumes->removeRows(*it, 1);
}

void WizardDisksPage::readModel()
{
    const ReadGuard guard(this);
    const Volume root = request()->rootVolume();
    int index = m_rootTypeCombo->findData(root.type);
    if (index < 0 && !root.type.isEmpty()) {
        m_rootTypeCombo->addItem(VolumeTypes::displayName(root.type), root.type);
        index = m_rootTypeCombo->count() - 1;
    }
    m_rootTypeCombo->setCurrentIndex(std::max(0, index));
    if (m_rootSizeSpin->value() != root.size)
        m_rootSizeSpin->setValue(root.size);
    m_rootIopsSpin->setValue(root.iops.value_or(0));
    m_rootThroughputSpin->setValue(root.throughput.value_or(0));
    if (m_rootKmsEdit->text() != root.kmsId)
        m_rootKmsEdit->setText(root.kmsId);
    updatePerformanceFields();
    updateMinimumHint();
    updateButtons();
}

} // namespace wsc
