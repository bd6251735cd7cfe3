#pragma once

#include "wizardpage.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace wsc {

class FieldMessage;
class LoadStateWidget;
class ProductFilterModel;
class ProductListModel;
class QuotaPanel;
class WizardQuota;

/**
 * Page 1 of the create wizard: dedicated or shared desktops, the availability zone, the product
 * (package) from a sortable, filterable table of what the service sells (sold-out products
 * cannot be picked), and the enterprise project.
 */
class WizardTypePage : public WizardPage
{
    Q_OBJECT
public:
    WizardTypePage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                   QWidget *parent = nullptr);

    void initializePage() override;
    void readModel() override;
    void focusFinding(const Finding &finding) override;

    ProductListModel *productModel() const { return m_products; }
    /** Shows the tenant's quotas (the desktops that may still be made) above the products. */
    void setQuota(WizardQuota *quota);
    QuotaPanel *quotaPanel() const { return m_quotaPanel; }

protected:
    bool isReady() const override;
    void retranslateUi() override;
    void catalogChanged(CatalogCache::Kind kind) override;

private:
    void fillZones();
    void updateZoneState();
    void fillProducts();
    void selectProductRow();
    void onProductSelected();

    ProductListModel *m_products = nullptr;
    ProductFilterModel *m_filter = nullptr;

    QGroupBox *m_typeBox = nullptr;
    QButtonGroup *m_typeGroup = nullptr;
    QRadioButton *m_dedicatedRadio = nullptr;
    QRadioButton *m_sharedRadio = nullptr;
    FieldMessage *m_typeMessage = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QPushButton *m_zoneRetryButton = nullptr;
    FieldMessage *m_zoneStatus = nullptr; ///< loading / why the zones could not be listed
    FieldMessage *m_zoneMessage = nullptr;
    QLabel *m_productLabel = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_osLabel = nullptr;
    QComboBox *m_osCombo = nullptr;
    QLabel *m_archLabel = nullptr;
    QComboBox *m_archCombo = nullptr;
    QTableView *m_productView = nullptr;
    LoadStateWidget *m_productState = nullptr;
    FieldMessage *m_productMessage = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLineEdit *m_projectEdit = nullptr;
    FieldMessage *m_projectMessage = nullptr;
    FieldMessage *m_otherMessage = nullptr;
    QuotaPanel *m_quotaPanel = nullptr;
};

} // namespace wsc
