#pragma once

// Helpers shared by the create-wizard tests (tst_createwizard*.cpp, tst_wizardsafety.cpp): a
// session against a running wsemu (client, catalog cache, journal, jobs centre), the base class
// that opens the wizard on it, waiting for the catalogs, clicking table rows and editing cells
// like a person, and reading the emulator's records.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/profiles/catalogcache.h"
#include "models/itemmodels/createrequestmodel.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/wizard/createdesktopwizard.h"
#include "wsemuwidgettest.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace wsc {

namespace WizardTest {

inline ConnectionConfig config(const EmulatorProcess &emu, int createCap = 50)
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, emu);
    c.createCap = createCap;
    return c;
}

/** What the main window owns per session: client, catalog cache, journal and jobs centre. */
struct Session
{
    Session(const EmulatorProcess &emu, const QString &journalPath, int createCap = 50)
        : client(std::make_unique<WorkspaceClient>(config(emu, createCap)))
        , catalog(std::make_unique<CatalogCache>(client.get()))
        , journal(std::make_unique<JobJournal>(journalPath))
    {
        RetryPolicy fast;
        fast.maxAttempts = 2;
        fast.baseDelayMs = 50;
        fast.maxDelayMs = 200;
        client->setRetryPolicy(fast);
        opened = journal->open();
        jobs = std::make_unique<JobCenter>(client.get(), journal.get(), QStringLiteral("Sandbox"));
        jobs->setReconcileDelayMs(100);
        jobs->setPollIntervals(100, 500);
    }
    ~Session()
    {
        jobs.reset();
        catalog.reset();
        client.reset();
    }

    std::unique_ptr<WorkspaceClient> client;
    std::unique_ptr<CatalogCache> catalog;
    std::unique_ptr<JobJournal> journal;
    std::unique_ptr<JobCenter> jobs;
    bool opened = false;
};

inline bool catalogsReady(const CatalogCache *cache)
{
    for (const CatalogCache::Kind kind :
         {CatalogCache::Kind::Workspace, CatalogCache::Kind::Zones, CatalogCache::Kind::Products,
          CatalogCache::Kind::Images, CatalogCache::Kind::Subnets,
          CatalogCache::Kind::SecurityGroups}) {
        if (!cache->isReady(kind))
            return false;
    }
    return true;
}

/** The view's row whose first cell has @p value in @p role (in the view's own model). */
inline QModelIndex findRow(QAbstractItemView *view, int role, const QString &value)
{
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(role).toString() == value)
            return index;
    }
    return {};
}

/** Clicks the row like a person (scrolls it into view first); false when it is not there. */
inline bool clickRow(QAbstractItemView *view, int role, const QString &value)
{
    const QModelIndex index = findRow(view, role, value);
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return true;
}

/** Opens the cell's editor, types @p text over what is there and presses Return. */
inline bool editCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    // The editor is the viewport's child that holds the focus (a spin box's own line edit
    // has it, but keys and Return belong to the spin box, where the delegate listens).
    QWidget *editor = QApplication::focusWidget();
    while (editor && editor->parentWidget() != view->viewport())
        editor = editor->parentWidget();
    if (!editor)
        return false;
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return through a queued call: deliver it now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    return true;
}

/** GET on an inspection route of the emulator (no auth). */
inline QJsonObject getJson(const EmulatorProcess &emu, const QString &path)
{
    QNetworkAccessManager nam;
    QUrl url = emu.baseUrl();
    url.setPath(path);
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(5000);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

/** Every desktop record of the emulator, by computer name. */
inline QHash<QString, QJsonObject> desktopsByName(const EmulatorProcess &emu)
{
    QHash<QString, QJsonObject> out;
    const QJsonArray desktops = getJson(emu, QStringLiteral("/_emulator/desktops"))
                                        .value(QStringLiteral("desktops"))
                                        .toArray();
    for (const QJsonValue &v : desktops)
        out.insert(v.toObject().value(QStringLiteral("computer_name")).toString(), v.toObject());
    return out;
}

/** Successful CreateDesktop requests the emulator answered. */
inline int createRequests(EmulatorProcess &emu, const QString &status = QStringLiteral("200"))
{
    return emu.requestCount(QStringLiteral("POST /v2/{project_id}/desktops"), status);
}

/**
 * A request as an administrator fills it on the seed tenant, disks and users aside: zone
 * cn-north-4a, a Windows product with its gold image, the workspace subnet and a new 20 Mbit/s
 * BGP EIP charged by bandwidth.
 */
inline void fillSeedRequest(CreateRequestModel *m)
{
    m->setAvailabilityZone(QStringLiteral("cn-north-4a"));
    m->setProductId(QStringLiteral("workspace.x86.general.xlarge2.windows"));
    m->setImageId(QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f"));
    m->setNics({QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55")});
    Eip eip;
    eip.type = QStringLiteral("5_bgp");
    eip.chargeMode = QStringLiteral("BANDWIDTH");
    eip.bandwidthSize = 20;
    m->setNewEip(eip);
    m->setEipMode(CreateRequestModel::EipMode::New);
}

} // namespace WizardTest

/**
 * Base of the create wizard's tests: wsemu (WsemuWidgetTest), the session the wizard is opened
 * on, with a journal of its own per test, and the wizard, deleted before its session as in the
 * main window.
 */
class CreateWizardTest : public WsemuWidgetTest
{
protected:
    /** A new session whose journal is named after @p name; chunks of @p createCap desktops. */
    WizardTest::Session &newSession(const QString &name, int createCap = 50)
    {
        m_session = std::make_unique<WizardTest::Session>(
                m_emu, m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++m_journals)),
                createCap);
        return *m_session;
    }

    /** Opens the create wizard on the session; null when it is not shown. */
    CreateDesktopWizard *openWizard()
    {
        m_wizard = new CreateDesktopWizard(m_session->client.get(), m_session->catalog.get(),
                                           m_session->jobs.get());
        m_wizard->show();
        return QTest::qWaitForWindowExposed(m_wizard) ? m_wizard.data() : nullptr;
    }

    /** The wizard, then the session it was opened on. Call from cleanup(). */
    void closeWizard()
    {
        delete m_wizard.data();
        m_session.reset();
    }

    /** Clicks Next once it is enabled; true when that moved the wizard one page on. */
    bool next()
    {
        const int before = m_wizard->currentId();
        QAbstractButton *button = m_wizard->button(QWizard::NextButton);
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return m_wizard->currentId() == before + 1;
    }

    /**
     * Waits for the catalogs, picks a Windows product and its gold image, lets @p fill set the
     * rest of the request, then walks with Next to the page @p pageId.
     */
    bool walkTo(int pageId, const std::function<void(CreateRequestModel *)> &fill = {})
    {
        if (!QTest::qWaitFor([this] { return WizardTest::catalogsReady(m_session->catalog.get()); },
                             10000))
            return false;
        CreateRequestModel *request = m_wizard->requestModel();
        request->setProductId(QStringLiteral("workspace.x86.general.xlarge2.windows"));
        request->setImageId(QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f"));
        if (fill)
            fill(request);
        while (m_wizard->currentId() < pageId) {
            if (!next())
                return false;
        }
        return true;
    }

    int m_journals = 0;
    QPointer<CreateDesktopWizard> m_wizard;
    std::unique_ptr<WizardTest::Session> m_session;
};

} // namespace wsc
