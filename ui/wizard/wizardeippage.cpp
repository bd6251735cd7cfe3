#include "wizardeippage.h"

#include "models/i18n/glossary.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/rules/apilimits.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/rangespinbox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wsc {

namespace {

// Indents the fields of a choice under its radio button.
QWidget *indented(QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(28, 0, 0, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

WizardEipPage::WizardEipPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                             QWidget *parent)
    : WizardPage(requestModel, catalogCache, parent)
{
    setObjectName(QStringLiteral("eipPage"));
    setOwnedPaths({QStringLiteral("eip")});

    auto *layout = new QVBoxLayout(this);
    m_noneRadio = new QRadioButton(this);
    m_noneRadio->setObjectName(QStringLiteral("noEipRadio"));
    m_existingRadio = new QRadioButton(this);
    m_existingRadio->setObjectName(QStringLiteral("existingEipRadio"));
    m_newRadio = new QRadioButton(this);
    m_newRadio->setObjectName(QStringLiteral("newEipRadio"));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_noneRadio, int(CreateRequestModel::EipMode::None));
    m_modeGroup->addButton(m_existingRadio, int(CreateRequestModel::EipMode::Existing));
    m_modeGroup->addButton(m_newRadio, int(CreateRequestModel::EipMode::New));

    layout->addWidget(m_noneRadio);
    layout->addWidget(m_existingRadio);

    // Each choice: its fields in a form, and the message under them at full width.
    auto *existing = new QWidget(this);
    auto *existingColumn = new QVBoxLayout(existing);
    existingColumn->setContentsMargins(0, 0, 0, 0);
    auto *existingForm = new QFormLayout;
    existingForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    existingForm->setContentsMargins(0, 0, 0, 0);
    m_idLabel = new QLabel(existing);
    m_idEdit = new QLineEdit(existing);
    m_idEdit->setObjectName(QStringLiteral("eipIdEdit"));
    m_idEdit->setClearButtonEnabled(true);
    m_idEdit->setMinimumWidth(m_idEdit->fontMetrics().averageCharWidth() * 44); // a UUID
    m_idLabel->setBuddy(m_idEdit);
    m_idMessage = new FieldMessage(existing);
    m_idMessage->setObjectName(QStringLiteral("eipIdMessage"));
    m_idMessage->setField(m_idEdit);
    existingForm->addRow(m_idLabel, m_idEdit);
    existingColumn->addLayout(existingForm);
    existingColumn->addWidget(m_idMessage);
    m_existingBox = indented(existing, this);
    layout->addWidget(m_existingBox);

    layout->addWidget(m_newRadio);
    auto *fresh = new QWidget(this);
    auto *freshColumn = new QVBoxLayout(fresh);
    freshColumn->setContentsMargins(0, 0, 0, 0);
    auto *newForm = new QFormLayout;
    newForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    newForm->setContentsMargins(0, 0, 0, 0);
    m_typeLabel = new QLabel(fresh);
    m_typeCombo = new QComboBox(fresh);
    m_typeCombo->setObjectName(QStringLiteral("eipTypeCombo"));
    m_typeCombo->addItem(QString(), QStringLiteral("5_bgp"));
    m_typeCombo->addItem(QString(), QStringLiteral("5_sbgp"));
    m_typeLabel->setBuddy(m_typeCombo);
    m_chargeLabel = new QLabel(fresh);
    m_chargeCombo = new QComboBox(fresh);
    m_chargeCombo->setObjectName(QStringLiteral("eipChargeCombo"));
    m_chargeCombo->addItem(QString(), QStringLiteral("TRAFFIC"));
    m_chargeCombo->addItem(QString(), QStringLiteral("BANDWIDTH"));
    m_chargeLabel->setBuddy(m_chargeCombo);
    m_bandwidthLabel = new QLabel(fresh);
    m_bandwidthSpin = new RangeSpinBox(fresh);
    m_bandwidthSpin->setObjectName(QStringLiteral("eipBandwidthSpin"));
    m_bandwidthSpin->setAllowedRange(ApiLimits::BandwidthMin, ApiLimits::BandwidthMax);
    m_bandwidthSpin->setAccelerated(true);
    m_bandwidthSpin->setMinimumWidth(m_bandwidthSpin->fontMetrics().averageCharWidth() * 16);
    m_bandwidthLabel->setBuddy(m_bandwidthSpin);
    m_newMessage = new FieldMessage(fresh);
    m_newMessage->setObjectName(QStringLiteral("newEipMessage"));
    m_newMessage->setField(m_bandwidthSpin);
    newForm->addRow(m_typeLabel, m_typeCombo);
    newForm->addRow(m_chargeLabel, m_chargeCombo);
    newForm->addRow(m_bandwidthLabel, m_bandwidthSpin);
    freshColumn->addLayout(newForm);
    freshColumn->addWidget(m_newMessage);
    m_newBox = indented(fresh, this);
    layout->addWidget(m_newBox);

    m_otherMessage = new FieldMessage(this);
    m_otherMessage->setObjectName(QStringLiteral("eipOtherMessage"));
    layout->addWidget(m_otherMessage);
    layout->addStretch(1);

    connect(m_modeGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        updateEnabled();
        if (!isReading())
            this->request()->setEipMode(static_cast<CreateRequestModel::EipMode>(id));
    });
    connect(m_idEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!isReading())
            this->request()->setExistingEipId(text.trimmed());
    });
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &WizardEipPage::writeNewEip);
    connect(m_chargeCombo, &QComboBox::currentIndexChanged, this, &WizardEipPage::writeNewEip);
    connect(m_bandwidthSpin, &QSpinBox::valueChanged, this, &WizardEipPage::writeNewEip);

    bindMessage(m_idMessage, {QStringLiteral("eip.id")});
    bindMessage(m_newMessage, {QStringLiteral("eip.type"), QStringLiteral("eip.charge_mode"),
                               QStringLiteral("eip.bandwidth_size")});
    setFallbackMessage(m_otherMessage);

    retranslateUi();
    readModel();
}

