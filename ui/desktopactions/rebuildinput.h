#pragma once

#include "catalogpickerinput.h"

#include "models/domain/imageinfo.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace wsc {

/**
 * Rebuild the system disks from an image (BatchRebuildDesktopsSystemDisk): a picker of the
 * images of the desktops' operating system and architecture, the minutes users get to save
 * their work and the message they are shown.
 */
class RebuildInput : public CatalogPickerInput
{
    Q_OBJECT
public:
    explicit RebuildInput(WorkspaceClient *client, QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    QString consequence() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;
    QString imageId() const;

protected:
    void retranslateUi() override;
    void addChoices(const DesktopInfo &first) override;
    QString stateText(Text which) const override;

private:
    void load();
    ImageInfo image(const QString &id) const;

    QList<ImageInfo> m_images;
    QLabel *m_delayLabel = nullptr;
    QSpinBox *m_delay = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLineEdit *m_notice = nullptr;
};

} // namespace wsc
