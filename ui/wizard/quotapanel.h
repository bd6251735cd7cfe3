#pragma once

#include "models/rules/quotashortfall.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace wsc {

class CreateRequestModel;
class FieldMessage;
class WizardQuota;

/**
 * The tenant's quotas on a page of the create wizard: how many desktops of the chosen product
 * may still be made, the other quotas the service reports, and (where the batch is checked)
 * which quota the batch does not fit in, with the figures.
 */
class QuotaPanel : public QWidget
{
    Q_OBJECT
public:
    /** @p checksBatch: also say (as an error) where the request does not fit. */
    QuotaPanel(WizardQuota *quota, CreateRequestModel *request, bool checksBatch,
               QWidget *parent = nullptr);

    /** The headline: the desktop quota left, or why it is not known. */
    QString headline() const;
    /** The other quotas, one line. */
    QString details() const;
    /** The error shown when the batch does not fit (empty when it fits). */
    QString blockText() const;

    /** The name of a ShowQuotas resource type in the UI language (QuotaRules::typeName). */
    static QString typeName(const QString &type);
    /** An amount of @p unit (MB shown as GB), in the UI locale. */
    static QString amount(qint64 value, const QString &unit);
    /** Why @p shortfalls stop the batch, with every figure. */
    static QString shortfallText(const QList<QuotaShortfall> &shortfalls, int desktops);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    WizardQuota *m_quota;
    CreateRequestModel *m_request;
    bool m_checksBatch;
    QLabel *m_headline = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_details = nullptr;
    FieldMessage *m_block = nullptr;
};

} // namespace wsc
