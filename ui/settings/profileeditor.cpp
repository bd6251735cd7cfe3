#include "profileeditor.h"

#include "api/http/region.h"
#include "models/rules/apilimits.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wsc {

namespace {

/** A field with its message below it, for a QFormLayout row. */
QWidget *withMessage(QWidget *field, FieldMessage *message, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_checker([](const Profile &p) { return p.check(); })
{
    setObjectName(QStringLiteral("profileEditor"));
    buildUi();
    retranslateUi();
}

void ProfileEditor::buildUi()
{
    auto message = [this](const QString &path, QWidget *field) {
        auto *m = new FieldMessage(path, field, this);
        m->setObjectName(path + QStringLiteral("Message"));
        m_messages << m;
        return m;
    };
    auto line = [this](const char *name, bool secret = false) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        if (secret) {
            edit->setEchoMode(QLineEdit::Password);
            // Secrets never go through the clipboard history or input methods' dictionaries.
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                      | Qt::ImhNoPredictiveText);
        }
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::onEdited);
        return edit;
    };

    m_sandboxNote = new QLabel(this);
    m_sandboxNote->setObjectName(QStringLiteral("sandboxNote"));
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setAutoFillBackground(true);
    m_sandboxNote->setMargin(8);
    QPalette notePalette = m_sandboxNote->palette();
    notePalette.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xd6));
    notePalette.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    m_sandboxNote->setPalette(notePalette);

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = line("profileNameEdit");
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    general->addRow(m_nameLabel,
                    withMessage(m_name, message(QStringLiteral("name"), m_name), this));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("profileRegionCombo"));
    for (const Region &r : Region::all())
        m_region->addItem(QString(), r.id);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ProfileEditor::onEdited);
    m_regionLabel = new QLabel(this);
    m_regionLabel->setBuddy(m_region);
    general->addRow(m_regionLabel,
                    withMessage(m_region, message(QStringLiteral("region"), m_region), this));

    m_authBox = new QGroupBox(this);
    m_authBox->setObjectName(QStringLiteral("profileAuthBox"));
    auto *authForm = new QFormLayout(m_authBox);
    authForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("profileAuthCombo"));
    m_auth->addItem(QString(), int(ConnectionConfig::AuthMode::AkSk));
    m_auth->addItem(QString(), int(ConnectionConfig::AuthMode::IamPassword));
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        onEdited();
    });
    m_authLabel = new QLabel(this);
    m_authLabel->setBuddy(m_auth);
    authForm->addRow(m_authLabel, m_auth);
    m_authStack = new QStackedWidget(this);
    auto *akPage = new QWidget(m_authStack);
    auto *akForm = new QFormLayout(akPage);
    akForm->setContentsMargins(0, 0, 0, 0);
    akForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ak = line("profileAccessKeyEdit");
    m_akLabel = new QLabel(akPage);
    m_akLabel->setBuddy(m_ak);
    akForm->addRow(m_akLabel,
                   withMessage(m_ak, message(QStringLiteral("access_key"), m_ak), akPage));
    m_sk = line("profileSecretKeyEdit", true);
    m_skLabel = new QLabel(akPage);
    m_skLabel->setBuddy(m_sk);
    akForm->addRow(m_skLabel,
                   withMessage(m_sk, message(QStringLiteral("secret_key"), m_sk), akPage));
    m_token = line("profileSecurityTokenEdit", true);
    m_tokenLabel = new QLabel(akPage);
    m_tokenLabel->setBuddy(m_token);
    akForm->addRow(m_tokenLabel, m_token);
    m_authStack->addWidget(akPage);
    auto *iamPage = new QWidget(m_authStack);
    auto *iamForm = new QFormLayout(iamPage);
    iamForm->setContentsMargins(0, 0, 0, 0);
    iamForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_domain = line("profileDomainEdit");
    m_domainLabel = new QLabel(iamPage);
    m_domainLabel->setBuddy(m_domain);
    iamForm->addRow(
            m_domainLabel,
            withMessage(m_domain, message(QStringLiteral("iam_domain"), m_domain), iamPage));
    m_user = line("profileIamUserEdit");
    m_userLabel = new QLabel(iamPage);
    m_userLabel->setBuddy(m_user);
    iamForm->addRow(m_userLabel,
                    withMessage(m_user, message(QStringLiteral("iam_user"), m_user), iamPage));
    m_password = line("profileIamPasswordEdit", true);
    m_passwordLabel = new QLabel(iamPage);
    m_passwordLabel->setBuddy(m_password);
    iamForm->addRow(
            m_passwordLabel,
            withMessage(m_password, message(QStringLiteral("iam_password"), m_password), iamPage));
    m_authStack->addWidget(iamPage);
    authForm->addRow(m_authStack);
    m_secretsNote = new QLabel(this);
    m_secretsNote->setObjectName(QStringLiteral("secretsNote"));
    m_secretsNote->setWordWrap(true);
    m_environmentButton = new QPushButton(this);
    m_environmentButton->setObjectName(QStringLiteral("profileEnvironmentButton"));
    connect(m_environmentButton, &QPushButton::clicked, this,
            [this] { applyEnvironment(QProcessEnvironment::systemEnvironment()); });
    auto *secretsRow = new QHBoxLayout;
    secretsRow->addWidget(m_secretsNote, 1);
    secretsRow->addWidget(m_environmentButton, 0, Qt::AlignTop);
    authForm->addRow(secretsRow);

    m_advancedBox = new QGroupBox(this);
    m_advancedBox->setObjectName(QStringLiteral("profileAdvancedBox"));
    auto *advanced = new QFormLayout(m_advancedBox);
    advanced->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_workspaceEndpoint = line("profileWorkspaceEndpointEdit");
    m_workspaceEndpointLabel = new QLabel(this);
    m_workspaceEndpointLabel->setBuddy(m_workspaceEndpoint);
    advanced->addRow(m_workspaceEndpointLabel,
                     withMessage(m_workspaceEndpoint,
                                 message(QStringLiteral("workspace_endpoint"), m_workspaceEndpoint),
                                 this));
    m_iamEndpoint = line("profileIamEndpointEdit");
    m_iamEndpointLabel = new QLabel(this);
    m_iamEndpointLabel->setBuddy(m_iamEndpoint);
    advanced->addRow(m_iamEndpointLabel,
                     withMessage(m_iamEndpoint,
                                 message(QStringLiteral("iam_endpoint"), m_iamEndpoint), this));
    m_project = line("profileProjectEdit");
    m_projectLabel = new QLabel(this);
    m_projectLabel->setBuddy(m_project);
    advanced->addRow(
            m_projectLabel,
            withMessage(m_project, message(QStringLiteral("project_id"), m_project), this));

    m_proxy = new QComboBox(this);
    m_proxy->setObjectName(QStringLiteral("profileProxyCombo"));
    m_proxy->addItem(QString(), int(ConnectionConfig::ProxyMode::System));
    m_proxy->addItem(QString(), int(ConnectionConfig::ProxyMode::None));
    m_proxy->addItem(QString(), int(ConnectionConfig::ProxyMode::Manual));
    connect(m_proxy, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        onEdited();
    });
    m_proxyLabel = new QLabel(this);
    m_proxyLabel->setBuddy(m_proxy);
    advanced->addRow(m_proxyLabel, m_proxy);
    m_proxyManual = new QWidget(this);
    auto *proxyRow = new QHBoxLayout(m_proxyManual);
    proxyRow->setContentsMargins(0, 0, 0, 0);
    m_proxyHost = line("profileProxyHostEdit");
    m_proxyPort = new QSpinBox(this);
    m_proxyPort->setObjectName(QStringLiteral("profileProxyPortSpin"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(QStringLiteral("—"));
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    m_proxyUser = line("profileProxyUserEdit");
    m_proxyPassword = line("profileProxyPasswordEdit", true);
    proxyRow->addWidget(m_proxyHost, 3);
    proxyRow->addWidget(m_proxyPort, 1);
    proxyRow->addWidget(m_proxyUser, 2);
    proxyRow->addWidget(m_proxyPassword, 2);
    auto *proxyBox = new QWidget(this);
    auto *proxyBoxLayout = new QVBoxLayout(proxyBox);
    proxyBoxLayout->setContentsMargins(0, 0, 0, 0);
    proxyBoxLayout->setSpacing(2);
    proxyBoxLayout->addWidget(m_proxyManual);
    proxyBoxLayout->addWidget(message(QStringLiteral("proxy_host"), m_proxyHost));
    proxyBoxLayout->addWidget(message(QStringLiteral("proxy_port"), m_proxyPort));
    advanced->addRow(QString(), proxyBox);

    m_verifyTls = new QCheckBox(this);
    m_verifyTls->setObjectName(QStringLiteral("profileVerifyTlsCheck"));
    connect(m_verifyTls, &QCheckBox::toggled, this, &ProfileEditor::onEdited);
    advanced->addRow(
            QString(),
            withMessage(m_verifyTls, message(QStringLiteral("verify_tls"), m_verifyTls), this));
    m_caFile = line("profileCaFileEdit");
    m_caBrowse = new QPushButton(this);
    m_caBrowse->setObjectName(QStringLiteral("profileCaBrowseButton"));
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("CA Certificates"), m_caFile->text(),
                tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            m_caFile->setText(path);
            onEdited();
        }
    });
    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_caBrowse);
    m_caLabel = new QLabel(this);
    m_caLabel->setBuddy(m_caFile);
    advanced->addRow(m_caLabel,
                     withMessage(caRow, message(QStringLiteral("ca_file"), m_caFile), this));

    m_createCap = new QSpinBox(this);
    m_createCap->setObjectName(QStringLiteral("profileCreateCapSpin"));
    m_createCap->setRange(1, ApiLimits::CreateCapMax);
    connect(m_createCap, &QSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    m_createCapLabel = new QLabel(this);
    m_createCapLabel->setBuddy(m_createCap);
    m_attachCap = new QSpinBox(this);
    m_attachCap->setObjectName(QStringLiteral("profileAttachCapSpin"));
    m_attachCap->setRange(1, ApiLimits::AttachCapMax);
    connect(m_attachCap, &QSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    m_attachCapLabel = new QLabel(this);
    m_attachCapLabel->setBuddy(m_attachCap);
    auto *caps = new QHBoxLayout;
    caps->addWidget(m_createCap);
    caps->addSpacing(12);
    caps->addWidget(m_attachCapLabel);
    caps->addWidget(m_attachCap);
    caps->addStretch(1);
    advanced->addRow(m_createCapLabel, caps);

    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("profileRateSpin"));
    m_rate->setRange(1, 1000);
    m_rate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // as narrow as the caps
    connect(m_rate, &QSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    m_rateLabel = new QLabel(this);
    m_rateLabel->setBuddy(m_rate);
    m_ceiling = new QSpinBox(this);
    m_ceiling->setObjectName(QStringLiteral("profileRateCeilingSpin"));
    m_ceiling->setRange(0, 1000); // 0 shows the special text: no ceiling
    m_ceiling->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_ceiling, &QSpinBox::valueChanged, this, &ProfileEditor::onEdited);
    m_ceilingLabel = new QLabel(this);
    m_ceilingLabel->setBuddy(m_ceiling);
    auto *rates = new QHBoxLayout;
    rates->addWidget(m_rate);
    rates->addSpacing(12);
    rates->addWidget(m_ceilingLabel);
    rates->addWidget(m_ceiling);
    rates->addStretch(1);
    auto *rateRow = new QWidget(this);
    rateRow->setLayout(rates);
    rates->setContentsMargins(0, 0, 0, 0);
    advanced->addRow(
            m_rateLabel,
            withMessage(rateRow, message(QStringLiteral("requests_per_second"), m_rate), this));

    m_learned = new QLabel(this);
    m_learned->setObjectName(QStringLiteral("profileLearnedRateLabel"));
    m_learnedReset = new QPushButton(this);
    m_learnedReset->setObjectName(QStringLiteral("profileLearnedRateReset"));
    connect(m_learnedReset, &QPushButton::clicked, this, [this] {
        m_learnedCleared = true;
        showLearnedRate();
        onEdited();
    });
    m_learnedLabel = new QLabel(this);
    m_learnedLabel->setBuddy(m_learnedReset);
    auto *learned = new QHBoxLayout;
    learned->addWidget(m_learned);
    learned->addWidget(m_learnedReset);
    learned->addStretch(1);
    advanced->addRow(m_learnedLabel, learned);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sandboxNote);
    layout->addLayout(general);
    layout->addWidget(m_authBox);
    layout->addWidget(m_advancedBox);
    layout->addStretch(1);
    updateVisibility();
}

