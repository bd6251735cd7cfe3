#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace wsc {

/**
 * Filters and sorts a ProductListModel for the product picker: free text (id, description,
 * CPU, GPU), OS and architecture. Sorting uses ProductListModel::SortRole, so vCPUs and memory
 * sort as numbers.
 */
class ProductFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProductFilterModel(QObject *parent = nullptr);

    /** Words that must all appear (case-insensitive); empty shows everything. */
    void setText(const QString &text);
    QString text() const { return m_text; }
    /** "Windows", "Linux" or "" for any. */
    void setOs(const QString &os);
    QString os() const { return m_os; }
    /** "x86", "arm" or "" for any. */
    void setArchitecture(const QString &architecture);
    QString architecture() const { return m_architecture; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_os;
    QString m_architecture;
};

} // namespace wsc
