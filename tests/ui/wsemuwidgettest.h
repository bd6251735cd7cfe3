#pragma once

// The start of the widget tests that drive dialogs and wizards against a wsemu process of their
// own (tst_createwizard*, tst_wizardsafety, tst_directoryviews, the assignment tests, ...).
// Header-only: it serves only tests/ui.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "models/domain/createdesktoprequest.h"
#include "support/emulatorprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace wsc {

/**
 * Base of a widget test against its own wsemu: the process, a temporary folder for journals and
 * settings, and the steps of initTestCase(), init() and cleanupTestCase() that such tests share.
 */
class WsemuWidgetTest : public QObject
{
protected:
    /** wsemu's arguments for an empty tenant whose jobs end at once. */
    static QStringList emptyTenant()
    {
        return {QStringLiteral("--time-scale"), QStringLiteral("0"), QStringLiteral("--empty")};
    }

    /**
     * A create request the seed catalog takes: @p desktopType desktops of a Windows product with
     * its gold image and an 80 GB SAS system disk; the test adds the desktops or their number.
     */
    static CreateDesktopRequest windowsRequest(const QString &desktopType
                                               = QStringLiteral("DEDICATED"))
    {
        CreateDesktopRequest r;
        r.desktopType = desktopType;
        r.productId = QStringLiteral("workspace.x86.general.large2.windows");
        r.imageType = QStringLiteral("gold");
        r.imageId = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f");
        r.rootVolume.type = QStringLiteral("SAS");
        r.rootVolume.size = 80;
        return r;
    }

    /**
     * Test mode, @p locale as the default one, the temporary folder, then wsemu with @p args.
     * Call from initTestCase(); a failure here skips every test.
     */
    void startEmulator(const QStringList &args, const QLocale &locale)
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(locale);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emu.start(args), qPrintable(m_emu.errorString()));
    }

    /**
     * Back to a tenant without desktops, no faults and no latency, with @p settings on top
     * (POST /_emulator/config). Call from init().
     */
    void resetToEmpty(const QJsonObject &settings = {})
    {
        const QJsonObject reset = m_emu.reset(true);
        QVERIFY2(!reset.contains(QStringLiteral("error_code")),
                 QJsonDocument(reset).toJson().constData());
        QJsonObject config{{QStringLiteral("fail_rate"), 0.0}, {QStringLiteral("latency_ms"), 0}};
        for (auto it = settings.begin(); it != settings.end(); ++it)
            config.insert(it.key(), it.value());
        const QJsonObject taken = m_emu.configure(config);
        QVERIFY2(taken.contains(QStringLiteral("config")),
                 QJsonDocument(taken).toJson().constData());
    }

    /**
     * Attaches @p desktopId to another user straight through @p client, as another administrator
     * would while the console is open: the start of the conflict tests.
     */
    static void attachElsewhere(WorkspaceClient *client, const QString &desktopId)
    {
        AttachRequest direct;
        AttachDesktop d;
        d.desktopId = desktopId;
        d.userName = QStringLiteral("someoneelse");
        d.userGroup = QStringLiteral("users");
        direct.desktops.append(d);
        auto *call = client->attachDesktops(direct);
        QSignalSpy attached(call, &ApiCall::finished);
        QVERIFY(attached.wait(10000));
        QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    }

    /**
     * A journal file of its own for this test in @p journal, opened, and a job centre on it and
     * @p client that polls and reconciles fast; null when the journal does not open.
     */
    std::unique_ptr<JobCenter> startJobs(WorkspaceClient *client,
                                         std::unique_ptr<JobJournal> *journal)
    {
        *journal = std::make_unique<JobJournal>(
                m_dir.filePath(QStringLiteral("journal-%1.db").arg(++m_journalNumber)));
        if (!(*journal)->open())
            return nullptr;
        auto jobs = std::make_unique<JobCenter>(client, journal->get(), QStringLiteral("test"));
        jobs->setPollIntervals(50, 200);
        jobs->setReconcileDelayMs(100);
        return jobs;
    }

    /** wsemu must exit cleanly. Call from cleanupTestCase(). */
    void stopEmulator() { QCOMPARE(m_emu.stop(), 0); }

    EmulatorProcess m_emu;
    QTemporaryDir m_dir;
    int m_journalNumber = 0;
};

} // namespace wsc
