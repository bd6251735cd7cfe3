#pragma once

#include "desktopactioninput.h"

namespace wsc {

/** Detach every user of the desktops: no options, only what it means. */
class DetachInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit DetachInput(QWidget *parent = nullptr);

    QString consequence() const override;
    bool hasFields() const override { return false; }
    QString start(JobCenter *jobs, const BatchSource &source) override;
};

} // namespace wsc
