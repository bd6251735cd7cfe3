#pragma once

#include "wizardpage.h"

#include <QHash>
#include <QString>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;

namespace wsc {

class FieldMessage;
class ImageListModel;
class LoadStateWidget;
class SeverityStyleProxy;

/**
 * Page 2 of the create wizard: the image, public (gold), private or from the marketplace, out of
 * those that run on the chosen product's OS and architecture. An image that needs more memory
 * than the product has, or a larger system disk, is reported as soon as it is picked.
 */
class WizardImagePage : public WizardPage
{
    Q_OBJECT
public:
    WizardImagePage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                    QWidget *parent = nullptr);

    void initializePage() override;
    void readModel() override;

    ImageListModel *imageModel() const { return m_images; }

protected:
    bool isReady() const override;
    void retranslateUi() override;
    void catalogChanged(CatalogCache::Kind kind) override;

private:
    void refreshImages();
    void selectImageRow();
    void onImageSelected();
    void updateContextLabel();
    /** Switches the image type: the pick follows, to the one last made for that type. */
    void switchImageType(const QString &type);

    ImageListModel *m_images = nullptr;
    SeverityStyleProxy *m_style = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    QHash<QString, QString> m_pickByType; ///< image type -> the image last picked of that type

    QButtonGroup *m_typeGroup = nullptr;
    QLabel *m_typeLabel = nullptr;
    QRadioButton *m_goldRadio = nullptr;
    QRadioButton *m_privateRadio = nullptr;
    QRadioButton *m_marketRadio = nullptr;
    FieldMessage *m_typeMessage = nullptr;
    QLabel *m_contextLabel = nullptr;
    QTableView *m_imageView = nullptr;
    LoadStateWidget *m_imageState = nullptr;
    FieldMessage *m_imageMessage = nullptr;
    FieldMessage *m_otherMessage = nullptr;
};

} // namespace wsc
