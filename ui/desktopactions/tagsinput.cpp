#include "tagsinput.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "models/domain/desktoptagschange.h"
#include "models/rules/apilimits.h"
#include "models/rules/createrules.h"
#include "ui/widgets/fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wsc {

TagsInput::TagsInput(WorkspaceClient *client, QWidget *parent)
    : DesktopActionInput(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("tagsInput"));
    m_add = new QRadioButton(this);
    m_add->setObjectName(QStringLiteral("tagsAddRadio"));
    m_add->setChecked(true);
    m_remove = new QRadioButton(this);
    m_remove->setObjectName(QStringLiteral("tagsRemoveRadio"));
    m_keyLabel = new QLabel(this);
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("tagKeyCombo"));
    m_key->setEditable(true);
    m_key->setInsertPolicy(QComboBox::NoInsert);
    m_key->lineEdit()->setObjectName(QStringLiteral("tagKeyEdit"));
    m_key->lineEdit()->setMaxLength(ApiLimits::TagKeyMax);
    m_keyLabel->setBuddy(m_key);
    m_keyMessage = new FieldMessage(QStringLiteral("key"), m_key, this);
    m_keyMessage->setObjectName(QStringLiteral("tagKeyMessage"));
    m_valueLabel = new QLabel(this);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("tagValueEdit"));
    m_value->setMaxLength(ApiLimits::TagValueMax);
    m_valueLabel->setBuddy(m_value);
    m_valueMessage = new FieldMessage(QStringLiteral("value"), m_value, this);
    m_valueMessage->setObjectName(QStringLiteral("tagValueMessage"));

    auto *mode = new QHBoxLayout;
    mode->addWidget(m_add);
    mode->addWidget(m_remove);
    mode->addStretch(1);
    auto *keyBox = FieldMessage::column(m_key, m_keyMessage);
    auto *valueBox = FieldMessage::column(m_value, m_valueMessage);
    auto *form = new QFormLayout;
    form->addRow(m_keyLabel, keyBox);
    form->addRow(m_valueLabel, valueBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(mode);
    layout->addLayout(form);

    connect(m_add, &QRadioButton::toggled, this, &TagsInput::validate);
    connect(m_key, &QComboBox::currentTextChanged, this, &TagsInput::validate);
    connect(m_value, &QLineEdit::textChanged, this, &TagsInput::validate);
    retranslateUi();
    loadKeys();
}

void TagsInput::retranslateUi()
{
    m_add->setText(tr("&Add or change a tag"));
    m_remove->setText(tr("&Remove a tag"));
    m_keyLabel->setText(tr("&Key:"));
    m_valueLabel->setText(tr("&Value:"));
    m_value->setPlaceholderText(tr("Optional"));
    validate();
}

void TagsInput::setTargets(const QList<DesktopInfo> &targets)
{
    DesktopActionInput::setTargets(targets);
    // The keys the selected desktops carry come first: they are what is usually removed.
    QStringList keys;
    for (const DesktopInfo &d : targets) {
        for (auto it = d.tags.cbegin(); it != d.tags.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
    }
    const QString typed = m_key->currentText();
    for (const QString &key : std::as_const(keys)) {
        if (m_key->findText(key) < 0)
            m_key->addItem(key);
    }
    m_key->setCurrentText(typed);
    validate();
}

void TagsInput::loadKeys()
{
    if (!m_client)
        return;
    TypedCall<QList<ProjectTag>> *call = m_client->projectTags(this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        // Completions only: without them the administrator types the key.
        if (!call->isOk())
            return;
        const QString typed = m_key->currentText();
        for (const ProjectTag &tag : call->result()) {
            if (m_key->findText(tag.key) < 0)
                m_key->addItem(tag.key);
        }
        m_key->setCurrentText(typed);
    });
}

bool TagsInput::removes() const
{
    return m_remove->isChecked();
}

void TagsInput::validate()
{
    Tag tag;
    tag.key = m_key->currentText();
    if (!m_value->text().isEmpty())
        tag.value = m_value->text();
    Findings findings;
    CreateRules::checkTag(tag, QString(), findings);
    if (tag.key.isEmpty()) {
        m_keyMessage->setHint(tr("Type a key, e.g. department."));
        m_valueMessage->setFindings(findings);
    } else {
        m_keyMessage->setFindings(findings);
        m_valueMessage->setFindings(findings);
    }
    m_valid = !hasErrors(findings);
    if (m_valid && removes()) {
        // Removing a tag no selected desktop has would send a request that changes nothing.
        bool carried = false;
        for (const DesktopInfo &d : std::as_const(m_targets))
            carried = carried || d.tags.contains(tag.key);
        if (!carried) {
            m_keyMessage->setMessage(Severity::Error,
                                     tr("None of these desktops has the tag “%1”.").arg(tag.key));
            m_valid = false;
        }
    }
    emit changed();
}

bool TagsInput::isValid() const
{
    return m_valid;
}

QString TagsInput::consequence() const
{
    const int n = int(m_targets.size());
    const QString key = m_key->currentText();
    if (removes())
        return tr("The tag “%1” will be removed from %n desktop(s).", nullptr, n).arg(key);
    if (m_value->text().isEmpty())
        return tr("%n desktop(s) will get the tag “%1”.", nullptr, n).arg(key);
    return tr("%n desktop(s) will get the tag “%1” = “%2”.", nullptr, n).arg(key, m_value->text());
}

QString TagsInput::start(JobCenter *jobs, const BatchSource &source)
{
    Tag tag;
    tag.key = m_key->currentText();
    if (!m_value->text().isEmpty())
        tag.value = m_value->text();
    return jobs->startTags(DesktopTagsChange::sameTags(targetIds(), {tag}), !removes(), source);
}

} // namespace wsc
