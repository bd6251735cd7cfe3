#pragma once

#include "desktopactioninput.h"

#include "models/domain/imageinfo.h"

#include <QPointer>

class FieldMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * Rebuild the system disks from an image (BatchRebuildDesktopsSystemDisk): a picker of the
 * images of the desktops' operating system and architecture, the minutes users get to save
 * their work and the message they are shown.
 */
class RebuildInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit RebuildInput(WorkspaceClient *client, QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    bool isValid() const override;
    QString consequence() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;
    QString imageId() const;
    bool isLoaded() const { return m_loaded; }

signals:
    void imagesLoaded();

protected:
    void retranslateUi() override;

private:
    void load();
    void fill();
    void validate();
    ImageInfo image(const QString &id) const;

    QPointer<WorkspaceClient> m_client;
    QList<ImageInfo> m_images;
    bool m_loaded = false;
    QString m_loadError;
    QLabel *m_imageLabel = nullptr;
    QComboBox *m_combo = nullptr;
    FieldMessage *m_message = nullptr;
    QLabel *m_delayLabel = nullptr;
    QSpinBox *m_delay = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLineEdit *m_notice = nullptr;
    bool m_valid = false;
};
