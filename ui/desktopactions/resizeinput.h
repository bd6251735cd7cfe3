#pragma once

#include "desktopactioninput.h"

#include "models/domain/product.h"

#include <QPointer>

class FieldMessage;
class QComboBox;
class QLabel;

/**
 * Change the product of desktops (ResizeDesktop): a picker of the products on sale for the
 * desktops' operating system and architecture, loaded from the service.
 */
class ResizeInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit ResizeInput(WorkspaceClient *client, QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    bool isValid() const override;
    QString consequence() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;
    QString productId() const;
    /** True once the products were read (or failed to be). */
    bool isLoaded() const { return m_loaded; }

signals:
    void productsLoaded();

protected:
    void retranslateUi() override;

private:
    void load();
    void fill();
    void validate();

    QPointer<WorkspaceClient> m_client;
    QList<Product> m_products; ///< every product the service lists
    bool m_loaded = false;
    bool m_requested = false;
    QString m_loadError;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    FieldMessage *m_message = nullptr;
    bool m_valid = false;
};
