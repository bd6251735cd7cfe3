#pragma once

#include <QStyledItemDelegate>

namespace wsc {

/** Paints the progress column of the jobs tree as a progress bar (JobTreeModel::ProgressRole). */
class JobProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit JobProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace wsc
