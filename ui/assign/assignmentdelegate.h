#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

class QStringListModel;

namespace wsc {

/**
 * Editors of the assignment table: the user cell completes names from the directory (and the
 * names typed or imported), the group cell offers only the groups of the desktop's OS.
 */
class AssignmentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AssignmentDelegate(QObject *parent = nullptr);

    /** The names the user cell completes. */
    void setUserNames(const QStringList &names);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringListModel *m_names = nullptr;
};

} // namespace wsc
