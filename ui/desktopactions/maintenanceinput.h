#pragma once

#include "desktopactioninput.h"

class QRadioButton;

namespace wsc {

/** Turn maintenance mode on (users cannot sign in) or off for the desktops, as a batch. */
class MaintenanceInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit MaintenanceInput(QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    bool turnsOn() const;
    QString consequence() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;

protected:
    void retranslateUi() override;

private:
    QRadioButton *m_on = nullptr;
    QRadioButton *m_off = nullptr;
};

} // namespace wsc
