#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace wsc {

/**
 * Shows the Severity that a models-layer table reports (as an int) in its SeverityRole as an
 * icon plus a tinted background, so the state never rests on colour alone and
 * stays readable in high-contrast and dark palettes. Screen readers hear "Error:"/"Warning:".
 */
class SeverityStyleProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit SeverityStyleProxy(int severityRole, QObject *parent = nullptr);

    /** Only this column gets the icon (-1: every cell with a severity). */
    void setIconColumn(int column) { m_iconColumn = column; }
    /** Tint the background of cells with a severity (off for the issue list: icons suffice). */
    void setTintCells(bool tint) { m_tintCells = tint; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QIcon errorIcon();
    static QIcon warningIcon();
    /** The severity's accent colour (red, amber), strong enough for text on the window. */
    static QColor accent(int severity);

private:
    int severityOf(const QModelIndex &index) const;

    int m_severityRole;
    int m_iconColumn = -1;
    bool m_tintCells = true;
};

} // namespace wsc
