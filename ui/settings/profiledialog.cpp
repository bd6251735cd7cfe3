#include "profiledialog.h"

#include "profileeditor.h"

#include "api/http/errorcatalog.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/glossary.h"
#include "ui/widgets/windowfit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace wsc {

ProfileDialog::ProfileDialog(ProfileStore *store, SessionManager *sessions, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("profileDialog"));
    buildUi();
    retranslateUi();
    fillList();
    selectProfile(store->activeId());
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (id != m_current.id)
            selectProfile(id);
    });
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/actions/add.png")));
    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_removeButton->setIcon(QIcon(QStringLiteral(":/icons/actions/remove.png")));
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileDialog::removeCurrent);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    leftLayout->addLayout(listButtons);

    m_editor = new ProfileEditor(this);
    m_editor->setChecker([this](const Profile &p) { return m_store->check(p); });
    m_editor->setSecretsPersistent(m_store->secrets()->isPersistent());
    connect(m_store->secrets(), &SecretStore::persistenceChanged, m_editor,
            &ProfileEditor::setSecretsPersistent);
    connect(m_store->secrets(), &SecretStore::probed, m_editor,
            &ProfileEditor::setSecretsPersistent);
    connect(m_editor, &ProfileEditor::changed, this, &ProfileDialog::updateButtons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    m_iamResult = new QLabel(this);
    m_iamResult->setObjectName(QStringLiteral("iamTestResult"));
    m_workspaceResult = new QLabel(this);
    m_workspaceResult->setObjectName(QStringLiteral("workspaceTestResult"));
    for (QLabel *l : {m_iamResult, m_workspaceResult}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setVisible(false);
    }
    auto *testBox = new QVBoxLayout;
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    testBox->addLayout(testRow);
    testBox->addWidget(m_iamResult);
    testBox->addWidget(m_workspaceResult);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(testBox);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    const int cw = fontMetrics().averageCharWidth();
    splitter->setSizes({cw * 28, cw * 100});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_useButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_useButton->setObjectName(QStringLiteral("useProfileButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::saveCurrent);
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        if (m_editor->isModified() || m_current.id.isEmpty()) {
            if (!saveCurrent())
                return;
        }
        emit activateRequested(m_current.id);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    WindowFit::remember(this, QStringLiteral("profiles"),
                        QSize(qMax(cw * 135, 1000), qMax(fontMetrics().height() * 44, 720)));
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Connection Profiles"));
    m_list->setAccessibleName(tr("Profiles"));
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("Re&move"));
    m_testButton->setText(tr("&Test Connection"));
    m_saveButton->setText(tr("&Save"));
    m_useButton->setText(tr("&Use This Profile"));
    if (m_test && m_test->isFinished()) {
        showStep(ProfileConnectionTest::Step::Iam,
                 m_test->outcome(ProfileConnectionTest::Step::Iam));
        showStep(ProfileConnectionTest::Step::Workspace,
                 m_test->outcome(ProfileConnectionTest::Step::Workspace));
    }
    fillList();
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileDialog::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QString active = m_store->activeId();
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.displayName(), m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.sandbox)
            item->setIcon(QIcon(QStringLiteral(":/icons/actions/sandbox.png")));
        else
            item->setIcon(QIcon(QStringLiteral(":/icons/actions/cloud.png")));
        if (p.id == active) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(tr("The profile in use"));
        }
        if (p.id == m_current.id)
            m_list->setCurrentItem(item);
    }
    if (m_current.isValid() == false && !m_current.name.isEmpty()) {
        auto *item = new QListWidgetItem(tr("%1 (not saved)").arg(m_current.name), m_list);
        m_list->setCurrentItem(item);
    }
}

void ProfileDialog::selectProfile(const QString &id)
{
    if (m_editor->isModified() && isVisible()) {
        const auto answer = QMessageBox::question(
                this, tr("Unsaved Changes"),
                tr("Save the changes to \"%1\" first?").arg(m_editor->profile().name),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveCurrent())) {
            fillList();
            return;
        }
    }
    m_iamResult->setVisible(false);
    m_workspaceResult->setVisible(false);
    m_current = m_store->profile(id);
    m_editor->setProfile(m_current);
    fillList();
    updateButtons();
    const QString requested = id;
    // Secrets come from the keychain asynchronously; the form shows the rest meanwhile.
    m_store->loadWithSecrets(id, this, [this, requested](const Profile &p, const QString &) {
        if (m_current.id != requested || m_editor->isModified())
            return;
        m_current = p;
        m_editor->setProfile(p);
        updateButtons();
        emit profileLoaded(requested);
    });
}

