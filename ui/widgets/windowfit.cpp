#include "windowfit.h"

#include "ui/settings/appsettings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QWidget>

namespace wsc {

namespace {

/** Keeps a window's size in AppSettings when the window is hidden (closed, accepted, rejected). */
class SizeKeeper : public QObject
{
public:
    SizeKeeper(QWidget *window, const QString &name)
        : QObject(window)
        , m_window(window)
        , m_name(name)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Hide && !m_window->isMaximized()
            && !m_window->isFullScreen()) {
            AppSettings settings;
            settings.setWindowSize(m_name, m_window->size());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    QString m_name;
};

} // namespace

namespace WindowFit {

QRect room(const QWidget *widget)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    // The size of a window excludes its frame and title bar: leave room for them.
    return available.adjusted(0, 0, -16, -48);
}

void fit(QWidget *window, const QSize &wanted)
{
    const QSize space = room(window).size();
    window->resize(wanted.boundedTo(space).expandedTo(window->minimumSizeHint().boundedTo(space)));
}

void remember(QWidget *window, const QString &name, const QSize &wanted)
{
    const QSize kept = AppSettings().windowSize(name);
    fit(window, kept.isValid() && !kept.isEmpty() ? kept : wanted);
    window->installEventFilter(new SizeKeeper(window, name));
}

} // namespace WindowFit

} // namespace wsc
