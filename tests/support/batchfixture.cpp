#include "batchfixture.h"

#include "apicallwait.h"
#include "emulatorconfig.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/batchsubmitter.h"
#include "api/jobs/jobcenter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>

using namespace wsc;

bool BatchFixture::start(const QStringList &extraArgs)
{
    m_error.clear();
    const QStringList args = QStringList{QStringLiteral("--time-scale"), QStringLiteral("0"),
                                         QStringLiteral("--empty"),
                                         QStringLiteral("--desktop-quota"), QString::number(Quota)}
                             + extraArgs;
    if (!m_emu.start(args)) {
        m_error = m_emu.errorString();
        return false;
    }
    return discover();
}

bool BatchFixture::discover()
{
    WorkspaceClient client(config(10000));
    auto *products = client.products({{QStringLiteral("os_type"), QStringLiteral("Linux")}});
    auto *images = client.images({{QStringLiteral("os_type"), QStringLiteral("Linux")},
                                  {QStringLiteral("image_type"), QStringLiteral("gold")}});
    auto *workspace = client.workspaceInfo();
    auto *subnets = client.subnets();
    for (ApiCall *call : std::initializer_list<ApiCall *>{products, images, workspace, subnets}) {
        if (!waitFor(call) || !call->isOk()) {
            m_error = QStringLiteral("catalog lookup failed: %1").arg(call->error().summary());
            return false;
        }
    }
    m_productId.clear();
    fittingPair(products->result(), images->result(), &m_productId, &m_imageId);
    m_subnetIds = workspace->result().subnetIds;
    m_capacity = 0;
    m_subnetCapacity.clear();
    for (const SubnetInfo &s : subnets->result()) {
        if (m_subnetIds.contains(s.id)) {
            const int prefix = s.cidr.section(QLatin1Char('/'), 1).toInt();
            // Network, gateway, broadcast and the addresses below .10 are not handed out.
            const int free = prefix > 0 && prefix < 31 ? (1 << (32 - prefix)) - 12 : 0;
            m_subnetCapacity.insert(s.id, free);
            m_capacity += free;
        }
    }
    if (m_productId.isEmpty() || m_subnetIds.isEmpty()) {
        m_error = QStringLiteral("the emulator offers no Linux product/image pair or no subnet");
        return false;
    }
    return true;
}

bool BatchFixture::fittingPair(const QList<Product> &products, const QList<ImageInfo> &images,
                               QString *productId, QString *imageId)
{
    for (const Product &p : products) {
        for (const ImageInfo &i : images) {
            if (p.isAvailable() && p.architecture == i.architecture && i.minDiskGb <= 80
                && i.minRamMb <= p.memoryMb) {
                *productId = p.productId;
                *imageId = i.id;
                return true;
            }
        }
    }
    return false;
}

ConnectionConfig BatchFixture::config(int timeoutMs) const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_emu);
    c.timeoutMs = timeoutMs;
    return c;
}

RetryPolicy BatchFixture::fastRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 8;
    policy.baseDelayMs = 50;
    policy.maxDelayMs = 1000;
    policy.throttleDelayMs = 200;
    return policy;
}

bool BatchFixture::resetTenant()
{
    const QJsonObject reset = m_emu.reset(true, 30000);
    if (reset.isEmpty() || reset.contains(QStringLiteral("error_code"))) {
        m_error = QStringLiteral("reset failed: %1")
                          .arg(QString::fromUtf8(QJsonDocument(reset).toJson()));
        return false;
    }
    clearFaults();
    m_emu.configure({{QStringLiteral("desktop_quota"), Quota}});
    return true;
}

void BatchFixture::clearFaults()
{
    m_emu.configure({{QStringLiteral("fail_rate"), 0},
                     {QStringLiteral("reset_rate"), 0},
                     {QStringLiteral("lost_rate"), 0},
                     {QStringLiteral("rps"), 0},
                     {QStringLiteral("latency_ms"), 0}});
}

void BatchFixture::setFaults(int seed, double failRate, double resetRate, double lostRate,
                             double rps)
{
    m_emu.configure({{QStringLiteral("seed"), seed},
                     {QStringLiteral("fail_rate"), failRate},
                     {QStringLiteral("reset_rate"), resetRate},
                     {QStringLiteral("lost_rate"), lostRate},
                     {QStringLiteral("rps"), rps}});
}

CreateDesktopRequest BatchFixture::emptyRequest() const
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("DEDICATED");
    r.productId = m_productId;
    r.imageType = QStringLiteral("gold");
    r.imageId = m_imageId;
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = 80;
    return r;
}

CreateDesktopRequest BatchFixture::request(int count, const QString &prefix,
                                           int everyNthWithoutName) const
{
    CreateDesktopRequest r = emptyRequest();
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("%1u%2").arg(prefix.toLower()).arg(i, 5, 10, QLatin1Char('0'));
        d.userGroup = QStringLiteral("default");
        if (everyNthWithoutName <= 0 || i % everyNthWithoutName != 0)
            d.computerName = QStringLiteral("%1%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        r.desktops.append(d);
    }
    return r;
}

