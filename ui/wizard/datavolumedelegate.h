#pragma once

#include <QStyledItemDelegate>

namespace wsc {

class CreateRequestModel;

/**
 * Editors for the data-disk table: a list of the disk types the region offers for the type
 * column, spin boxes for the size (GB, 10–32760, step 10), IOPS and throughput, and a line for
 * the KMS key, so that a cell is edited like the system disk's fields above it.
 */
class DataVolumeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    DataVolumeDelegate(CreateRequestModel *request, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;

private:
    CreateRequestModel *m_request;
};

} // namespace wsc
