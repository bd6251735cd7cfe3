#pragma once

#include "api/profiles/catalogcache.h"
#include "models/rules/finding.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

#include <functional>

namespace wsc {

class CreateRequestModel;
class FieldMessage;
class LoadStateWidget;

/**
 * What every page of the create wizard shares: it edits one CreateRequestModel, owns a set of
 * JSON paths whose findings it shows next to its fields as they happen, and is complete only
 * when none of them is an error (and the catalogs it needs are loaded). A finding about another
 * page's field is shown there, so a product chosen on page 1 that rules out the image shows on
 * the image page.
 */
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    WizardPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
               QWidget *parent = nullptr);

    /** The JSON paths whose findings belong to this page. */
    QStringList ownedPaths() const { return m_paths; }
    /** The findings of this page now. */
    Findings pageFindings() const;
    bool isComplete() const override;
    /** Reads every field from the request again (a draft was opened). */
    virtual void readModel() {}
    /** Brings the field @p finding is about into view and focus (after a rejection). */
    virtual void focusFinding(const Finding &finding);

protected:
    /** Labels a finding for a message that gathers several fields or rows ("Disk 2: ..."). */
    using Labeler = std::function<QString(const Finding &)>;

    void setOwnedPaths(const QStringList &paths) { m_paths = paths; }
    /**
     * Shows the findings at or below any of @p paths in @p message. With a @p labeler each
     * message is prefixed; with @p limit only that many are listed, then "N more".
     */
    void bindMessage(FieldMessage *message, const QStringList &paths, Labeler labeler = {},
                     int limit = 0);
    /** Shows the page's findings that no bound message shows (so none goes unseen). */
    void setFallbackMessage(FieldMessage *message) { m_fallback = message; }
    /** Shows the load state of @p kinds in @p widget and reloads the failed ones on Retry. */
    void bindLoadState(LoadStateWidget *widget, const QList<CatalogCache::Kind> &kinds);
    /** True once every catalog this page needs is loaded (failed ones keep Next disabled). */
    virtual bool isReady() const { return true; }
    virtual void retranslateUi() = 0;
    /** Called when a catalog changes state (after the wizard put it into the request). */
    virtual void catalogChanged(CatalogCache::Kind kind) { Q_UNUSED(kind) }
    void changeEvent(QEvent *event) override;

    CreateRequestModel *request() const { return m_request; }
    CatalogCache *catalog() const { return m_catalog; }
    /** True while the page writes widgets from the model: their signals must not write back. */
    bool isReading() const { return m_reading > 0; }

    /** Blocks write-backs while a page fills its widgets (RAII). */
    class ReadGuard
    {
    public:
        explicit ReadGuard(WizardPage *page)
            : m_page(page)
        {
            ++m_page->m_reading;
        }
        ~ReadGuard() { --m_page->m_reading; }
        ReadGuard(const ReadGuard &) = delete;
        ReadGuard &operator=(const ReadGuard &) = delete;

    private:
        WizardPage *m_page;
    };

    /** Re-renders every bound message and the completeness (findings or language changed). */
    void refreshMessages();

private:
    struct Binding
    {
        FieldMessage *message = nullptr;
        QStringList paths;
        Labeler labeler;
        int limit = 0;
    };
    struct LoadBinding
    {
        LoadStateWidget *widget = nullptr;
        QList<CatalogCache::Kind> kinds;
    };
    void refreshLoadStates();
    static bool isUnder(const QString &path, const QString &prefix);

    CreateRequestModel *m_request;
    CatalogCache *m_catalog;
    QStringList m_paths;
    QList<Binding> m_bindings;
    QList<LoadBinding> m_loadBindings;
    FieldMessage *m_fallback = nullptr;
    int m_reading = 0;
};

} // namespace wsc
