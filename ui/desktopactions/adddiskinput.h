#pragma once

#include "desktopactioninput.h"

class FieldMessage;
class QComboBox;
class QLabel;
class QSpinBox;

/** Add a data disk to one desktop (AddDesktopVolumes): type and size, checked as in create. */
class AddDiskInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit AddDiskInput(QWidget *parent = nullptr);

    bool isValid() const override;
    QString consequence() const override;
    Mode mode() const override { return Mode::Call; }
    ApiCall *send(WorkspaceClient *client, QObject *context) override;

protected:
    void retranslateUi() override;

private:
    void validate();

    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QSpinBox *m_size = nullptr;
    FieldMessage *m_message = nullptr;
    bool m_valid = false;
};
