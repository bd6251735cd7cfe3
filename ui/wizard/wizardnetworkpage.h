#pragma once

#include "wizardpage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QListView;
class QTableView;
class QPushButton;

namespace wsc {

class FieldMessage;
class LoadStateWidget;
class NicsModel;
class SecurityGroupsModel;
class SeverityStyleProxy;

/**
 * Page 4 of the create wizard: the desktops' NICs (subnets of the workspace, up to five, in
 * order; none means the workspace's default NIC) and their security groups (up to five; the
 * workspace's desktop group is chosen until people choose otherwise).
 */
class WizardNetworkPage : public WizardPage
{
    Q_OBJECT
public:
    WizardNetworkPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                      QWidget *parent = nullptr);

    void initializePage() override;
    void readModel() override;

    NicsModel *nicsModel() const { return m_nics; }
    SecurityGroupsModel *securityGroupsModel() const { return m_groups; }

protected:
    bool isReady() const override;
    void retranslateUi() override;
    void catalogChanged(CatalogCache::Kind kind) override;

private:
    void fillSubnets();
    void applyDefaultGroup();
    void updateButtons();
    void onAdd();
    void onRemove();
    void onMove(int delta);

    NicsModel *m_nics = nullptr;
    SeverityStyleProxy *m_nicsStyle = nullptr;
    SecurityGroupsModel *m_groups = nullptr;
    SeverityStyleProxy *m_groupsStyle = nullptr;

    QGroupBox *m_nicsBox = nullptr;
    QLabel *m_nicsHint = nullptr;
    QLabel *m_subnetLabel = nullptr;
    QComboBox *m_subnetCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QTableView *m_nicsView = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    LoadStateWidget *m_nicsState = nullptr;
    FieldMessage *m_nicsMessage = nullptr;
    QGroupBox *m_groupsBox = nullptr;
    QLabel *m_groupsHint = nullptr;
    QListView *m_groupsView = nullptr;
    LoadStateWidget *m_groupsState = nullptr;
    FieldMessage *m_groupsMessage = nullptr;
    FieldMessage *m_otherMessage = nullptr;
};

} // namespace wsc
