#include "severitystyleproxy.h"

#include "models/rules/finding.h"

#include <QApplication>
#include <QBrush>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace wsc {

namespace {

constexpr int Warning = int(Severity::Warning);
constexpr int Error = int(Severity::Error);

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/** A round red sign with a white "!" (error) or an amber triangle with a black "!" (warning). */
QPixmap drawSign(int severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QColor mark;
    if (severity == Error) {
        p.setPen(QPen(QColor(0x80, 0x10, 0x10), s / 16));
        p.setBrush(SeverityStyleProxy::accent(Error));
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
        mark = Qt::white;
    } else {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.05);
        triangle.lineTo(s * 0.97, s * 0.92);
        triangle.lineTo(s * 0.03, s * 0.92);
        triangle.closeSubpath();
        p.setPen(QPen(QColor(0x7a, 0x52, 0x00), s / 16));
        p.setBrush(QColor(0xf5, 0xb4, 0x00));
        p.drawPath(triangle);
        mark = Qt::black;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(mark);
    const qreal w = s * 0.14;
    const qreal top = severity == Error ? s * 0.22 : s * 0.32;
    p.drawRoundedRect(QRectF(s * 0.5 - w / 2, top, w, s * 0.36), w / 2, w / 2);
    p.drawEllipse(QRectF(s * 0.5 - w / 2, s * 0.68, w, w));
    return pixmap;
}

QIcon makeIcon(int severity)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48})
        icon.addPixmap(drawSign(severity, size));
    return icon;
}

} // namespace

SeverityStyleProxy::SeverityStyleProxy(int severityRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_severityRole(severityRole)
{}

QIcon SeverityStyleProxy::errorIcon()
{
    static const QIcon icon = makeIcon(Error);
    return icon;
}

QIcon SeverityStyleProxy::warningIcon()
{
    static const QIcon icon = makeIcon(Warning);
    return icon;
}

QColor SeverityStyleProxy::accent(int severity)
{
    return severity == Error ? QColor(0xd0, 0x21, 0x21) : QColor(0xe0, 0x9b, 0x00);
}

int SeverityStyleProxy::severityOf(const QModelIndex &index) const
{
    return QIdentityProxyModel::data(index, m_severityRole).toInt();
}

QVariant SeverityStyleProxy::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DecorationRole: {
        if (m_iconColumn >= 0 && index.column() != m_iconColumn)
            break;
        const int severity = severityOf(index);
        if (severity == Error)
            return errorIcon();
        if (severity == Warning)
            return warningIcon();
        break;
    }
    case Qt::BackgroundRole: {
        const int severity = m_tintCells ? severityOf(index) : 0;
        if (severity == 0)
            break;
        // Tint the palette's own base so that text keeps the palette's contrast, dark or light.
        const QColor base = QApplication::palette().color(QPalette::Base);
        return QBrush(mix(base, accent(severity), severity == Error ? 0.28 : 0.25));
    }
    case Qt::AccessibleDescriptionRole: {
        const QString text = QIdentityProxyModel::data(index, role).toString();
        const int severity = severityOf(index);
        if (severity == Error)
            return tr("Error: %1").arg(text);
        if (severity == Warning)
            return tr("Warning: %1").arg(text);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant SeverityStyleProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DecorationRole) {
        const int severity
                = QIdentityProxyModel::headerData(section, orientation, m_severityRole).toInt();
        if (severity == Error)
            return errorIcon();
        if (severity == Warning)
            return warningIcon();
        return {};
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace wsc
