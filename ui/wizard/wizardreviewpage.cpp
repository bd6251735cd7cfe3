#include "wizardreviewpage.h"

#include "quotapanel.h"
#include "volumetypes.h"
#include "wizardquota.h"

#include "api/http/errorcatalog.h"
#include "models/i18n/glossary.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "models/itemmodels/productlistmodel.h"
#include "models/rules/catalogrules.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/typedcountconfirmation.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

WizardReviewPage::WizardReviewPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                                   QWidget *parent)
    : WizardPage(requestModel, catalogCache, parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    // Findings about the whole request (no field) belong here; every other page's findings
    // are listed here too, as the last look before sending.
    setOwnedPaths({QString()});

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *summaryPane = new QWidget(splitter);
    auto *summaryLayout = new QVBoxLayout(summaryPane);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryLabel = new QLabel(summaryPane);
    summaryLayout->addWidget(m_summaryLabel);
    m_summaryView = new QTextBrowser(summaryPane);
    m_summaryView->setObjectName(QStringLiteral("summaryView"));
    m_summaryView->setOpenLinks(false);
    m_summaryLabel->setBuddy(m_summaryView);
    summaryLayout->addWidget(m_summaryView, 1);

    auto *requestsPane = new QWidget(splitter);
    auto *requestsLayout = new QVBoxLayout(requestsPane);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    m_planLabel = new QLabel(requestsPane);
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    QFont bold = m_planLabel->font();
    bold.setBold(true);
    m_planLabel->setFont(bold);
    m_planLabel->setWordWrap(true);
    requestsLayout->addWidget(m_planLabel);
    auto *bodyRow = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    m_requestsLabel = new QLabel(requestsPane);
    m_requestList = new QListWidget(requestsPane);
    m_requestList->setObjectName(QStringLiteral("requestList"));
    m_requestList->setMinimumWidth(220);
    m_requestList->setMaximumWidth(300);
    m_requestsLabel->setBuddy(m_requestList);
    listColumn->addWidget(m_requestsLabel);
    listColumn->addWidget(m_requestList, 1);
    auto *bodyColumn = new QVBoxLayout;
    auto *bodyHeader = new QHBoxLayout;
    m_bodyLabel = new QLabel(requestsPane);
    m_copyButton = new QPushButton(requestsPane);
    m_copyButton->setObjectName(QStringLiteral("copyBodyButton"));
    m_copyButton->setAutoDefault(false);
    bodyHeader->addWidget(m_bodyLabel, 1);
    bodyHeader->addWidget(m_copyButton);
    m_bodyView = new QPlainTextEdit(requestsPane);
    m_bodyView->setObjectName(QStringLiteral("bodyView"));
    m_bodyView->setReadOnly(true);
    m_bodyView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bodyView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyView->setTabChangesFocus(true);
    m_bodyLabel->setBuddy(m_bodyView);
    bodyColumn->addLayout(bodyHeader);
    bodyColumn->addWidget(m_bodyView, 1);
    bodyRow->addLayout(listColumn);
    bodyRow->addLayout(bodyColumn, 1);
    requestsLayout->addLayout(bodyRow, 1);
    splitter->addWidget(summaryPane);
    splitter->addWidget(requestsPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    connect(m_requestList, &QListWidget::currentRowChanged, this, &WizardReviewPage::showBody);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        const int row = m_requestList->currentRow();
        if (row >= 0 && row < m_plan.chunks.size())
            QGuiApplication::clipboard()->setText(QString::fromUtf8(m_plan.chunks.at(row).body));
    });

    m_problemsMessage = new FieldMessage(this);
    m_problemsMessage->setObjectName(QStringLiteral("reviewProblemsMessage"));
    layout->addWidget(m_problemsMessage);

    // A big batch is confirmed by typing its size: a number is read, a click is habit.
    m_confirmPane = new QWidget(this);
    m_confirmPane->setObjectName(QStringLiteral("countConfirmPane"));
    auto *confirmLayout = new QVBoxLayout(m_confirmPane);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmIntro = new QLabel(m_confirmPane);
    m_confirmIntro->setObjectName(QStringLiteral("countConfirmIntro"));
    m_confirmIntro->setWordWrap(true);
    m_countConfirmation = new TypedCountConfirmation(m_confirmPane);
    confirmLayout->addWidget(m_confirmIntro);
    confirmLayout->addWidget(m_countConfirmation);
    m_confirmPane->setVisible(false);
    layout->addWidget(m_confirmPane);
    connect(m_countConfirmation, &TypedCountConfirmation::confirmedChanged, this,
            &WizardReviewPage::completeChanged);

    auto *statusRow = new QHBoxLayout;
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("submitBusyIndicator"));
    m_busy->setVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("submitStatusLabel"));
    m_statusLabel->setWordWrap(true);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_statusLabel, 1);
    layout->addLayout(statusRow);
    m_submitMessage = new FieldMessage(this);
    m_submitMessage->setObjectName(QStringLiteral("submitMessage"));
    layout->addWidget(m_submitMessage);

    // Every finding of the request is listed here (errors block Submit).
    connect(requestModel, &CreateRequestModel::findingsChanged, this, [this, requestModel] {
        // A refusal that named a field is resolved once the field is edited (the model drops
        // the service's finding then): the old red message would only mislead.
        if (m_refusalAtField && requestModel->serverFindings().isEmpty()) {
            m_refusalAtField = false;
            m_submitMessage->clear();
        } else if (!requestModel->serverFindings().isEmpty()) {
            m_refusalAtField = true;
        }
        if (isVisible())
            rebuild();
    });
    retranslateUi();
}

