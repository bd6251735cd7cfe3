#include "createdesktopwizard.h"

#include "createsubmission.h"
#include "wizarddiskspage.h"
#include "wizardeippage.h"
#include "wizardimagepage.h"
#include "wizardnetworkpage.h"
#include "wizardquota.h"
#include "wizardreviewpage.h"
#include "wizardtypepage.h"
#include "wizarduserspage.h"

#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/batchsource.h"
#include "api/jobs/jobcenter.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "models/rules/createerrorlocator.h"
#include "ui/widgets/discardprompt.h"
#include "ui/widgets/windowfit.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>

#include <algorithm>

namespace wsc {

namespace {

bool isUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('.')
           || path.at(prefix.size()) == QLatin1Char('[');
}

} // namespace

CreateDesktopWizard::CreateDesktopWizard(WorkspaceClient *client, CatalogCache *catalog,
                                         JobCenter *jobs, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_catalog(catalog)
    , m_jobs(jobs)
    , m_request(new CreateRequestModel(this))
    , m_submission(new CreateSubmission(jobs, this))
{
    setObjectName(QStringLiteral("CreateDesktopWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openDraftButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveDraftButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("submitButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            onOpenDraft();
        else if (which == QWizard::CustomButton2)
            onSaveDraft();
    });

    if (m_client)
        m_request->setCreateCap(m_client->config().createCap);
    // The request gets each catalog before the pages hear of it (connection order).
    connect(m_catalog, &CatalogCache::stateChanged, this,
            [this](CatalogCache::Kind kind, CatalogCache::State state) {
                if (state == CatalogCache::State::Ready)
                    applyCatalog(kind);
            });

    // Catalogs cached by an earlier form of this session go in before the pages fill.
    for (const CatalogCache::Kind kind :
         {CatalogCache::Kind::Workspace, CatalogCache::Kind::Zones, CatalogCache::Kind::Products,
          CatalogCache::Kind::Images, CatalogCache::Kind::Subnets,
          CatalogCache::Kind::SecurityGroups}) {
        if (m_catalog->isReady(kind))
            applyCatalog(kind);
    }

    m_quota = new WizardQuota(m_catalog ? m_catalog->client() : client, this);
    auto *typePage = new WizardTypePage(m_request, m_catalog, this);
    typePage->setQuota(m_quota);
    setPage(TypePageId, typePage);
    setPage(ImagePageId, new WizardImagePage(m_request, m_catalog, this));
    setPage(DisksPageId, new WizardDisksPage(m_request, m_catalog, this));
    setPage(NetworkPageId, new WizardNetworkPage(m_request, m_catalog, this));
    setPage(EipPageId, new WizardEipPage(m_request, m_catalog, this));
    setPage(UsersPageId, new WizardUsersPage(m_request, m_catalog, this));
    m_review = new WizardReviewPage(m_request, m_catalog, this);
    m_review->setQuota(m_quota);
    setPage(ReviewPageId, m_review);
    setStartId(TypePageId);

    connect(m_request, &CreateRequestModel::requestReset, this, [this] {
        for (const int id : pageIds())
            wizardPage(id)->readModel();
    });
    connect(m_submission, &CreateSubmission::accepted, this,
            &CreateDesktopWizard::onSubmitAccepted);
    connect(m_submission, &CreateSubmission::rejected, this,
            &CreateDesktopWizard::onSubmitRejected);

    // Everything the pages will need is asked for at once.
    for (const CatalogCache::Kind kind :
         {CatalogCache::Kind::Workspace, CatalogCache::Kind::Zones, CatalogCache::Kind::Products,
          CatalogCache::Kind::Images, CatalogCache::Kind::Subnets,
          CatalogCache::Kind::SecurityGroups}) {
        m_catalog->load(kind);
    }
    loadTakenComputerNames();
    m_quota->load();
    loadVolumeProducts();

    m_draftDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    retranslateUi();
    WindowFit::remember(this, QStringLiteral("createWizard"), QSize(1200, 820));
}

CreateDesktopWizard::~CreateDesktopWizard() = default;

WizardPage *CreateDesktopWizard::wizardPage(int id) const
{
    return qobject_cast<WizardPage *>(page(id));
}

int CreateDesktopWizard::pageForPath(const QString &path)
{
    static const QList<QPair<int, QStringList>> owners{
            {TypePageId,
             {QStringLiteral("desktop_type"), QStringLiteral("availability_zone"),
              QStringLiteral("product_id"), QStringLiteral("enterprise_project_id")}},
            {ImagePageId, {QStringLiteral("image_type"), QStringLiteral("image_id")}},
            {DisksPageId, {QStringLiteral("root_volume"), QStringLiteral("data_volumes")}},
            {NetworkPageId, {QStringLiteral("nics"), QStringLiteral("security_groups")}},
            {EipPageId, {QStringLiteral("eip")}},
            {UsersPageId,
             {QStringLiteral("desktops"), QStringLiteral("size"), QStringLiteral("desktop_name"),
              QStringLiteral("email_notification"), QStringLiteral("tags")}},
    };
    for (const auto &owner : owners) {
        for (const QString &prefix : owner.second) {
            if (isUnder(path, prefix))
                return owner.first;
        }
    }
    return ReviewPageId;
}

void CreateDesktopWizard::retranslateUi()
{
    setWindowTitle(tr("Create desktops"));
    setButtonText(QWizard::CustomButton1, tr("&Open draft…"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve draft…"));
    setButtonText(QWizard::FinishButton, tr("&Submit"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Open a saved draft"));
    button(QWizard::CustomButton1)
            ->setToolTip(tr("Opens a request saved as JSON (the spec format wsctl reads)."));
    button(QWizard::CustomButton2)->setAccessibleName(tr("Save the request as a draft"));
    button(QWizard::CustomButton2)
            ->setToolTip(tr("Saves the request as JSON, to finish later or to run with wsctl."));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Submit the batch"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));
}

void CreateDesktopWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_request->revalidate(); // messages are made in the language of the moment
    }
    QWizard::changeEvent(event);
}

void CreateDesktopWizard::loadTakenComputerNames()
{
    // S000: the computer name "must be unique" in the tenant, and the service refuses the whole
    // request of up to 50 desktops for one taken name. One paged ListDesktopsDetail, read once
    // per wizard, marks such rows before anything is sent; without it the service still checks.
    WorkspaceClient *client = m_catalog ? m_catalog->client() : nullptr;
    if (!client)
        return;
    auto *call = client->allDesktops(DesktopQuery(), this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->isOk())
            return;
        QSet<QString> names;
        for (const DesktopInfo &d : call->result()) {
            if (!d.computerName.isEmpty())
                names.insert(d.computerName);
        }
        m_request->setTakenComputerNames(names);
    });
}

void CreateDesktopWizard::loadVolumeProducts()
{
    // S000: a disk's type "must be the same as the disk type provided by the system". The
    // region's list (ListVolumeProductInfo) fills the type fields and the rules; when it cannot
    // be read the documented types stay, and the service still checks.
    WorkspaceClient *client = m_catalog ? m_catalog->client() : nullptr;
    if (!client)
        return;
    auto *call = client->volumeProducts(QString(), this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->isOk() && !call->result().isEmpty())
            m_request->setVolumeProducts(call->result());
    });
}

