// The job lifecycle: createDesktops / attachDesktops / detachDesktops / deleteDesktops, their
// sub-jobs (WAITING -> RUNNING 0..100 -> SUCCESS or FAILED) and the desktops' status,
// task_status and attach_state on the way. Time scale 0 finishes jobs at once; a frozen clock
// stepped by the test shows every intermediate state deterministically.

#include "emulator/emulator.h"
#include "emulatorfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace wsemu;

class tst_EmulatorJobs : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void instantCreate();
    void instantCreateWithoutUsers();
    void createTimeline();
    void smallTimeScale();
    void attachTimeline();
    void subJobFailures();
    void partialFailure();
    void detachAndDelete();
    void subJobListing();

private:
    QString create(const QJsonArray &desktops, int size = 0);
};

void tst_EmulatorJobs::initTestCase()
{
    QVERIFY(startEmulator());
}

void tst_EmulatorJobs::init()
{
    EmulatorFixture::resetToRealClock(*m_client);
}

QString tst_EmulatorJobs::create(const QJsonArray &desktops, int size)
{
    const QJsonObject body = EmulatorFixture::createBody(
            size > 0 ? QJsonObject{{QStringLiteral("size"), size}}
                     : QJsonObject{{QStringLiteral("desktops"), desktops}});
    const TestReply reply = m_client->post(p(QStringLiteral("/desktops")), body);
    [&] { QCOMPARE(reply.status, 200); }();
    return reply.json().value(QStringLiteral("job_id")).toString();
}

static QJsonArray users(const QStringList &names)
{
    QJsonArray array;
    for (const QString &name : names)
        array.append(QJsonObject{{QStringLiteral("user_name"), name}});
    return array;
}

void tst_EmulatorJobs::instantCreate()
{
    const QString jobId = create(users(
            {QStringLiteral("chenjing"), QStringLiteral("yangli"), QStringLiteral("zhaolei")}));
    // Time scale 0: the job is already SUCCESS when it is first read.
    const QJsonObject j = job(jobId);
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(j.value(QStringLiteral("job_type")).toString(), QStringLiteral("createDesktops"));
    QCOMPARE(j.value(QStringLiteral("sub_jobs_total")).toInt(), 3);
    QVERIFY(!j.value(QStringLiteral("end_time")).toString().isEmpty());
    QStringList seenUsers;
    for (const QJsonValue &v : j.value(QStringLiteral("sub_jobs")).toArray()) {
        const QJsonObject sub = v.toObject();
        QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(sub.value(QStringLiteral("process")).toInt(), 100);
        QCOMPARE(sub.value(QStringLiteral("job_id")).toString(), jobId);
        const QJsonObject entities = sub.value(QStringLiteral("entities")).toObject();
        const QJsonObject d = desktop(entities.value(QStringLiteral("desktop_id")).toString());
        QCOMPARE(entities.value(QStringLiteral("desktop_name")).toString(),
                 d.value(QStringLiteral("computer_name")).toString());
        QCOMPARE(entities.value(QStringLiteral("user_name")).toString(),
                 d.value(QStringLiteral("user_name")).toString());
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(d.value(QStringLiteral("task_status")).toString(), QString());
        QCOMPARE(d.value(QStringLiteral("attach_state")).toString(), QStringLiteral("ATTACHED"));
        QVERIFY(d.value(QStringLiteral("process")).isNull());
        seenUsers.append(entities.value(QStringLiteral("user_name")).toString());
    }
    seenUsers.sort();
    QCOMPARE(seenUsers, (QStringList{QStringLiteral("chenjing"), QStringLiteral("yangli"),
                                     QStringLiteral("zhaolei")}));
    const QJsonObject subs
            = m_client->get(p(QStringLiteral("/workspace-sub-jobs?job_id=")) + jobId).json();
    QCOMPARE(subs.value(QStringLiteral("total_count")).toInt(), 3);
}

void tst_EmulatorJobs::instantCreateWithoutUsers()
{
    const QString jobId = create({}, 2);
    const QJsonArray subs = job(jobId).value(QStringLiteral("sub_jobs")).toArray();
    QCOMPARE(subs.size(), 2);
    for (const QJsonValue &v : subs) {
        const QJsonObject d = desktop(v.toObject()
                                              .value(QStringLiteral("entities"))
                                              .toObject()
                                              .value(QStringLiteral("desktop_id"))
                                              .toString());
        QCOMPARE(d.value(QStringLiteral("attach_state")).toString(), QStringLiteral("UNATTACH"));
        QCOMPARE(d.value(QStringLiteral("user_name")).toString(), QString());
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    }
}