void WizardReviewPage::initializePage()
{
    // Figures of the moment: desktops made meanwhile (here or elsewhere) count.
    if (m_quota)
        m_quota->load();
    rebuild();
}

void WizardReviewPage::setQuota(WizardQuota *quota)
{
    m_quota = quota;
    m_quotaPanel = new QuotaPanel(quota, request(), true, this);
    m_quotaPanel->setObjectName(QStringLiteral("reviewQuotaPanel"));
    // Above the problems: it is the first thing to know about a batch that cannot be made.
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_problemsMessage), m_quotaPanel);
    connect(m_quota, &WizardQuota::changed, this, &WizardReviewPage::completeChanged);
    connect(request(), &CreateRequestModel::changed, this, &WizardReviewPage::completeChanged);
}

bool WizardReviewPage::fitsQuota() const
{
    if (!m_quota)
        return true;
    // A quota that could not be read does not block: the service still checks it.
    if (m_quota->state() == WizardQuota::State::Loading)
        return false;
    return m_quota->shortfalls(request()).isEmpty();
}

bool WizardReviewPage::isComplete() const
{
    return !m_submitting && !hasErrors(request()->findings()) && !hasErrors(m_planFindings)
           && !m_plan.chunks.isEmpty() && isCountConfirmed() && fitsQuota();
}

bool WizardReviewPage::isCountConfirmed() const
{
    return request()->desktopCount() <= ConfirmAbove || m_countConfirmation->isConfirmed();
}

void WizardReviewPage::retranslateUi()
{
    setTitle(tr("Review and submit"));
    setSubTitle(tr("Check what will be created and the exact requests that will be sent. "
                   "Submit hands them to the jobs panel, which follows them to the end."));
    m_summaryLabel->setText(tr("Su&mmary:"));
    m_summaryView->setAccessibleName(tr("Summary of the desktops to create"));
    m_requestsLabel->setText(tr("&Requests:"));
    m_requestList->setAccessibleName(tr("Requests of the batch"));
    m_bodyLabel->setText(tr("JSON bod&y of the selected request:"));
    m_bodyView->setAccessibleName(tr("JSON body of the selected request"));
    m_copyButton->setText(tr("&Copy body"));
    m_copyButton->setAccessibleName(tr("Copy the exact JSON body"));
    m_copyButton->setToolTip(tr("Copies the body exactly as it will be sent (compact JSON)."));
    if (isVisible())
        rebuild();
}