void ProfileDialog::addProfile()
{
    Profile p;
    p.name = tr("New profile");
    // Start from what the SDK variables say, when they are set (the CI machine, a shell).
    p.config.applyEnvironment(QProcessEnvironment::systemEnvironment());
    m_current = p;
    m_editor->setProfile(p);
    m_editor->setModified(true);
    fillList();
    updateButtons();
}

bool ProfileDialog::saveCurrent()
{
    const Profile p = m_editor->profile();
    const Findings findings = m_store->check(p);
    if (hasErrors(findings))
        return false;
    m_current = p;
    m_current.id = m_store->save(p, [this, id = p.id](bool ok, const QString &error) {
        if (!ok)
            QMessageBox::warning(this, tr("Secrets Not Saved"),
                                 tr("The keychain did not store the secrets: %1").arg(error));
        emit saved(id.isEmpty() ? m_current.id : id, ok);
    });
    m_editor->setProfile(m_current);
    fillList();
    updateButtons();
    return true;
}

void ProfileDialog::removeCurrent()
{
    if (!m_current.isValid()) {
        selectProfile(m_store->activeId());
        return;
    }
    if (m_current.sandbox)
        return;
    const auto answer = QMessageBox::question(
            this, tr("Remove Profile"),
            tr("Remove the profile \"%1\" and its stored secrets? Desktops and jobs in the cloud "
               "are not affected.")
                    .arg(m_current.name));
    if (answer != QMessageBox::Yes)
        return;
    m_store->remove(m_current.id);
    m_editor->setModified(false);
    selectProfile(m_store->activeId());
}

void ProfileDialog::testConnection()
{
    if (m_test) {
        m_test->abort();
        m_test->deleteLater();
    }
    Profile p = m_editor->profile();
    QString error;
    m_iamResult->setVisible(true);
    m_workspaceResult->setVisible(true);
    if (!m_sessions->resolve(&p, &error)) {
        m_iamResult->setText(error);
        m_workspaceResult->clear();
        emit testFinished(false);
        return;
    }
    m_test = new ProfileConnectionTest(p.config, this);
    connect(m_test, &ProfileConnectionTest::stepFinished, this, &ProfileDialog::showStep);
    connect(m_test, &ProfileConnectionTest::finished, this, [this] {
        m_testButton->setEnabled(true);
        emit testFinished(m_test->passed());
    });
    m_testButton->setEnabled(false);
    showStep(ProfileConnectionTest::Step::Iam, ProfileConnectionTest::Outcome::Running);
    showStep(ProfileConnectionTest::Step::Workspace, ProfileConnectionTest::Outcome::NotRun);
    m_test->start();
}

void ProfileDialog::showStep(ProfileConnectionTest::Step step,
                             ProfileConnectionTest::Outcome outcome)
{
    const bool iam = step == ProfileConnectionTest::Step::Iam;
    QLabel *label = iam ? m_iamResult : m_workspaceResult;
    const QString what = iam ? tr("IAM (sign-in)") : tr("Workspace");
    QString text;
    QString colour;
    switch (outcome) {
    case ProfileConnectionTest::Outcome::NotRun:
        text = tr("%1: waiting").arg(what);
        break;
    case ProfileConnectionTest::Outcome::Running:
        text = tr("%1: checking…").arg(what);
        break;
    case ProfileConnectionTest::Outcome::Passed:
        colour = QStringLiteral("#1b7a2f");
        if (iam)
            text = tr("✔ %1: signed in; project %2").arg(what, m_test->discoveredProjectId());
        else
            text = tr("✔ %1: reachable; directory %2, status %3")
                           .arg(what, Glossary::directoryType(m_test->workspace().domainType),
                                Glossary::workspaceStatus(m_test->workspace().status));
        break;
    case ProfileConnectionTest::Outcome::Failed:
        colour = QStringLiteral("#b3261e");
        text = tr("✘ %1 failed: %2").arg(what, ErrorCatalog::describe(m_test->error(step)));
        break;
    case ProfileConnectionTest::Outcome::Skipped:
        text = tr("%1: not checked, because the project could not be found through IAM.").arg(what);
        break;
    }
    label->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    label->setText(text);
    label->setVisible(true);
}

void ProfileDialog::updateButtons()
{
    const Findings findings = m_editor->findings();
    const bool valid = !hasErrors(findings);
    m_saveButton->setEnabled(valid && (m_editor->isModified() || !m_current.isValid()));
    m_useButton->setEnabled(valid);
    m_testButton->setEnabled(valid && !(m_test && !m_test->isFinished()));
    m_removeButton->setEnabled(!m_current.sandbox);
}

} // namespace wsc
