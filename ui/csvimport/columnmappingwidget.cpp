#include "columnmappingwidget.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace wsc {

namespace {
constexpr int PairsPerRow = 3;
}

ColumnMappingWidget::ColumnMappingWidget(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_emptyLabel(new QLabel(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_emptyLabel->setObjectName(QStringLiteral("mappingEmptyLabel"));
    m_grid->addWidget(m_emptyLabel, 0, 0, 1, PairsPerRow * 2);
    retranslate();
}

void ColumnMappingWidget::setFields(const QList<QPair<QString, QString>> &fields)
{
    bool sameNames = fields.size() == m_fields.size();
    for (int i = 0; sameNames && i < fields.size(); ++i)
        sameNames = fields.at(i).first == m_fields.at(i).first;
    m_fields = fields;
    // New titles only (a language change): keep the combos, and the focus with them.
    if (sameNames)
        retranslate();
    else
        rebuild();
}

void ColumnMappingWidget::setColumns(const QStringList &header, const QStringList &mapping)
{
    QStringList padded = mapping;
    while (padded.size() < header.size())
        padded.append(QString());
    m_mapping = padded;
    if (header == m_header && m_combos.size() == header.size()) {
        // The same file read again (e.g. after a mapping change): keep the combos, and the
        // keyboard focus in them, and only show the new selection.
        for (int i = 0; i < m_combos.size(); ++i) {
            const QSignalBlocker blocker(m_combos.at(i));
            const int index = m_combos.at(i)->findData(m_mapping.at(i));
            m_combos.at(i)->setCurrentIndex(index < 0 ? 0 : index);
        }
        return;
    }
    m_header = header;
    rebuild();
}

QStringList ColumnMappingWidget::mapping() const
{
    return m_mapping;
}

QComboBox *ColumnMappingWidget::comboForColumn(int column) const
{
    return m_combos.value(column);
}

void ColumnMappingWidget::fillCombo(QComboBox *combo, const QString &selected) const
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(ignore)"), QString());
    for (const auto &field : m_fields)
        combo->addItem(field.second, field.first);
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ColumnMappingWidget::rebuild()
{
    qDeleteAll(m_labels);
    qDeleteAll(m_combos);
    m_labels.clear();
    m_combos.clear();
    m_emptyLabel->setVisible(m_header.isEmpty());
    for (int i = 0; i < m_header.size(); ++i) {
        auto *label = new QLabel(this);
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(i));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        fillCombo(combo, m_mapping.value(i));
        const int row = i / PairsPerRow + 1;
        const int col = (i % PairsPerRow) * 2;
        m_grid->addWidget(label, row, col, Qt::AlignRight);
        m_grid->addWidget(combo, row, col + 1);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, i](int) { onComboChanged(i); });
        m_labels.append(label);
        m_combos.append(combo);
    }
    for (int c = 0; c < PairsPerRow * 2; ++c)
        m_grid->setColumnStretch(c, c % 2 ? 1 : 0);
    retranslate();
}

void ColumnMappingWidget::onComboChanged(int column)
{
    if (m_updating)
        return;
    const QString field = m_combos.at(column)->currentData().toString();
    m_mapping[column] = field;
    if (!field.isEmpty()) {
        // A field is filled from one column only: the newest choice wins.
        m_updating = true;
        for (int i = 0; i < m_combos.size(); ++i) {
            if (i != column && m_mapping.at(i) == field) {
                m_mapping[i].clear();
                m_combos.at(i)->setCurrentIndex(0);
            }
        }
        m_updating = false;
    }
    emit mappingChanged(m_mapping);
}

void ColumnMappingWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ColumnMappingWidget::retranslate()
{
    m_emptyLabel->setText(tr("Open a file to see its columns."));
    for (int i = 0; i < m_labels.size(); ++i) {
        const QString source = m_header.at(i).isEmpty() ? tr("(no name)") : m_header.at(i);
        const QString elided = source.size() > 24 ? source.left(23) + QChar(0x2026) : source;
        m_labels.at(i)->setText(tr("%1 →").arg(elided));
        m_labels.at(i)->setToolTip(tr("Column %1 of the file: %2").arg(i + 1).arg(source));
        QComboBox *combo = m_combos.at(i);
        combo->setAccessibleName(tr("Field for column %1 (%2)").arg(i + 1).arg(source));
        combo->setToolTip(tr("Which field column %1 fills").arg(i + 1));
        const QSignalBlocker blocker(combo);
        combo->setItemText(0, tr("(ignore)"));
        for (int f = 0; f < m_fields.size(); ++f)
            combo->setItemText(f + 1, m_fields.at(f).second);
    }
}

} // namespace wsc
