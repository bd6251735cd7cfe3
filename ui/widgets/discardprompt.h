#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace wsc {

/**
 * Asks before a form's unsent input is thrown away (Cancel, Escape or closing the window): a
 * window-modal question that names what would be lost, with "Keep editing" as the default so
 * that a stray Enter or Escape keeps the work.
 */
class DiscardPrompt
{
    Q_DECLARE_TR_FUNCTIONS(DiscardPrompt)
public:
    /**
     * Opens the question on @p form (not blocking); @p discard runs when the person chooses to
     * discard. @p what says what would be lost ("240 desktops not submitted"). The box deletes
     * itself when closed; its object name is "discardPromptBox", its buttons "discardButton"
     * and "keepEditingButton".
     */
    static QMessageBox *open(QWidget *form, const QString &what, std::function<void()> discard);
};

} // namespace wsc
