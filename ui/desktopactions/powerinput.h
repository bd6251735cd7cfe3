#pragma once

#include "desktopactioninput.h"

#include "models/domain/desktopactionrequest.h"

class QCheckBox;

namespace wsc {

/** Start, stop, reboot or hibernate: the Force option (HARD) and what the action does. */
class PowerInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit PowerInput(DesktopActionRequest::Action action, QWidget *parent = nullptr);

    DesktopActionRequest::Action action() const { return m_action; }
    bool isForced() const;
    QString consequence() const override;
    bool hasFields() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;
    /** The request start() sends. */
    DesktopActionRequest request() const;

protected:
    void retranslateUi() override;

private:
    DesktopActionRequest::Action m_action;
    QCheckBox *m_force = nullptr;
};

} // namespace wsc