void WizardEipPage::initializePage()
{
    readModel();
    refreshMessages();
}

void WizardEipPage::retranslateUi()
{
    setTitle(tr("Public IP (EIP)"));
    setSubTitle(tr("Decide whether the desktops get their own elastic public IP."));
    m_noneRadio->setText(tr("No &EIP: the desktops reach the internet through the workspace"));
    m_noneRadio->setAccessibleName(tr("No EIP"));
    m_existingRadio->setText(tr("Bind an e&xisting EIP"));
    m_existingRadio->setAccessibleName(tr("Bind an existing EIP"));
    m_idLabel->setText(tr("EIP &ID:"));
    m_idEdit->setAccessibleName(tr("ID of the EIP to bind"));
    m_idEdit->setPlaceholderText(tr("e.g. 2f1b3c4d-…"));
    m_newRadio->setText(tr("Bu&y a new EIP for each desktop"));
    m_newRadio->setAccessibleName(tr("Buy a new EIP"));
    m_typeLabel->setText(tr("&Line:"));
    m_typeCombo->setAccessibleName(tr("EIP line type"));
    m_typeCombo->setItemText(0, Glossary::eipType(m_typeCombo->itemData(0).toString()));
    m_typeCombo->setItemText(1, Glossary::eipType(m_typeCombo->itemData(1).toString()));
    m_chargeLabel->setText(tr("Billin&g:"));
    m_chargeCombo->setAccessibleName(tr("EIP billing"));
    m_chargeCombo->setItemText(0, Glossary::eipChargeMode(m_chargeCombo->itemData(0).toString()));
    m_chargeCombo->setItemText(1, Glossary::eipChargeMode(m_chargeCombo->itemData(1).toString()));
    m_bandwidthLabel->setText(tr("Band&width:"));
    m_bandwidthSpin->setSuffix(tr(" Mbit/s"));
    m_bandwidthSpin->setAccessibleName(tr("EIP bandwidth in Mbit/s"));
}

void WizardEipPage::writeNewEip()
{
    if (isReading())
        return;
    Eip e;
    e.type = m_typeCombo->currentData().toString();
    e.chargeMode = m_chargeCombo->currentData().toString();
    e.bandwidthSize = m_bandwidthSpin->value();
    request()->setNewEip(e);
}

void WizardEipPage::updateEnabled()
{
    m_existingBox->setEnabled(m_existingRadio->isChecked());
    m_newBox->setEnabled(m_newRadio->isChecked());
}

void WizardEipPage::readModel()
{
    const ReadGuard guard(this);
    if (auto *button = m_modeGroup->button(int(request()->eipMode())))
        button->setChecked(true);
    if (m_idEdit->text() != request()->existingEipId())
        m_idEdit->setText(request()->existingEipId());
    const Eip e = request()->newEip();
    const auto select = [](QComboBox *combo, const QString &value) {
        int index = combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            combo->addItem(value, value); // a draft's value the rules will report
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    };
    select(m_typeCombo, e.type);
    select(m_chargeCombo, e.chargeMode);
    m_bandwidthSpin->setValue(e.bandwidthSize.value_or(ApiLimits::BandwidthMin));
    updateEnabled();
}

} // namespace wsc
