#pragma once

#include "catalogpickerinput.h"

#include "models/domain/product.h"

namespace wsc {

/**
 * Change the product of desktops (ResizeDesktop): a picker of the products on sale for the
 * desktops' operating system and architecture, loaded from the service.
 */
class ResizeInput : public CatalogPickerInput
{
    Q_OBJECT
public:
    explicit ResizeInput(WorkspaceClient *client, QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    QString consequence() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;
    QString productId() const;

protected:
    void retranslateUi() override;
    void addChoices(const DesktopInfo &first) override;
    QString stateText(Text which) const override;
    QString choiceProblem() const override;

private:
    void load();

    QList<Product> m_products; ///< every product the service lists
    bool m_requested = false;
};

} // namespace wsc
