#include "jobprogressdelegate.h"

#include "api/jobs/jobtreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace wsc {

JobProgressDelegate::JobProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // A batch the service refused made no progress at all: its cell says so, without a bar.
    if (index.column() != JobTreeModel::ProgressColumn
        || index.data(JobTreeModel::StateRole).toString() == QLatin1String("refused")) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection and focus as for any cell, then the bar inside it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    // A settled desktop says how it ended in its status; a full bar on every row is noise.
    if (!index.data(JobTreeModel::IsBatchRole).toBool()) {
        const int outcome = index.data(JobTreeModel::OutcomeRole).toInt();
        if (outcome != static_cast<int>(BatchItem::Outcome::Running)
            && outcome != static_cast<int>(BatchItem::Outcome::Pending))
            return;
    }

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 1, -3, -1);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(JobTreeModel::ProgressRole).toInt();
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize JobProgressDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Rows tall enough for the bar's text ("100%") with the bar's own frame around it.
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    if (index.column() == JobTreeModel::ProgressColumn)
        size.setWidth(
                qMax(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('0')) * 14));
    return size;
}

} // namespace wsc
