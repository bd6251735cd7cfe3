#pragma once

#include "desktopactioninput.h"

#include <QSet>

class QLabel;
class QLineEdit;

namespace wsc {

class FieldMessage;

/** Rename one desktop (UpdateDesktop computer_name): checked as the create rules check names. */
class RenameInput : public DesktopActionInput
{
    Q_OBJECT
public:
    /** @p takenNames: the computer names of the tenant's desktops (any case). */
    explicit RenameInput(const QStringList &takenNames, QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    bool isValid() const override;
    QString consequence() const override;
    Mode mode() const override { return Mode::Call; }
    ApiCall *send(WorkspaceClient *client, QObject *context) override;
    QString newName() const;

protected:
    void retranslateUi() override;

private:
    void validate();

    QSet<QString> m_taken; ///< case-folded
    QLabel *m_label = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_message = nullptr;
    bool m_valid = false;
};

} // namespace wsc
