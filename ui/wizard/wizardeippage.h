#pragma once

#include "wizardpage.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace wsc {

class FieldMessage;
class RangeSpinBox;

/**
 * Page 5 of the create wizard: the desktops' public address. None (the workspace's internet
 * access), an existing EIP bound by its id, or a new EIP (dynamic or static BGP, billed by
 * traffic or bandwidth, 1–2000 Mbit/s).
 */
class WizardEipPage : public WizardPage
{
    Q_OBJECT
public:
    WizardEipPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                  QWidget *parent = nullptr);

    void initializePage() override;
    void readModel() override;

protected:
    void retranslateUi() override;

private:
    void writeNewEip();
    void updateEnabled();

    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_noneRadio = nullptr;
    QRadioButton *m_existingRadio = nullptr;
    QRadioButton *m_newRadio = nullptr;
    QWidget *m_existingBox = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_idEdit = nullptr;
    FieldMessage *m_idMessage = nullptr;
    QWidget *m_newBox = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_chargeLabel = nullptr;
    QComboBox *m_chargeCombo = nullptr;
    QLabel *m_bandwidthLabel = nullptr;
    RangeSpinBox *m_bandwidthSpin = nullptr;
    FieldMessage *m_newMessage = nullptr;
    FieldMessage *m_otherMessage = nullptr;
};

} // namespace wsc
