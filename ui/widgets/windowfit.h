#pragma once

#include <QRect>
#include <QSize>
#include <QString>

class QWidget;

namespace wsc {

/**
 * Opens windows within the screen they appear on, at the size the user last gave them: a
 * 1366×768 laptop must still reach every button.
 */
namespace WindowFit {

/** The area a window of @p widget may cover: its screen's available area less the frame. */
QRect room(const QWidget *widget);
/** Resizes @p window to @p wanted within room(), and not below its own minimum when that fits. */
void fit(QWidget *window, const QSize &wanted);
/**
 * Sizes @p window as the user last left the window named @p name (else @p wanted), within
 * room(), and remembers its size whenever it is hidden.
 */
void remember(QWidget *window, const QString &name, const QSize &wanted);

} // namespace WindowFit

} // namespace wsc