void WizardReviewPage::rebuild()
{
    const CreateDesktopRequest r = request()->request();
    const ValidationContext context = request()->context();
    m_planFindings.clear();
    m_plan = BatchPlan::forCreate(r, context, &m_planFindings);

    m_summaryView->setHtml(summaryHtml());
    m_planLabel->setText(planText());

    const int current = std::max(0, m_requestList->currentRow());
    m_requestList->clear();
    for (const BatchChunk &chunk : std::as_const(m_plan.chunks)) {
        const int first = chunk.sourceIndexes.isEmpty() ? 0 : chunk.sourceIndexes.constFirst() + 1;
        const int last = chunk.sourceIndexes.isEmpty() ? 0 : chunk.sourceIndexes.constLast() + 1;
        //: One request of the batch in the list: "Request 2: desktops 51–100".
        m_requestList->addItem(
                tr("Request %1: desktops %2–%3").arg(chunk.index + 1).arg(first).arg(last));
    }
    if (!m_plan.chunks.isEmpty())
        m_requestList->setCurrentRow(std::min(current, int(m_plan.chunks.size()) - 1));
    else
        m_bodyView->clear();

    // Everything still to know before sending: errors anywhere block Submit; warnings are
    // shown so that they are seen once more.
    Findings all = request()->findings();
    for (const Finding &f : std::as_const(m_planFindings)) {
        if (!all.contains(f))
            all.append(f);
    }
    // The users table's own findings across rows (a user on two rows) are listed too: a tooltip
    // on a page left behind is easily missed.
    if (request()->usersMode() == CreateRequestModel::UsersMode::Users) {
        const ImportedUsersModel *users = request()->users();
        for (int row = 0; row < users->rowCount(); ++row) {
            for (const CsvIssue &issue : users->rowIssues(row)) {
                // The rules' findings of each row are in the request's findings already.
                if (!issue.code.endsWith(QLatin1String(".duplicate")))
                    continue;
                const Finding f{QStringLiteral("users[%1].%2").arg(row).arg(issue.column),
                                issue.code, issue.severity,
                                tr("Row %1: %2").arg(row + 1).arg(issue.message)};
                if (!all.contains(f))
                    all.append(f);
            }
        }
    }
    m_problemsMessage->setFindings(all);

    // Another count asks again: what was typed confirmed the old one.
    const int count = request()->desktopCount();
    m_confirmPane->setVisible(count > ConfirmAbove);
    if (count > ConfirmAbove && m_countConfirmation->count() != count)
        m_countConfirmation->setCount(count);
    m_confirmIntro->setText(
            tr("This batch creates %n desktop(s), more than %1 at once.", nullptr, count)
                    .arg(ConfirmAbove));
    emit completeChanged();
}