void BatchFixture::spreadOverSubnets(BatchPlan *plan) const
{
    // Each chunk goes to the subnet with the most free addresses left, so a batch as big as
    // all the subnets together fits (they differ in size: a /18 and a /20 in the seed).
    QHash<QString, int> left = m_subnetCapacity;
    for (BatchChunk &c : plan->chunks) {
        QString subnet = m_subnetIds.constFirst();
        for (const QString &id : m_subnetIds) {
            if (left.value(id) > left.value(subnet))
                subnet = id;
        }
        left[subnet] -= static_cast<int>(c.sourceIndexes.size());
        QJsonObject body = QJsonDocument::fromJson(c.body).object();
        body.insert(QStringLiteral("nics"),
                    QJsonArray{QJsonObject{{QStringLiteral("subnet_id"), subnet}}});
        c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
}

bool BatchFixture::run(BatchSubmitter &submitter, int timeoutMs)
{
    QSignalSpy finished(&submitter, &BatchSubmitter::finished);
    submitter.start();
    return submitter.isFinished() || finished.wait(timeoutMs);
}

bool BatchFixture::waitFinished(JobCenter &center, const QString &batchId, int timeoutMs)
{
    // Asks the batch after each signal: batchFinished of another batch wakes it too.
    QElapsedTimer clock;
    clock.start();
    QSignalSpy spy(&center, &JobCenter::batchFinished);
    while (!center.batch(batchId).isFinished()) {
        if (clock.elapsed() > timeoutMs || !spy.wait(timeoutMs - int(clock.elapsed())))
            return center.batch(batchId).isFinished();
    }
    return true;
}

QStringList BatchFixture::exactlyOnceProblems(const CreateDesktopRequest &request,
                                              const BatchPlan &plan)
{
    QStringList problems;
    const int count = static_cast<int>(request.desktops.size());

    // The plan: every source row in one chunk's body or confirmed on the server by a lookup.
    // A chunk confirmed whole keeps its body, so its rows are in both lists; a chunk confirmed
    // in part was replanned to a body of the missing rows only.
    QList<int> inBodies(count, 0);
    QList<int> confirmed(count, 0);
    for (const BatchChunk &c : plan.chunks) {
        if (c.state != ChunkState::Accepted && c.state != ChunkState::Done)
            problems << QStringLiteral("chunk %1 is %2: %3")
                                .arg(c.index)
                                .arg(ChunkStates::name(c.state), c.error.summary());
        for (const auto &[list, counts] : {std::pair{&c.sourceIndexes, &inBodies},
                                           std::pair{&c.confirmedSourceIndexes, &confirmed}}) {
            for (const int source : *list) {
                if (source < 0 || source >= count)
                    problems << QStringLiteral("chunk %1 has source index %2 of %3")
                                        .arg(c.index)
                                        .arg(source)
                                        .arg(count);
                else
                    ++(*counts)[source];
            }
        }
    }
    for (int i = 0; i < count; ++i) {
        if (inBodies.at(i) > 1 || confirmed.at(i) > 1 || inBodies.at(i) + confirmed.at(i) == 0)
            problems << QStringLiteral("source row %1: in %2 bodies, confirmed %3 times")
                                .arg(i)
                                .arg(inBodies.at(i))
                                .arg(confirmed.at(i));
    }

    // The server, with faults off so that the inspection answers.
    clearFaults();
    const QJsonObject state = m_emu.state(60000);
    const int total = state.value(QStringLiteral("desktops"))
                              .toObject()
                              .value(QStringLiteral("total"))
                              .toInt(-1);
    if (total != count)
        problems << QStringLiteral("%1 desktops on the server, %2 asked").arg(total).arg(count);
    const QJsonObject perUser = state.value(QStringLiteral("desktops_per_user")).toObject();
    const QJsonObject names = state.value(QStringLiteral("computer_names")).toObject();
    const QJsonObject created = state.value(QStringLiteral("created_computer_names")).toObject();
    for (int i = 0; i < count; ++i) {
        const DesktopItem &d = request.desktops.at(i);
        const int desktops = perUser.value(d.userName).toInt();
        if (desktops != 1)
            problems << QStringLiteral("row %1: user %2 has %3 desktops")
                                .arg(i)
                                .arg(d.userName)
                                .arg(desktops);
        if (!d.computerName.isEmpty()) {
            const QString key = d.computerName.toLower();
            if (names.value(key).toInt() != 1)
                problems << QStringLiteral("row %1: %2 exists %3 times")
                                    .arg(i)
                                    .arg(d.computerName)
                                    .arg(names.value(key).toInt());
        }
    }
    if (perUser.size() != count)
        problems << QStringLiteral("%1 users have desktops, %2 asked")
                            .arg(perUser.size())
                            .arg(count);
    for (auto it = created.begin(); it != created.end(); ++it) {
        if (it.value().toInt() != 1)
            problems << QStringLiteral("%1 was created %2 times")
                                .arg(it.key())
                                .arg(it.value().toInt());
    }
    // Keep the report readable when everything went wrong at once.
    if (problems.size() > 20)
        problems = problems.mid(0, 20)
                   << QStringLiteral("... and %1 more").arg(problems.size() - 20);
    return problems;
}
