#pragma once

#include "wizardpage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace wsc {

class DataVolumesModel;
class FieldMessage;
class RangeSpinBox;
class SeverityStyleProxy;

/**
 * Page 3 of the create wizard: the system disk (a type the region offers, 80–32760 GB in steps
 * of 10, at least what the image needs, IOPS and throughput where the type takes them, a KMS key
 * to encrypt it) and up to ten data disks in an editable table with the same fields.
 */
class WizardDisksPage : public WizardPage
{
    Q_OBJECT
public:
    WizardDisksPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                    QWidget *parent = nullptr);

    void initializePage() override;
    void readModel() override;

    DataVolumesModel *dataVolumesModel() const { return m_volumes; }

protected:
    void retranslateUi() override;

private:
    void writeRootVolume();
    void fillTypeCombo();
    void updatePerformanceFields();
    void updateButtons();
    void updateMinimumHint();
    void onAdd();
    void onRemove();

    DataVolumesModel *m_volumes = nullptr;
    SeverityStyleProxy *m_style = nullptr;

    QGroupBox *m_systemBox = nullptr;
    QLabel *m_rootTypeLabel = nullptr;
    QComboBox *m_rootTypeCombo = nullptr;
    QLabel *m_rootSizeLabel = nullptr;
    RangeSpinBox *m_rootSizeSpin = nullptr;
    QLabel *m_minimumLabel = nullptr;
    QLabel *m_rootIopsLabel = nullptr;
    QSpinBox *m_rootIopsSpin = nullptr;
    QLabel *m_rootThroughputLabel = nullptr;
    QSpinBox *m_rootThroughputSpin = nullptr;
    QLabel *m_rootKmsLabel = nullptr;
    QLineEdit *m_rootKmsEdit = nullptr;
    FieldMessage *m_rootMessage = nullptr;
    QGroupBox *m_dataBox = nullptr;
    QLabel *m_dataLabel = nullptr;
    QTableView *m_dataView = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    FieldMessage *m_dataMessage = nullptr;
    FieldMessage *m_otherMessage = nullptr;
};

} // namespace wsc
