#pragma once

#include "disksizeinput.h"

namespace wsc {

/** Add a data disk to one desktop (AddDesktopVolumes): type and size, checked as in create. */
class AddDiskInput : public DiskSizeInput
{
    Q_OBJECT
public:
    explicit AddDiskInput(QWidget *parent = nullptr);

    QString consequence() const override;
    ApiCall *send(WorkspaceClient *client, QObject *context) override;

protected:
    void retranslateUi() override;
    void validate() override;
};

} // namespace wsc