void CreateDesktopWizard::applyCatalog(CatalogCache::Kind kind)
{
    switch (kind) {
    case CatalogCache::Kind::Workspace: {
        DomainType type = DomainType::LiteAs;
        if (ValidationContext::parseDomainType(m_catalog->workspace().domainType, &type))
            m_request->setDomainType(type);
        applyWorkspaceSubnets();
        break;
    }
    case CatalogCache::Kind::Zones:
        m_request->setZones(m_catalog->zones());
        break;
    case CatalogCache::Kind::Products:
        m_request->setProducts(m_catalog->products());
        break;
    case CatalogCache::Kind::Images:
        m_request->setImages(m_catalog->images());
        break;
    case CatalogCache::Kind::Subnets:
        applyWorkspaceSubnets();
        break;
    case CatalogCache::Kind::SecurityGroups:
        m_request->setSecurityGroupCatalog(m_catalog->securityGroups());
        break;
    }
}

void CreateDesktopWizard::applyWorkspaceSubnets()
{
    if (!m_catalog->isReady(CatalogCache::Kind::Subnets)
        || !m_catalog->isReady(CatalogCache::Kind::Workspace))
        return;
    // Desktops may only sit on the workspace's own subnets; others are "unknown" to the form.
    const QStringList ids = m_catalog->workspace().subnetIds;
    QList<SubnetInfo> subnets;
    for (const SubnetInfo &s : m_catalog->subnets()) {
        if (ids.isEmpty() || ids.contains(s.id))
            subnets.append(s);
    }
    m_request->setSubnets(subnets);
}

