#pragma once

#include "models/domain/desktopinfo.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace wsc {

/**
 * The side panel of the desktops view: every field of the selected desktop that an
 * administrator acts on, selectable, with copy buttons on the ids (support asks for them).
 */
class DesktopDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DesktopDetailsPanel(QWidget *parent = nullptr);

    /** Shows @p desktop; an empty id shows "nothing selected". */
    void setDesktop(const DesktopInfo &desktop);
    DesktopInfo desktop() const { return m_desktop; }
    /** The value shown for the field @p key ("desktop_id", "status"...), for tests. */
    QString value(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QString key;
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QToolButton *copy = nullptr;
    };
    void addField(const QString &key, bool copyable);
    void retranslateUi();
    void render();
    /** Gives each wrapped value the height its actual width needs (QFormLayout uses the hint). */
    void fitWrappedValues();
    bool eventFilter(QObject *watched, QEvent *event) override;

    DesktopInfo m_desktop;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_form = nullptr;
    QScrollArea *m_scroll = nullptr;
    QFormLayout *m_layout = nullptr;
    QList<Field> m_fields;
};

} // namespace wsc
