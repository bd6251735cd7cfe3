#pragma once

#include "emulatorprocess.h"

#include "api/http/connectionconfig.h"
#include "api/http/retrypolicy.h"
#include "api/jobs/batchplan.h"
#include "models/domain/createdesktoprequest.h"
#include "models/domain/imageinfo.h"
#include "models/domain/product.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

class BatchSubmitter;
class JobCenter;

// Include as "support/batchfixture.h" and link wsc_batchtestsupport:
//
//     BatchFixture tenant;
//     QVERIFY2(tenant.start({"--seed", "7"}), qPrintable(tenant.errorString()));
//     WorkspaceClient client(tenant.config());
//     const CreateDesktopRequest request = tenant.request(1000, "R", 10);
//     BatchPlan plan = BatchPlan::forCreate(request, 50);
//     tenant.spreadOverSubnets(&plan);
//     BatchSubmitter submitter(&client, plan);
//     QVERIFY(BatchFixture::run(submitter, 60000));
//     const QStringList problems = tenant.exactlyOnceProblems(request, submitter.plan());
//     QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
/**
 * A wsemu tenant ready for big create batches, shared by the batch tests, the resilience suite
 * and the batch benchmarks: started empty with a raised quota, a Linux product and gold image
 * that fit each other, the workspace's subnets, and the exactly-once check of a finished batch.
 */
class BatchFixture
{
public:
    /** Desktops the tenant may hold: far above any batch, so the quota never decides. */
    static constexpr int Quota = 100000;

    /**
     * Starts wsemu with `--time-scale 0 --empty --desktop-quota Quota` followed by
     * @p extraArgs (a later flag wins), then finds the product, image and subnets.
     */
    bool start(const QStringList &extraArgs = {});
    QString errorString() const { return m_error; }
    EmulatorProcess &emulator() { return m_emu; }
    const EmulatorProcess &emulator() const { return m_emu; }

    /** AK/SK on the emulator, no proxy, @p timeoutMs per attempt. */
    ConnectionConfig config(int timeoutMs = 2000) const;
    /** Retries quick enough for a test run (8 attempts, 50 ms .. 1 s, 200 ms after a 429). */
    static RetryPolicy fastRetries();

    /** Back to an empty tenant with faults, throttling and latency off. */
    bool resetTenant();
    /** Turns every fault rate, the rps limit and the latency off (the tenant is kept). */
    void clearFaults();
    /**
     * The faults of a run under faults: 5xx, reset and lost-reply rates, wsemu's request rate
     * limit (0: none), and the @p seed of their sequence.
     */
    void setFaults(int seed, double failRate, double resetRate, double lostRate, double rps);

    /** DEDICATED desktops of the product and gold image, an 80 GB SAS system disk; no desktops. */
    CreateDesktopRequest emptyRequest() const;
    /**
     * @p count desktops named <prefix>00000.. for users <prefix>u00000..; every
     * @p everyNthWithoutName-th one has no computer name (reconciled by user instead).
     */
    CreateDesktopRequest request(int count, const QString &prefix, int everyNthWithoutName) const;
    /** Gives each chunk a workspace subnet, the one with the most free addresses left. */
    void spreadOverSubnets(BatchPlan *plan) const;
    /** Runs @p submitter to its end; false on timeout. */
    static bool run(BatchSubmitter &submitter, int timeoutMs);
    /** Waits until @p center's batch @p batchId is finished; false on timeout. */
    static bool waitFinished(JobCenter &center, const QString &batchId, int timeoutMs = 60000);

    /**
     * What is wrong with the server after a finished create batch of @p request: chunks not
     * accepted, source rows missing or counted twice in the plan, a desktop count other than the
     * request's, a user with no or two desktops, a computer name present or created twice.
     * Empty when every source row became exactly one desktop.
     */
    QStringList exactlyOnceProblems(const CreateDesktopRequest &request, const BatchPlan &plan);

    /**
     * The first available product of @p products and image of @p images that fit each other, as
     * the wizard picks them: same architecture, the image's minimum disk within the 80 GB system
     * disk and its minimum memory within the product's. False when no pair fits.
     */
    static bool fittingPair(const QList<Product> &products, const QList<ImageInfo> &images,
                            QString *productId, QString *imageId);

    QString productId() const { return m_productId; }
    QString imageId() const { return m_imageId; }
    QStringList subnetIds() const { return m_subnetIds; }
    /** Free addresses in the workspace subnets. */
    int capacity() const { return m_capacity; }

private:
    bool discover();

    EmulatorProcess m_emu;
    QString m_error;
    QString m_productId;
    QString m_imageId;
    QStringList m_subnetIds;
    QHash<QString, int> m_subnetCapacity; ///< free addresses per workspace subnet
    int m_capacity = 0;
};

} // namespace wsc
