#include "datavolumedelegate.h"

#include "volumetypes.h"

#include "models/itemmodels/datavolumesmodel.h"
#include "ui/widgets/rangespinbox.h"

#include "models/itemmodels/createrequestmodel.h"
#include "models/rules/apilimits.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace wsc {

DataVolumeDelegate::DataVolumeDelegate(CreateRequestModel *request, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_request(request)
{}

QWidget *DataVolumeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() == DataVolumesModel::TypeColumn) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("dataVolumeTypeEditor"));
        for (const QString &type : VolumeTypes::types(m_request))
            combo->addItem(VolumeTypes::displayName(type), type);
        combo->setAccessibleName(tr("Disk type"));
        return combo;
    }
    if (index.column() == DataVolumesModel::SizeColumn) {
        auto *spin = new RangeSpinBox(parent);
        spin->setObjectName(QStringLiteral("dataVolumeSizeEditor"));
        spin->setAllowedRange(ApiLimits::DataDiskMin, ApiLimits::DiskMax);
        spin->setSingleStep(ApiLimits::DiskStep);
        spin->setSuffix(tr(" GB"));
        spin->setAccessibleName(tr("Disk size in GB"));
        return spin;
    }
    if (index.column() == DataVolumesModel::IopsColumn
        || index.column() == DataVolumesModel::ThroughputColumn) {
        const bool iops = index.column() == DataVolumesModel::IopsColumn;
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(iops ? QStringLiteral("dataVolumeIopsEditor")
                                 : QStringLiteral("dataVolumeThroughputEditor"));
        // 0 stands for "not set": the service then provisions the type's default.
        spin->setRange(0, iops ? ApiLimits::IopsMax : ApiLimits::ThroughputMax);
        spin->setSpecialValueText(tr("Default"));
        spin->setAccessibleName(iops ? tr("Disk IOPS") : tr("Disk throughput in MiB/s"));
        return spin;
    }
    if (index.column() == DataVolumesModel::KmsColumn) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("dataVolumeKmsEditor"));
        edit->setMaxLength(ApiLimits::KmsIdMax);
        edit->setAccessibleName(tr("KMS key ID that encrypts the disk"));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void DataVolumeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString type = index.data(Qt::EditRole).toString();
        int row = combo->findData(type);
        if (row < 0 && !type.isEmpty()) {
            combo->addItem(type, type);
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, row));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DataVolumeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

QString DataVolumeDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (!text.isEmpty())
            return VolumeTypes::displayName(text);
    }
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace wsc
