#pragma once

#include "disksizeinput.h"

namespace wsc {

/** Expand one data disk of a desktop (ExpandDesktopVolume): only ever larger than today. */
class ExpandDiskInput : public DiskSizeInput
{
    Q_OBJECT
public:
    explicit ExpandDiskInput(QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    QString consequence() const override;
    ApiCall *send(WorkspaceClient *client, QObject *context) override;

protected:
    void retranslateUi() override;
    void validate() override;

private:
    int currentSize() const;
};

} // namespace wsc