// --- drafts ----------------------------------------------------------------------------

bool CreateDesktopWizard::openDraft(const QString &path, Findings *problems, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                             ? tr("%1 is not valid JSON: %2 (at character %3).")
                                       .arg(QDir::toNativeSeparators(path),
                                            parseError.errorString())
                                       .arg(parseError.offset)
                             : tr("%1 does not hold a JSON object.")
                                       .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    Findings found;
    const CreateDesktopRequest request = CreateDesktopRequest::fromJson(doc.object(), &found);
    m_request->setRequest(request);
    m_draftFindings = found;
    m_draftOpened = true;
    if (problems)
        *problems = found;
    return true;
}

bool CreateDesktopWizard::saveDraft(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(m_request->request().toJson()).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void CreateDesktopWizard::onOpenDraft()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open draft"), m_draftDir,
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_draftDir = QFileInfo(path).absolutePath();
    Findings problems;
    QString error;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("draftMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Open draft"));
    if (!openDraft(path, &problems, &error)) {
        box->setIcon(QMessageBox::Warning);
        box->setText(error);
        box->open();
        return;
    }
    if (problems.isEmpty()) {
        delete box;
        return;
    }
    // What the file had that the request does not model (or mistyped) is said once, here;
    // the rules' findings then show on the pages as usual.
    QStringList lines;
    for (const Finding &f : std::as_const(problems))
        lines << (f.path.isEmpty() ? f.message : tr("%1: %2").arg(f.path, f.message));
    box->setIcon(hasErrors(problems) ? QMessageBox::Warning : QMessageBox::Information);
    box->setText(tr("The draft was opened, with %n remark(s) about the file:", nullptr,
                    int(problems.size())));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->open();
}

void CreateDesktopWizard::onSaveDraft()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save draft"), m_draftDir + QStringLiteral("/create-desktops.json"),
            tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    m_draftDir = QFileInfo(path).absolutePath();
    QString error;
    if (!saveDraft(path, &error))
        QMessageBox::warning(this, tr("Save draft"), error);
}

// --- submit ----------------------------------------------------------------------------

bool CreateDesktopWizard::isSubmitting() const
{
    return m_submission->isRunning();
}

void CreateDesktopWizard::accept()
{
    // One batch per press: a second click (or Enter) while waiting does nothing.
    if (m_submission->isRunning() || currentId() != ReviewPageId || !m_review->isComplete())
        return;
    m_review->clearSubmitStatus();
    const CreateDesktopRequest request = m_request->request();
    BatchSource source;
    source.origin = BatchSource::wizard();
    if (m_request->usersMode() == CreateRequestModel::UsersMode::Users) {
        source.lines = m_request->userLines();
        const int fromFiles = int(std::count_if(source.lines.cbegin(), source.lines.cend(),
                                                [](int line) { return line > 0; }));
        source.origin = BatchSource::rowsOrigin(BatchSource::wizard(), m_request->usersFiles(),
                                                fromFiles, int(source.lines.size()) - fromFiles);
    }
    if (!m_jobs) {
        m_review->showSubmitProblem(tr("The jobs centre is not available; nothing was sent."));
        return;
    }
    setSubmitting(true);
    if (!m_submission->start(request, source)) {
        setSubmitting(false);
        m_review->showSubmitProblem(
                tr("The batch was not started: %1").arg(m_submission->startError()));
    }
}

