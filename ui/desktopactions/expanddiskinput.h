#pragma once

#include "desktopactioninput.h"

class FieldMessage;
class QComboBox;
class QLabel;
class QSpinBox;

/** Expand one data disk of a desktop (ExpandDesktopVolume): only ever larger than today. */
class ExpandDiskInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit ExpandDiskInput(QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    bool isValid() const override;
    QString consequence() const override;
    Mode mode() const override { return Mode::Call; }
    ApiCall *send(WorkspaceClient *client, QObject *context) override;

protected:
    void retranslateUi() override;

private:
    void validate();
    int currentSize() const;

    QLabel *m_diskLabel = nullptr;
    QComboBox *m_disk = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QSpinBox *m_size = nullptr;
    FieldMessage *m_message = nullptr;
    bool m_valid = false;
};
