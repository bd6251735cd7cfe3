#pragma once

#include "desktopactioninput.h"

#include "models/domain/deletedesktopsrequest.h"

class QCheckBox;

namespace wsc {

/** Delete desktops: whether their users go too and whether they are told by e-mail. */
class DeleteInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit DeleteInput(QWidget *parent = nullptr);

    QString consequence() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;
    DeleteDesktopsRequest request() const;

protected:
    void retranslateUi() override;

private:
    QCheckBox *m_deleteUsers = nullptr;
    QCheckBox *m_email = nullptr;
};

} // namespace wsc