void CreateDesktopWizard::reject()
{
    if (m_submission->isRunning())
        return; // the answer decides whether this form is still needed
    if (m_discardPrompt)
        return; // already asking
    if (!hasUnsentInput()) {
        QWizard::reject();
        return;
    }
    const bool forUsers = m_request->usersMode() == CreateRequestModel::UsersMode::Users;
    const bool desktops = forUsers ? m_request->users()->rowCount() > 0
                                   : !m_request->desktopName().isEmpty() || m_request->size() > 1;
    const QString what = desktops ? tr("The form holds %n desktop(s) not submitted.", nullptr,
                                       m_request->desktopCount())
                                  : tr("The choices made on this form have not been submitted.");
    m_discardPrompt = DiscardPrompt::open(this, what, [this] { QWizard::reject(); });
}

QMessageBox *CreateDesktopWizard::discardPrompt() const
{
    return m_discardPrompt;
}

bool CreateDesktopWizard::hasUnsentInput() const
{
    // What a person chose or typed; the zone, the type and the defaults the pages fill in
    // (security group, system disk) are not input on their own.
    return m_draftOpened || !m_request->productId().isEmpty() || !m_request->imageId().isEmpty()
           || !m_request->enterpriseProjectId().isEmpty() || !m_request->dataVolumes().isEmpty()
           || m_request->eipMode() != CreateRequestModel::EipMode::None
           || m_request->users()->rowCount() > 0 || !m_request->desktopName().isEmpty()
           || m_request->size() > 1 || !m_request->tags().isEmpty();
}

void CreateDesktopWizard::setSubmitting(bool submitting)
{
    m_review->setSubmitting(submitting);
    setOption(QWizard::DisabledBackButtonOnLastPage, submitting);
    button(QWizard::CancelButton)->setEnabled(!submitting);
    button(QWizard::CustomButton1)->setEnabled(!submitting);
    button(QWizard::CustomButton2)->setEnabled(!submitting);
}

void CreateDesktopWizard::onSubmitAccepted(const QString &batchId)
{
    setSubmitting(false);
    m_lastBatchId = batchId;
    emit submitted(batchId);
    QWizard::accept();
}

void CreateDesktopWizard::onSubmitRejected(const QString &batchId)
{
    setSubmitting(false);
    m_lastBatchId = batchId;
    const ApiError error = m_submission->error();
    const QList<int> taken = m_submission->takenSourceIndexes();

    // Desktops other requests of the batch created stay with the batch (the jobs panel follows
    // them) and leave this form, so submitting again cannot create them twice.
    QString note;
    if (!taken.isEmpty()) {
        if (m_request->usersMode() == CreateRequestModel::UsersMode::Users) {
            for (auto it = taken.crbegin(); it != taken.crend(); ++it)
                m_request->users()->removeRows(*it, 1);
        } else {
            m_request->setSize(std::max(1, m_request->size() - int(taken.size())));
        }
        note = tr("%n desktop(s) of other requests of the batch were accepted before the "
                  "refusal: the jobs panel follows them, and they were removed from this form.",
                  nullptr, int(taken.size()));
        emit submitted(batchId);
    }

    if (!error.isError()) {
        m_review->showSubmitProblem(tr("The batch was cancelled before its first request was "
                                       "answered; nothing was created by it."));
        return;
    }
    const QString text
            = error.errorMessage.isEmpty()
                      ? tr("Refused by the service: %1").arg(ErrorCatalog::explain(error).cause)
                      : tr("Refused by the service: %1").arg(error.errorMessage);
    Finding finding = CreateErrorLocator::locate(error.errorMessage,
                                                 m_submission->firstChunkSourceIndexes(), text);
    // Rows removed above shift the rows after them.
    if (finding.row >= 0) {
        const int source = finding.row;
        finding.moveToDesktop(source
                              - int(std::count_if(taken.cbegin(), taken.cend(),
                                                  [source](int t) { return t < source; })));
    }
    m_review->showSubmitError(error, note);
    if (finding.path.isEmpty() || error.kind != ApiError::Kind::Http)
        return;
    m_request->setServerFindings({finding});
    const int target = pageForPath(finding.path);
    goBackTo(target);
    if (WizardPage *p = wizardPage(target))
        p->focusFinding(finding);
}

void CreateDesktopWizard::goBackTo(int id)
{
    while (currentId() > id && !visitedIds().isEmpty() && visitedIds().contains(id))
        back();
}

} // namespace wsc
