#include "wizardpage.h"

#include "models/itemmodels/createrequestmodel.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loadstatewidget.h"

#include <QEvent>

namespace wsc {

WizardPage::WizardPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                       QWidget *parent)
    : QWizardPage(parent)
    , m_request(requestModel)
    , m_catalog(catalogCache)
{
    connect(m_request, &CreateRequestModel::findingsChanged, this, &WizardPage::refreshMessages);
    connect(m_catalog, &CatalogCache::stateChanged, this,
            [this](CatalogCache::Kind kind, CatalogCache::State) {
                refreshLoadStates();
                catalogChanged(kind);
                emit completeChanged();
            });
}

bool WizardPage::isUnder(const QString &path, const QString &prefix)
{
    if (prefix.isEmpty())
        return path.isEmpty();
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('.')
           || path.at(prefix.size()) == QLatin1Char('[');
}

Findings WizardPage::pageFindings() const
{
    return m_request->findingsUnder(m_paths);
}

bool WizardPage::isComplete() const
{
    return isReady() && !hasErrors(pageFindings());
}

void WizardPage::focusFinding(const Finding &finding)
{
    const QString &path = finding.path;
    for (const Binding &b : m_bindings) {
        for (const QString &p : b.paths) {
            if (isUnder(path, p) && b.message->field()) {
                b.message->field()->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
}

void WizardPage::bindMessage(FieldMessage *message, const QStringList &paths, Labeler labeler,
                             int limit)
{
    // The message filters nothing itself: this page hands it exactly what it should show.
    message->setPath(QString());
    m_bindings.append({message, paths, std::move(labeler), limit});
}

void WizardPage::bindLoadState(LoadStateWidget *widget, const QList<CatalogCache::Kind> &kinds)
{
    m_loadBindings.append({widget, kinds});
    connect(widget, &LoadStateWidget::retryRequested, this, [this, kinds] {
        for (const CatalogCache::Kind kind : kinds) {
            if (m_catalog->state(kind) == CatalogCache::State::Failed
                || m_catalog->state(kind) == CatalogCache::State::Empty)
                m_catalog->reload(kind);
        }
    });
    refreshLoadStates();
}

void WizardPage::refreshLoadStates()
{
    for (const LoadBinding &b : std::as_const(m_loadBindings)) {
        bool failed = false;
        bool loading = false;
        ApiError error;
        for (const CatalogCache::Kind kind : b.kinds) {
            const CatalogCache::State s = m_catalog->state(kind);
            if (s == CatalogCache::State::Failed && !failed) {
                failed = true;
                error = m_catalog->error(kind);
            }
            loading = loading || s == CatalogCache::State::Loading
                      || s == CatalogCache::State::Empty;
        }
        if (failed)
            b.widget->showError(error);
        else if (loading)
            b.widget->showBusy();
        else
            b.widget->showContent();
    }
}

void WizardPage::refreshMessages()
{
    const Findings all = pageFindings();
    Findings unshown = all;
    for (const Binding &b : std::as_const(m_bindings)) {
        Findings shown;
        for (const Finding &f : all) {
            for (const QString &p : b.paths) {
                if (isUnder(f.path, p)) {
                    shown.append(f);
                    unshown.removeAll(f);
                    break;
                }
            }
        }
        // Errors first, so a limit never hides an error behind warnings.
        std::stable_sort(shown.begin(), shown.end(), [](const Finding &a, const Finding &b) {
            return a.isError() && !b.isError();
        });
        const qsizetype total = shown.size();
        if (b.limit > 0 && total > b.limit)
            shown.resize(b.limit);
        if (b.labeler) {
            for (Finding &f : shown)
                f.message = b.labeler(f);
        }
        if (b.limit > 0 && total > b.limit) {
            Finding more;
            more.code = QStringLiteral("more");
            more.severity = shown.constLast().severity;
            more.message = tr("… and %n more problem(s).", nullptr, int(total - b.limit));
            shown.append(more);
        }
        b.message->setFindings(shown);
    }
    if (m_fallback)
        m_fallback->setFindings(unshown);
    emit completeChanged();
}

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshMessages();
    }
    QWizardPage::changeEvent(event);
}

} // namespace wsc
