#include "datavolumedelegate.h"

#include "volumetypes.h"

#include "models/itemmodels/datavolumesmodel.h"
#include "ui/widgets/rangespinbox.h"

#include <QComboBox>
#include <QSpinBox>

namespace {

constexpr int DataDiskMin = 10;
constexpr int DiskMax = 32760;
constexpr int DiskStep = 10;

} // namespace

QWidget *DataVolumeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() == DataVolumesModel::TypeColumn) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("dataVolumeTypeEditor"));
        for (const QString &type : VolumeTypes::types())
            combo->addItem(VolumeTypes::displayName(type), type);
        combo->setAccessibleName(tr("Disk type"));
        return combo;
    }
    if (index.column() == DataVolumesModel::SizeColumn) {
        auto *spin = new RangeSpinBox(parent);
        spin->setObjectName(QStringLiteral("dataVolumeSizeEditor"));
        spin->setAllowedRange(DataDiskMin, DiskMax);
        spin->setSingleStep(DiskStep);
        spin->setSuffix(tr(" GB"));
        spin->setAccessibleName(tr("Disk size in GB"));
        return spin;
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
        if (VolumeTypes::types().contains(text))
            return VolumeTypes::displayName(text);
    }
    return QStyledItemDelegate::displayText(value, locale);
}