void WizardReviewPage::showBody(int chunk)
{
    if (chunk < 0 || chunk >= m_plan.chunks.size()) {
        m_bodyView->clear();
        return;
    }
    // Shown indented for reading; "Copy body" gives the exact compact bytes that are sent.
    const QJsonDocument doc = QJsonDocument::fromJson(m_plan.chunks.at(chunk).body);
    m_bodyView->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString WizardReviewPage::planText() const
{
    const int desktops = request()->desktopCount();
    const int requests = int(m_plan.chunks.size());
    //: The chunk plan: "240 desktops → 5 requests (at most 50 desktops per request)".
    return tr("%1 → %2 (at most %3 per request)")
            .arg(tr("%n desktop(s)", nullptr, desktops), tr("%n request(s)", nullptr, requests),
                 tr("%n desktop(s)", nullptr, request()->context().createCap));
}

QString WizardReviewPage::summaryText() const
{
    return m_summaryView->toPlainText();
}

QString WizardReviewPage::summaryHtml() const
{
    const CreateRequestModel *m = request();
    const CreateDesktopRequest r = m->request();
    const QString language = QLocale().name();
    QStringList items;

    // Who and how many.
    const int count = m->desktopCount();
    const bool shared = r.desktopType == QLatin1String("SHARED");
    if (m->usersMode() == CreateRequestModel::UsersMode::Users) {
        const QString kind = shared ? tr("%n shared desktop(s)", nullptr, count)
                                    : tr("%n dedicated desktop(s)", nullptr, count);
        // Where the rows came from, by source: an import followed by typing is common.
        const QList<int> lines = m->userLines();
        const int fromFiles = int(
                std::count_if(lines.cbegin(), lines.cend(), [](int line) { return line > 0; }));
        QStringList files;
        for (const QString &file : m->usersFiles())
            files << QFileInfo(file).fileName();
        QStringList sources;
        if (fromFiles > 0)
            sources << tr("%n from %1", nullptr, fromFiles).arg(esc(files.join(tr(", "))));
        if (lines.size() > fromFiles)
            sources << tr("%n typed or pasted", nullptr, int(lines.size()) - fromFiles);
        items << (sources.isEmpty()
                          ? tr("<b>%1</b>, one for each user in the table.").arg(esc(kind))
                          : tr("<b>%1</b>, one for each user in the table (%2).")
                                    .arg(esc(kind), sources.join(tr("; "))));
    } else {
        const QString kind = shared ? tr("%n shared desktop(s)", nullptr, count)
                                    : tr("%n dedicated desktop(s)", nullptr, count);
        items << (count == 1 ? tr("<b>%1</b> named “%2”, not assigned to anyone yet.")
                                       .arg(esc(kind), esc(r.desktopName))
                             : tr("<b>%1</b> named after the prefix “%2”, not assigned to "
                                  "anyone yet.")
                                       .arg(esc(kind), esc(r.desktopName)));
    }

    // Product and zone.
    QString zone = r.availabilityZone.isEmpty() ? tr("in the availability zone the service chooses")
                                                : tr("in %1").arg(esc(r.availabilityZone));
    for (const AvailabilityZone &z : m->zones()) {
        if (!r.availabilityZone.isEmpty() && z.code == r.availabilityZone)
            zone = tr("in %1 (%2)").arg(esc(z.name(language)), esc(z.code));
    }
    if (const auto p = m->product()) {
        items << tr("Product <b>%1</b>: %2, %3 vCPUs, %4 GB memory%5, %6.")
                         .arg(esc(p->productId), esc(p->description(language)))
                         .arg(p->cpu)
                         .arg(ProductListModel::memoryText(p->memoryMb))
                         .arg(p->isGpu ? tr(", GPU %1").arg(esc(p->gpuDesc)) : QString(), zone);
    } else {
        items << tr("Product <b>%1</b>, %2.").arg(esc(r.productId), zone);
    }

    // Image and disks.
    const QString imageKind
            = Glossary::imageType(r.imageType.isEmpty() ? QStringLiteral("gold") : r.imageType);
    if (const auto i = m->image())
        items << tr("Image <b>%1</b> (%2).").arg(esc(i->name), imageKind);
    else
        items << tr("Image <b>%1</b> (%2).").arg(esc(r.imageId), imageKind);
    QStringList disks;
    for (const Volume &v : r.dataVolumes)
        disks << tr("%1 GB %2").arg(v.size).arg(esc(VolumeTypes::displayName(v.type)));
    const QString system = tr("System disk %1 GB %2")
                                   .arg(r.rootVolume.size)
                                   .arg(esc(VolumeTypes::displayName(r.rootVolume.type)));
    items << (disks.isEmpty() ? tr("%1; no data disks.").arg(system)
                              : tr("%1; data disks: %2.").arg(system, disks.join(tr(", "))));

    // Network.
    if (r.nics.isEmpty()) {
        items << tr("One NIC on the workspace's default subnet.");
    } else {
        QStringList nics;
        for (const QString &id : r.nics) {
            const auto s = m->subnet(id);
            nics << (s ? tr("%1 (%2)").arg(esc(s->name), esc(s->cidr)) : esc(id));
        }
        items << tr("NICs, in order: %1.").arg(nics.join(tr(", ")));
    }
    if (r.securityGroups.isEmpty()) {
        items << tr("The workspace's default security group.");
    } else {
        QStringList groups;
        for (const QString &id : r.securityGroups) {
            const auto g = m->securityGroup(id);
            groups << esc(g ? g->name : id);
        }
        items << tr("Security groups: %1.").arg(groups.join(tr(", ")));
    }
    switch (m->eipMode()) {
    case CreateRequestModel::EipMode::None:
        items << tr("No public IP of their own.");
        break;
    case CreateRequestModel::EipMode::Existing:
        items << tr("Bind the existing EIP %1.").arg(esc(m->existingEipId()));
        break;
    case CreateRequestModel::EipMode::New: {
        // S000 Table 9: each field is optional, and an id is bound before anything new.
        const Eip e = r.eip.value_or(Eip());
        if (!e.id.isEmpty()) {
            items << tr("Bind the existing EIP %1 (an id is bound first; the settings for a new "
                        "EIP are not used).")
                             .arg(esc(e.id));
        } else if (e.type.isEmpty() && e.chargeMode.isEmpty() && !e.bandwidthSize) {
            items << tr("An EIP with the service's default settings.");
        } else {
            const QString type
                    = e.type.isEmpty() ? tr("the default line") : esc(Glossary::eipType(e.type));
            const QString billing = e.chargeMode.isEmpty()
                                            ? tr("the default billing")
                                            : esc(Glossary::eipChargeMode(e.chargeMode));
            const QString bandwidth = e.bandwidthSize ? tr("%1 Mbit/s").arg(*e.bandwidthSize)
                                                      : tr("the default bandwidth");
            items << tr("A new EIP each; line: %1; billing: %2; bandwidth: %3.")
                             .arg(type, billing, bandwidth);
        }
        break;
    }
    }

    // The rest.
    if (m->usersMode() == CreateRequestModel::UsersMode::Users) {
        items << (r.sendsEmailNotification()
                          ? tr("Each user gets an e-mail when the desktop is ready.")
                          : tr("No e-mail is sent to the users."));
    }
    if (!r.enterpriseProjectId.isEmpty())
        items << tr("Enterprise project %1.").arg(esc(r.enterpriseProjectId));
    if (!r.tags.isEmpty()) {
        QStringList tags;
        for (const Tag &t : r.tags)
            tags << (t.value ? esc(t.key + QLatin1Char('=') + *t.value) : esc(t.key));
        items << tr("Tags: %1.").arg(tags.join(tr(", ")));
    }

    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    return html;
}

void WizardReviewPage::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    m_busy->setVisible(submitting);
    if (submitting) {
        m_refusalAtField = false;
        m_submitMessage->clear();
        m_statusLabel->setText(tr("Sending the first request and waiting for the service's "
                                  "answer…"));
    } else {
        m_statusLabel->clear();
    }
    emit completeChanged();
}

void WizardReviewPage::showSubmitError(const ApiError &error, const QString &note)
{
    const ErrorCatalog::Explanation e = ErrorCatalog::explain(error);
    QStringList lines{tr("The service refused the batch: %1").arg(e.cause)};
    if (!e.fix.isEmpty())
        lines << e.fix;
    QStringList detail;
    if (!error.errorMessage.isEmpty())
        detail << error.errorMessage;
    if (!error.errorCode.isEmpty())
        detail << error.errorCode;
    if (!error.requestId.isEmpty())
        detail << tr("request id %1").arg(error.requestId);
    if (!detail.isEmpty())
        lines << detail.join(QStringLiteral(" · "));
    if (!note.isEmpty())
        lines << note;
    m_submitMessage->setMessage(Severity::Error, lines.join(QLatin1Char('\n')));
}

void WizardReviewPage::showSubmitProblem(const QString &text)
{
    m_submitMessage->setMessage(Severity::Error, text);
}

void WizardReviewPage::clearSubmitStatus()
{
    m_submitMessage->clear();
    m_statusLabel->clear();
}

} // namespace wsc
