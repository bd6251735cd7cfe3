#include "attachoptionspanel.h"

#include "attachsubmission.h"

#include "models/i18n/glossary.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace wsc {

AttachOptionsPanel::AttachOptionsPanel(AttachSubmission *submission, QWidget *parent)
    : QGroupBox(parent)
    , m_submission(submission)
{
    setObjectName(QStringLiteral("optionsBox"));
    auto *layout = new QGridLayout(this);
    m_imageTypeLabel = new QLabel(this);
    m_imageTypeCombo = new QComboBox(this);
    m_imageTypeCombo->setObjectName(QStringLiteral("imageTypeCombo"));
    m_imageTypeCombo->addItem(QString(), QString());
    m_imageTypeCombo->addItem(QString(), QStringLiteral("private"));
    m_imageTypeCombo->addItem(QString(), QStringLiteral("gold"));
    m_imageTypeCombo->addItem(QString(), QStringLiteral("market"));
    m_imageTypeLabel->setBuddy(m_imageTypeCombo);
    m_imageIdLabel = new QLabel(this);
    m_imageIdEdit = new QLineEdit(this);
    m_imageIdEdit->setObjectName(QStringLiteral("imageIdEdit"));
    m_imageIdEdit->setClearButtonEnabled(true);
    m_imageIdLabel->setBuddy(m_imageIdEdit);
    m_policyLabel = new QLabel(this);
    m_policyEdit = new QLineEdit(this);
    m_policyEdit->setObjectName(QStringLiteral("namePolicyEdit"));
    m_policyEdit->setClearButtonEnabled(true);
    m_policyLabel->setBuddy(m_policyEdit);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("optionsMessage"));
    layout->addWidget(m_imageTypeLabel, 0, 0);
    layout->addWidget(m_imageTypeCombo, 0, 1);
    layout->addWidget(m_imageIdLabel, 0, 2);
    layout->addWidget(m_imageIdEdit, 0, 3);
    layout->addWidget(m_policyLabel, 1, 0);
    layout->addWidget(m_policyEdit, 1, 1, 1, 3);
    layout->addWidget(m_message, 2, 0, 1, 4);
    layout->setColumnStretch(3, 1);
    connect(m_imageTypeCombo, &QComboBox::currentIndexChanged, this,
            &AttachOptionsPanel::onChanged);
    connect(m_imageIdEdit, &QLineEdit::textChanged, this, &AttachOptionsPanel::onChanged);
    connect(m_policyEdit, &QLineEdit::textChanged, this, &AttachOptionsPanel::onChanged);
    retranslateUi();
}

void AttachOptionsPanel::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_imageTypeCombo),
                       static_cast<QWidget *>(m_imageIdEdit), static_cast<QWidget *>(m_policyEdit)})
        w->setEnabled(!busy);
}

void AttachOptionsPanel::onChanged()
{
    AttachRequest options;
    options.imageType = m_imageTypeCombo->currentData().toString();
    options.imageId = m_imageIdEdit->text();
    options.desktopNamePolicyId = m_policyEdit->text();
    m_submission->setOptions(options);
    const Findings findings = m_submission->optionFindings();
    if (findings.isEmpty())
        m_message->clear();
    else
        m_message->setFindings(findings);
    emit optionsChanged();
}

void AttachOptionsPanel::retranslateUi()
{
    setTitle(tr("For every desktop of this assignment (optional)"));
    m_imageTypeLabel->setText(tr("C&hange image:"));
    m_imageTypeCombo->setItemText(0, tr("No change"));
    for (int i = 1; i < m_imageTypeCombo->count(); ++i)
        m_imageTypeCombo->setItemText(
                i, Glossary::imageType(m_imageTypeCombo->itemData(i).toString()));
    m_imageTypeCombo->setAccessibleName(tr("Image type"));
    m_imageIdLabel->setText(tr("Image &ID:"));
    m_imageIdEdit->setAccessibleName(tr("Image ID"));
    m_policyLabel->setText(tr("Desk&top name policy ID:"));
    m_policyEdit->setAccessibleName(tr("Desktop name policy ID"));
    m_policyEdit->setToolTip(tr("A policy that generates desktop names; a new computer name "
                                "given on a row wins over it."));
    onChanged(); // the findings are worded in the language of the moment
}

void AttachOptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace wsc