void ProfileEditor::retranslateUi()
{
    m_sandboxNote->setText(
            tr("The Sandbox runs a local emulator of Workspace on this computer, with demo data "
               "and no cloud account. Desktops created here are not real and cost nothing."));
    m_nameLabel->setText(tr("&Name:"));
    m_regionLabel->setText(tr("&Region:"));
    const QList<Region> regions = Region::all();
    for (int i = 0; i < regions.size() && i < m_region->count(); ++i)
        m_region->setItemText(i, tr("%1 (%2)").arg(regions.at(i).displayName(), regions.at(i).id));
    m_authBox->setTitle(tr("Sign-in"));
    m_authLabel->setText(tr("&Method:"));
    m_auth->setItemText(0, tr("Access key (AK/SK)"));
    m_auth->setItemText(1, tr("IAM user and password"));
    m_akLabel->setText(tr("&Access key (AK):"));
    m_skLabel->setText(tr("&Secret key (SK):"));
    m_tokenLabel->setText(tr("Security &token:"));
    m_token->setPlaceholderText(tr("Only for temporary access keys"));
    m_domainLabel->setText(tr("A&ccount:"));
    m_userLabel->setText(tr("IAM &user:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_environmentButton->setText(tr("Fill from &Environment"));
    m_environmentButton->setToolTip(
            tr("Reads HUAWEICLOUD_SDK_AK, _SK, _PROJECT_ID, _SECURITY_TOKEN and the endpoint "
               "variables that Huawei Cloud's SDKs use."));
    m_advancedBox->setTitle(tr("Connection"));
    m_workspaceEndpointLabel->setText(tr("&Workspace endpoint:"));
    m_iamEndpointLabel->setText(tr("&IAM endpoint:"));
    m_workspaceEndpoint->setPlaceholderText(tr("The region's (leave empty)"));
    m_iamEndpoint->setPlaceholderText(tr("The region's (leave empty)"));
    m_projectLabel->setText(tr("Pro&ject ID:"));
    m_project->setPlaceholderText(tr("Found from the region (leave empty)"));
    m_proxyLabel->setText(tr("Pro&xy:"));
    m_proxy->setItemText(0, tr("System settings"));
    m_proxy->setItemText(1, tr("No proxy"));
    m_proxy->setItemText(2, tr("Manual"));
    m_proxyHost->setPlaceholderText(tr("Host"));
    m_proxyPort->setToolTip(tr("Port"));
    m_proxyUser->setPlaceholderText(tr("User (optional)"));
    m_proxyPassword->setPlaceholderText(tr("Password (optional)"));
    m_verifyTls->setText(tr("&Verify TLS certificates"));
    m_caLabel->setText(tr("Extra CA &file:"));
    m_caFile->setPlaceholderText(tr("Only for a private certificate authority"));
    m_caBrowse->setText(tr("&Browse…"));
    m_createCapLabel->setText(tr("Desktops per create &request:"));
    m_attachCapLabel->setText(tr("per assignment r&equest:"));
    m_rateLabel->setText(tr("Re&quests per second:"));
    m_rate->setToolTip(tr("Where the pace of requests starts. It then adapts to the tenant's "
                          "API limit: faster while the service keeps up, slower after an answer "
                          "of 429 (too many requests)."));
    m_ceilingLabel->setText(tr("at most:"));
    m_ceiling->setSpecialValueText(tr("No limit"));
    m_ceiling->setToolTip(tr("Requests are never sent faster than this, whatever is learned. "
                             "Give it when other tools share the tenant's limit."));
    m_learnedLabel->setText(tr("Learned pace:"));
    m_learnedReset->setText(tr("Re&set"));
    m_learnedReset->setToolTip(tr("Forget the learned pace: the next session starts at the rate "
                                  "above."));
    showLearnedRate();
    // Fields wrapped with their message are no siblings of their labels, where screen readers
    // look for the name: give each buddy its label's words.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (QWidget *buddy = label->buddy())
            buddy->setAccessibleName(
                    label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    setSecretsPersistent(m_persistent);
    validate();
}

void ProfileEditor::showLearnedRate()
{
    const double rate = m_learnedCleared ? 0 : m_profile.config.learnedRate;
    m_learned->setText(rate > 0 ? tr("%1 requests per second").arg(QLocale().toString(rate, 'f', 1))
                                : tr("None yet"));
    m_learnedReset->setEnabled(rate > 0);
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileEditor::setSecretsPersistent(bool persistent)
{
    m_persistent = persistent;
    m_secretsNote->setText(
            persistent ? tr("Secrets are kept in the system keychain, never in the settings file.")
                       : tr("No keychain service is running: secrets are kept in memory and "
                            "forgotten when the console closes. Enter them again next time."));
    m_secretsNote->setForegroundRole(persistent ? QPalette::PlaceholderText : QPalette::WindowText);
    m_secretsNote->setStyleSheet(persistent ? QString()
                                            : QStringLiteral("color: #8a5a00; font-weight: bold;"));
}

void ProfileEditor::setProfile(const Profile &profile)
{
    m_loading = true;
    m_profile = profile;
    const ConnectionConfig &c = profile.config;
    m_name->setText(profile.displayName());
    const int region = m_region->findData(c.region);
    m_region->setCurrentIndex(region < 0 ? m_region->findData(QStringLiteral("cn-north-4"))
                                         : region);
    m_auth->setCurrentIndex(m_auth->findData(int(c.authMode)));
    m_ak->setText(c.accessKey);
    m_sk->setText(c.secretKey);
    m_token->setText(c.securityToken);
    m_domain->setText(c.iamDomain);
    m_user->setText(c.iamUser);
    m_password->setText(c.iamPassword);
    m_workspaceEndpoint->setText(c.workspaceEndpoint.toString());
    m_iamEndpoint->setText(c.iamEndpoint.toString());
    m_project->setText(c.projectId);
    m_proxy->setCurrentIndex(m_proxy->findData(int(c.proxyMode)));
    m_proxyHost->setText(c.proxyHost);
    m_proxyPort->setValue(c.proxyPort);
    m_proxyUser->setText(c.proxyUser);
    m_proxyPassword->setText(c.proxyPassword);
    m_verifyTls->setChecked(c.verifyTls);
    m_caFile->setText(c.caFile);
    m_createCap->setValue(c.createCap);
    m_attachCap->setValue(c.attachCap);
    m_rate->setValue(c.requestsPerSecond);
    m_ceiling->setValue(c.rateCeiling);
    m_learnedCleared = false;
    showLearnedRate();
    m_loading = false;
    m_modified = false;
    // Only the name of the Sandbox is the administrator's; the rest comes from the emulator.
    const bool sandbox = profile.sandbox;
    // A new profile has a name but no id yet; only "nothing selected" leaves the form inert.
    const bool editable = profile.isValid() || !profile.name.isEmpty();
    m_editable = editable;
    m_sandboxNote->setVisible(sandbox);
    for (QWidget *w : std::initializer_list<QWidget *>{m_region, m_authBox, m_advancedBox})
        w->setEnabled(!sandbox && editable);
    m_name->setEnabled(editable);
    updateVisibility();
    validate();
}

Profile ProfileEditor::profile() const
{
    Profile p = m_profile;
    ConnectionConfig &c = p.config;
    p.name = m_name->text().trimmed();
    // The Sandbox's name shown in the current language is still its language-neutral name.
    if (p.name == m_profile.displayName())
        p.name = m_profile.name;
    if (p.sandbox)
        return p;
    c.region = m_region->currentData().toString();
    c.authMode = static_cast<ConnectionConfig::AuthMode>(m_auth->currentData().toInt());
    c.accessKey = m_ak->text().trimmed();
    c.secretKey = m_sk->text();
    c.securityToken = m_token->text();
    c.iamDomain = m_domain->text().trimmed();
    c.iamUser = m_user->text().trimmed();
    c.iamPassword = m_password->text();
    c.workspaceEndpoint = QUrl(m_workspaceEndpoint->text().trimmed());
    c.iamEndpoint = QUrl(m_iamEndpoint->text().trimmed());
    c.projectId = m_project->text().trimmed();
    c.proxyMode = static_cast<ConnectionConfig::ProxyMode>(m_proxy->currentData().toInt());
    c.proxyHost = m_proxyHost->text().trimmed();
    c.proxyPort = static_cast<quint16>(m_proxyPort->value());
    c.proxyUser = m_proxyUser->text();
    c.proxyPassword = m_proxyPassword->text();
    c.verifyTls = m_verifyTls->isChecked();
    c.caFile = m_caFile->text().trimmed();
    c.createCap = m_createCap->value();
    c.attachCap = m_attachCap->value();
    c.requestsPerSecond = m_rate->value();
    c.rateCeiling = m_ceiling->value();
    // A new start or ceiling is the administrator's word: learning starts again from it.
    const bool paceChanged = c.requestsPerSecond != m_profile.config.requestsPerSecond
                             || c.rateCeiling != m_profile.config.rateCeiling;
    c.learnedRate = m_learnedCleared || paceChanged ? 0 : m_profile.config.learnedRate;
    // The secrets of the mode not in use are not kept: switching modes must not leave an
    // unused password behind in the keychain.
    if (c.authMode == ConnectionConfig::AuthMode::AkSk)
        c.iamPassword.clear();
    else {
        c.secretKey.clear();
        c.securityToken.clear();
    }
    if (c.proxyMode != ConnectionConfig::ProxyMode::Manual)
        c.proxyPassword.clear();
    return p;
}

void ProfileEditor::setChecker(Checker checker)
{
    m_checker = std::move(checker);
    validate();
}

QStringList ProfileEditor::applyEnvironment(const QProcessEnvironment &environment)
{
    Profile p = profile();
    const QStringList used = p.config.applyEnvironment(environment);
    if (used.isEmpty())
        return used;
    const bool modified = true;
    setProfile(p);
    m_modified = modified;
    emit changed();
    return used;
}

void ProfileEditor::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    validate();
    emit changed();
}

void ProfileEditor::updateVisibility()
{
    m_authStack->setCurrentIndex(m_auth->currentIndex() < 0 ? 0 : m_auth->currentIndex());
    m_proxyManual->setVisible(m_proxy->currentData().toInt()
                              == int(ConnectionConfig::ProxyMode::Manual));
}

void ProfileEditor::validate()
{
    m_findings = m_editable ? m_checker(profile()) : Findings();
    for (FieldMessage *m : std::as_const(m_messages))
        m->setFindings(m_findings);
}

} // namespace wsc
