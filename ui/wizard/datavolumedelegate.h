#pragma once

#include <QStyledItemDelegate>

/**
 * Editors for the data-disk table: a list of the disk types for the type column, and a spin
 * box in GB (10–32760, step 10) for the size column, so that a cell is edited like the system
 * disk's fields above it.
 */
class DataVolumeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
