#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace wsc {

/**
 * One combo box per source column of a CSV file, saying which field it fills (or that it is
 * ignored). Prefilled from the column matcher; the user's choice is reported by mappingChanged.
 * Reused by every CSV import (users, assignment) with its own list of fields.
 */
class ColumnMappingWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnMappingWidget(QWidget *parent = nullptr);

    /** The fields a column can map to: canonical name and translated title. */
    void setFields(const QList<QPair<QString, QString>> &fields);
    /** Shows @p header with @p mapping (canonical name per column, "" = ignored). */
    void setColumns(const QStringList &header, const QStringList &mapping);
    QStringList mapping() const;
    QComboBox *comboForColumn(int column) const;

signals:
    /** The user changed a column's field; a field chosen twice is cleared on the other column. */
    void mappingChanged(const QStringList &mapping);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillCombo(QComboBox *combo, const QString &selected) const;
    void onComboChanged(int column);
    void retranslate();

    QGridLayout *m_grid = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QList<QPair<QString, QString>> m_fields;
    QStringList m_header;
    QStringList m_mapping;
    QList<QLabel *> m_labels;
    QList<QComboBox *> m_combos;
    bool m_updating = false;
};

} // namespace wsc