void tst_EmulatorJobs::createTimeline()
{
    m_start = QDateTime::currentDateTimeUtc();
    freezeAt(0);
    configure(QJsonObject{{QStringLiteral("time_scale"), 1}});
    const QString jobId = create(users({QStringLiteral("chenjing"), QStringLiteral("yangli")}));
    const QJsonArray subs = job(jobId).value(QStringLiteral("sub_jobs")).toArray();
    const QString first = subs.at(0)
                                  .toObject()
                                  .value(QStringLiteral("entities"))
                                  .toObject()
                                  .value(QStringLiteral("desktop_id"))
                                  .toString();

    QStringList jobStates, secondSubStates, taskStates, statuses, attachStates;
    auto note = [](QStringList &list, const QString &value) {
        if (list.isEmpty() || list.last() != value)
            list.append(value);
    };
    int lastProcess = -1;
    for (qint64 t = 0; t <= 12000; t += 250) {
        freezeAt(t);
        const QJsonObject j = job(jobId);
        note(jobStates, j.value(QStringLiteral("status")).toString());
        note(secondSubStates, j.value(QStringLiteral("sub_jobs"))
                                      .toArray()
                                      .at(1)
                                      .toObject()
                                      .value(QStringLiteral("status"))
                                      .toString());
        const QJsonObject d = desktop(first);
        note(taskStates, d.value(QStringLiteral("task_status")).toString());
        note(statuses, d.value(QStringLiteral("status")).toString());
        note(attachStates, d.value(QStringLiteral("attach_state")).toString());
        const int process = j.value(QStringLiteral("sub_jobs"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("process"))
                                    .toInt();
        QVERIFY2(process >= lastProcess, "process never goes backwards");
        lastProcess = process;
    }
    QCOMPARE(jobStates, (QStringList{QStringLiteral("RUNNING"), QStringLiteral("SUCCESS")}));
    QCOMPARE(secondSubStates, (QStringList{QStringLiteral("WAITING"), QStringLiteral("RUNNING"),
                                           QStringLiteral("SUCCESS")}));
    QCOMPARE(taskStates,
             (QStringList{QStringLiteral("scheduling"), QStringLiteral("block_device_mapping"),
                          QStringLiteral("networking"), QStringLiteral("spawning"), QString()}));
    QCOMPARE(statuses, (QStringList{QStringLiteral("BUILD"), QStringLiteral("ACTIVE")}));
    QCOMPARE(attachStates, (QStringList{QStringLiteral("ATTACHING"), QStringLiteral("ATTACHED")}));
    QCOMPARE(lastProcess, 100);
}

void tst_EmulatorJobs::smallTimeScale()
{
    // Real time: about 300 ms per desktop at scale 0.05.
    configure(QJsonObject{{QStringLiteral("time_scale"), 0.05}});
    const QString jobId = create(users({QStringLiteral("chenjing"), QStringLiteral("yangli")}));
    QVERIFY(job(jobId).value(QStringLiteral("status")).toString() != QLatin1String("SUCCESS"));
    QTRY_COMPARE_WITH_TIMEOUT(job(jobId).value(QStringLiteral("status")).toString(),
                              QStringLiteral("SUCCESS"), 5000);
    const QJsonObject state
            = m_client->get(QStringLiteral("/_emulator/state"), EmulatorTestClient::Auth::None)
                      .json();
    QCOMPARE(state.value(QStringLiteral("desktops"))
                     .toObject()
                     .value(QStringLiteral("by_status"))
                     .toObject()
                     .value(QStringLiteral("ACTIVE"))
                     .toInt(),
             6);
}

void tst_EmulatorJobs::attachTimeline()
{
    m_start = QDateTime::currentDateTimeUtc();
    freezeAt(0);
    configure(QJsonObject{{QStringLiteral("time_scale"), 1}});
    const QString id = desktopId(QStringLiteral("WKS-POOL-01"));
    const TestReply reply = m_client->post(
            p(QStringLiteral("/desktops/attach")),
            QJsonObject{
                    {QStringLiteral("desktops"),
                     QJsonArray{QJsonObject{
                             {QStringLiteral("desktop_id"), id},
                             {QStringLiteral("user_name"), QStringLiteral("chenjing")},
                             {QStringLiteral("user_group"), QStringLiteral("administrators")},
                             {QStringLiteral("computer_name"), QStringLiteral("QA-CHEN-01")}}}}});
    QCOMPARE(reply.status, 200);
    const QString jobId = reply.json().value(QStringLiteral("job_id")).toString();
    QJsonObject d = desktop(id);
    QCOMPARE(d.value(QStringLiteral("attach_state")).toString(), QStringLiteral("ATTACHING"));
    QCOMPARE(d.value(QStringLiteral("task_status")).toString(), QStringLiteral("attaching"));
    QCOMPARE(job(jobId).value(QStringLiteral("job_type")).toString(),
             QStringLiteral("attachDesktops"));
    freezeAt(5000);
    d = desktop(id);
    QCOMPARE(d.value(QStringLiteral("attach_state")).toString(), QStringLiteral("ATTACHED"));
    QCOMPARE(d.value(QStringLiteral("user_name")).toString(), QStringLiteral("chenjing"));
    QCOMPARE(d.value(QStringLiteral("user_group")).toString(), QStringLiteral("administrators"));
    QCOMPARE(d.value(QStringLiteral("computer_name")).toString(), QStringLiteral("QA-CHEN-01"));
    QCOMPARE(d.value(QStringLiteral("task_status")).toString(), QString());
    const QJsonObject entities = job(jobId)
                                         .value(QStringLiteral("sub_jobs"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("entities"))
                                         .toObject();
    QCOMPARE(entities.value(QStringLiteral("desktop_id")).toString(), id);
    QCOMPARE(entities.value(QStringLiteral("user_name")).toString(), QStringLiteral("chenjing"));
    QCOMPARE(entities.value(QStringLiteral("desktop_name")).toString(),
             QStringLiteral("QA-CHEN-01"));
}

void tst_EmulatorJobs::subJobFailures()
{
    configure(QJsonObject{{QStringLiteral("subjob_fail_rate"), 1}});
    const QString jobId = create(users({QStringLiteral("chenjing"), QStringLiteral("yangli")}));
    const QJsonObject j = job(jobId);
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(j.value(QStringLiteral("job_error_code")).toString().startsWith(QLatin1String("WKS.")));
    QVERIFY2(j.value(QStringLiteral("fail_reason")).toString().contains(QLatin1String("2 of 2")),
             qPrintable(j.value(QStringLiteral("fail_reason")).toString()));
    for (const QJsonValue &v : j.value(QStringLiteral("sub_jobs")).toArray()) {
        const QJsonObject sub = v.toObject();
        QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
        QVERIFY(!sub.value(QStringLiteral("error_code")).toString().isEmpty());
        QVERIFY(!sub.value(QStringLiteral("fail_reason")).toString().isEmpty());
        const QJsonObject d = desktop(sub.value(QStringLiteral("entities"))
                                              .toObject()
                                              .value(QStringLiteral("desktop_id"))
                                              .toString());
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(d.value(QStringLiteral("attach_state")).toString(), QStringLiteral("ATTACHFAIL"));
    }
    // A failed attach leaves the desktop free to be attached again.
    const QString id = desktopId(QStringLiteral("WKS-POOL-01"));
    const QJsonObject attach{
            {QStringLiteral("desktops"),
             QJsonArray{QJsonObject{{QStringLiteral("desktop_id"), id},
                                    {QStringLiteral("user_name"), QStringLiteral("chenjing")},
                                    {QStringLiteral("user_group"), QStringLiteral("users")}}}}};
    TestReply reply = m_client->post(p(QStringLiteral("/desktops/attach")), attach);
    QCOMPARE(job(reply.json().value(QStringLiteral("job_id")).toString())
                     .value(QStringLiteral("status"))
                     .toString(),
             QStringLiteral("FAILED"));
    QCOMPARE(desktop(id).value(QStringLiteral("attach_state")).toString(),
             QStringLiteral("ATTACH_FAIL_CAN_ATTACH_AGAIN"));
    QCOMPARE(desktop(id).value(QStringLiteral("user_name")).toString(), QString());
    configure(QJsonObject{{QStringLiteral("subjob_fail_rate"), 0}});
    reply = m_client->post(p(QStringLiteral("/desktops/attach")), attach);
    QCOMPARE(reply.status, 200);
    QCOMPARE(job(reply.json().value(QStringLiteral("job_id")).toString())
                     .value(QStringLiteral("status"))
                     .toString(),
             QStringLiteral("SUCCESS"));
}

void tst_EmulatorJobs::partialFailure()
{
    configure(QJsonObject{{QStringLiteral("subjob_fail_rate"), 0.5}, {QStringLiteral("seed"), 7}});
    QStringList names;
    for (int i = 0; i < 8; ++i)
        names.append(QStringLiteral("part%1").arg(i));
    const QJsonObject j = job(create(users(names)));
    int failed = 0;
    QString pattern;
    for (const QJsonValue &v : j.value(QStringLiteral("sub_jobs")).toArray()) {
        const QJsonObject sub = v.toObject();
        const bool subFailed
                = sub.value(QStringLiteral("status")).toString() == QLatin1String("FAILED");
        pattern += subFailed ? QLatin1Char('F') : QLatin1Char('S');
        failed += subFailed ? 1 : 0;
        const QJsonObject d = desktop(sub.value(QStringLiteral("entities"))
                                              .toObject()
                                              .value(QStringLiteral("desktop_id"))
                                              .toString());
        QCOMPARE(d.value(QStringLiteral("status")).toString(),
                 subFailed ? QStringLiteral("ERROR") : QStringLiteral("ACTIVE"));
    }
    // Partial failure: the parent is FAILED, the desktops that succeeded stay ACTIVE.
    QVERIFY2(failed > 0 && failed < 8, qPrintable(QString::number(failed)));
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(j.value(QStringLiteral("fail_reason"))
                    .toString()
                    .startsWith(QStringLiteral("%1 of 8").arg(failed)));

    // The same seed fails the same sub-jobs again.
    EmulatorFixture::reset(*m_client);
    QString again;
    for (const QJsonValue &v :
         job(create(users(names))).value(QStringLiteral("sub_jobs")).toArray())
        again += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("FAILED")
                         ? QLatin1Char('F')
                         : QLatin1Char('S');
    QCOMPARE(again, pattern);
}

void tst_EmulatorJobs::detachAndDelete()
{
    const QString attached = desktopId(QStringLiteral("WKS-FIN-001"));
    TestReply reply = m_client->post(p(QStringLiteral("/desktops/detach")),
                                     QJsonObject{{QStringLiteral("desktop_ids"),
                                                  QJsonArray{attached, QStringLiteral("nope")}},
                                                 {QStringLiteral("shutoff_after_detach"), true}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("success_job_ids")).toArray().size(), 1);
    const QJsonArray failed = reply.json().value(QStringLiteral("failed_operation_list")).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("WKS.00010010"));
    QJsonObject d = desktop(attached);
    QCOMPARE(d.value(QStringLiteral("attach_state")).toString(), QStringLiteral("UNATTACH"));
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("SHUTOFF"));
    QCOMPARE(d.value(QStringLiteral("user_name")).toString(), QString());
    // Detaching a free desktop is refused per desktop.
    reply = m_client->post(p(QStringLiteral("/desktops/detach")),
                           QJsonObject{{QStringLiteral("desktop_ids"), QJsonArray{attached}}});
    QCOMPARE(reply.json()
                     .value(QStringLiteral("failed_operation_list"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("error_code"))
                     .toString(),
             QStringLiteral("WKS.00010032"));

    QCOMPARE(m_client->send("DELETE", p(QStringLiteral("/desktops/")) + attached).status, 204);
    const QJsonArray deletions
            = m_client->get(p(QStringLiteral("/workspace-sub-jobs?job_type=deleteDesktops")))
                      .json()
                      .value(QStringLiteral("jobs"))
                      .toArray();
    QCOMPARE(deletions.size(), 1);
    QCOMPARE(deletions.first()
                     .toObject()
                     .value(QStringLiteral("entities"))
                     .toObject()
                     .value(QStringLiteral("desktop_id"))
                     .toString(),
             attached);
    QCOMPARE(m_client->get(p(QStringLiteral("/desktops/")) + attached).status, 404);
}

void tst_EmulatorJobs::subJobListing()
{
    create(users(
            {QStringLiteral("chenjing"), QStringLiteral("yangli"), QStringLiteral("zhaolei")}));
    create(users({QStringLiteral("wuhao")}));
    const QJsonObject all
            = m_client->get(p(QStringLiteral(
                                    "/workspace-sub-jobs?job_type=createDesktops&status=SUCCESS")))
                      .json();
    QCOMPARE(all.value(QStringLiteral("total_count")).toInt(), 4);
    const QJsonObject page
            = m_client
                      ->get(p(QStringLiteral(
                              "/workspace-sub-jobs?job_type=createDesktops&limit=2&offset=3")))
                      .json();
    QCOMPARE(page.value(QStringLiteral("jobs")).toArray().size(), 1);
    QCOMPARE(page.value(QStringLiteral("total_count")).toInt(), 4);
    QCOMPARE(m_client->get(p(QStringLiteral(
                                   "/workspace-sub-jobs?job_type=createDesktops&status=FAILED")))
                     .json()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
             0);
}

QTEST_GUILESS_MAIN(tst_EmulatorJobs)
#include "tst_emulatorjobs.moc"
