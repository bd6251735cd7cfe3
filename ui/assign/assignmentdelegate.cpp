#include "assignmentdelegate.h"

#include "models/itemmodels/assignmentmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace wsc {

AssignmentDelegate::AssignmentDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_names(new QStringListModel(this))
{}

void AssignmentDelegate::setUserNames(const QStringList &names)
{
    m_names->setStringList(names);
}

QWidget *AssignmentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case AssignmentModel::UserColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("userCellEditor"));
        auto *completer = new QCompleter(m_names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        edit->setCompleter(completer);
        edit->setAccessibleName(tr("User name"));
        return edit;
    }
    case AssignmentModel::GroupColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("groupCellEditor"));
        combo->addItems(index.data(AssignmentModel::AllowedGroupsRole).toStringList());
        combo->setAccessibleName(tr("User group"));
        return combo;
    }
    default:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void AssignmentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        const int at = combo->findText(value);
        if (at < 0 && !value.isEmpty())
            combo->addItem(value); // keep a wrong value visible rather than silently replace it
        combo->setCurrentIndex(at < 0 ? combo->findText(value) : at);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AssignmentDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace wsc
