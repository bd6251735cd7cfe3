#pragma once

#include "desktopactioninput.h"

class QLabel;
class QListWidget;

namespace wsc {

class FieldMessage;

/** Remove data disks of one desktop (DeleteDesktopVolumes): the disks to delete, ticked. */
class RemoveDiskInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit RemoveDiskInput(QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    bool isValid() const override;
    QString consequence() const override;
    Mode mode() const override { return Mode::Call; }
    ApiCall *send(WorkspaceClient *client, QObject *context) override;
    QStringList checkedVolumeIds() const;

protected:
    void retranslateUi() override;

private:
    QLabel *m_label = nullptr;
    QListWidget *m_list = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace wsc
