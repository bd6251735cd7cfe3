#include "discardprompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace wsc {

QMessageBox *DiscardPrompt::open(QWidget *form, const QString &what, std::function<void()> discard)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard unsent input?"),
                                tr("Close this window and discard what was entered?"),
                                QMessageBox::NoButton, form);
    box->setObjectName(QStringLiteral("discardPromptBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(
            tr("%1\nNothing of it has been sent to the service; it cannot be recovered.")
                    .arg(what));
    QPushButton *discardButton = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    // Enter and Escape both keep the work: only a deliberate click or Alt+D throws it away.
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    QObject::connect(box, &QMessageBox::buttonClicked, form,
                     [discardButton, discard = std::move(discard)](QAbstractButton *clicked) {
                         if (clicked == discardButton && discard)
                             discard();
                     });
    box->open();
    return box;
}

} // namespace wsc
