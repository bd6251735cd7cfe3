#include "wizardtestsupport.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loadstatewidget.h"
#include "ui/wizard/createdesktopwizard.h"
#include "ui/wizard/wizardreviewpage.h"
#include "ui/wizard/wizarduserspage.h"

#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/imagelistmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "models/itemmodels/nicsmodel.h"
#include "models/itemmodels/productlistmodel.h"
#include "models/itemmodels/securitygroupsmodel.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace wsc;
using namespace WizardTest;

namespace {

// Radio buttons and check boxes take clicks on their indicator and text only (not on the rest
// of a wide row): click the indicator.
void clickToggle(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

QJsonObject withoutId(QJsonObject object)
{
    object.remove(QStringLiteral("id"));
    return object;
}

} // namespace

/**
 * The create wizard driven like a person against wsemu: every page with a rejected value
 * first (the finding appears next to its field, Next stays disabled), then a valid one; the
 * submitted request checked in the journal's plan (exact bytes) and on the emulator (what it
 * stored); catalogs that fail and are retried; drafts; names and keyboard access.
 */
class tst_CreateWizard : public CreateWizardTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void everyPageRejectsThenSubmits();
    void catalogFailureShowsCauseAndRetry();
    void draftsRoundTrip();
    void draftWithProblems();
    void everyControlIsNamed();
    void keyboardOnly();
    void typedValuesStayAndChoicesFollow();

private:
    FieldMessage *message(const QString &name) const;
    template<typename T>
    T *child(const QString &name) const
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }
    QPushButton *nextButton() const
    {
        return qobject_cast<QPushButton *>(m_wizard->button(QWizard::NextButton));
    }
};

void tst_CreateWizard::initTestCase()
{
    startEmulator(emptyTenant(), QLocale::c());
}

void tst_CreateWizard::cleanupTestCase()
{
    stopEmulator();
}

void tst_CreateWizard::init()
{
    resetToEmpty();
}

void tst_CreateWizard::cleanup()
{
    // The wizard goes before the session it was opened on, as in the main window.
    closeWizard();
    QVERIFY(QApplication::topLevelWidgets().isEmpty()
            || std::none_of(QApplication::topLevelWidgets().cbegin(),
                            QApplication::topLevelWidgets().cend(),
                            [](QWidget *w) { return w->isVisible(); }));
}

FieldMessage *tst_CreateWizard::message(const QString &name) const
{
    return child<FieldMessage>(name);
}

void tst_CreateWizard::everyPageRejectsThenSubmits()
{
    Session &session = newSession(QStringLiteral("walk"));
    QVERIFY(session.opened);
    QVERIFY(openWizard());
    CreateRequestModel *request = m_wizard->requestModel();
    QTRY_VERIFY_WITH_TIMEOUT(catalogsReady(session.catalog.get()), 10000);
    QPushButton *next = nextButton();

    // --- Type and product ------------------------------------------------------------
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::TypePageId));
    FieldMessage *productMessage = message(QStringLiteral("productMessage"));
    QTRY_VERIFY(productMessage->isVisible()); // the product is required
    QVERIFY(!next->isEnabled());
    auto *products = child<QTableView>(QStringLiteral("productView"));
    QTRY_COMPARE(products->model()->rowCount(), 10);
    // A sold-out product is listed but cannot be picked.
    QVERIFY(clickRow(products, ProductListModel::ProductIdRole,
                     QStringLiteral("workspace.x86.ultimate.4xlarge4.windows")));
    QVERIFY(request->productId().isEmpty());
    QVERIFY(clickRow(products, ProductListModel::ProductIdRole,
                     QStringLiteral("workspace.x86.general.xlarge2.windows")));
    QCOMPARE(request->productId(), QStringLiteral("workspace.x86.general.xlarge2.windows"));
    QTRY_VERIFY(!productMessage->isVisible());
    QTRY_VERIFY(next->isEnabled());

    auto *project = child<QLineEdit>(QStringLiteral("enterpriseProjectEdit"));
    project->setFocus();
    QTest::keyClicks(project, QStringLiteral("finance project!"));
    FieldMessage *projectMessage = message(QStringLiteral("enterpriseProjectMessage"));
    QTRY_VERIFY(projectMessage->isVisible());
    QVERIFY(projectMessage->hasError());
    QVERIFY(projectMessage->text().contains(QLatin1String("a-zA-Z0-9"))
            || !projectMessage->text().isEmpty());
    QCOMPARE(project->property(FieldMessage::severityProperty()).toString(),
             QStringLiteral("error"));
    QVERIFY(!next->isEnabled());
    project->selectAll();
    QTest::keyClicks(project, QStringLiteral("ep-finance_01"));
    QTRY_VERIFY(!projectMessage->isVisible());
    QTRY_VERIFY(next->isEnabled());

    auto *zones = child<QComboBox>(QStringLiteral("zoneCombo"));
    QCOMPARE(zones->count(), 4); // default + three zones
    zones->setCurrentIndex(zones->findData(QStringLiteral("cn-north-4a")));
    QCOMPARE(request->availabilityZone(), QStringLiteral("cn-north-4a"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::ImagePageId));

    // --- Image -------------------------------------------------------------------------
    auto *images = child<QTableView>(QStringLiteral("imageView"));
    // Public Windows x86 images only: Windows Server 2019, Windows 10, Windows Server 2022 GPU.
    QTRY_COMPARE(images->model()->rowCount(), 3);
    clickToggle(child<QRadioButton>(QStringLiteral("privateImageRadio")));
    QCOMPARE(request->imageType(), QStringLiteral("private"));
    QCOMPARE(images->model()->rowCount(), 2); // win10-finance, win11-design-cad
    const QString cad = QStringLiteral("5c6d7e8f-9a0b-4c1d-9e2f-3a4b5c6d7e8f");
    const QString finance = QStringLiteral("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    QVERIFY(clickRow(images, ImageListModel::ImageIdRole, cad));
    FieldMessage *imageMessage = message(QStringLiteral("imageMessage"));
    QTRY_VERIFY(imageMessage->isVisible());
    QTRY_VERIFY2(imageMessage->text().contains(QLatin1String("16 GB")),
                 qPrintable(imageMessage->text()));
    QVERIFY(!next->isEnabled());
    QVERIFY(clickRow(images, ImageListModel::ImageIdRole, finance));
    QTRY_VERIFY(!imageMessage->isVisible());
    QTRY_VERIFY(next->isEnabled());
    // The system disk was raised to what the CAD image needed (150 GB) and stays there.
    QCOMPARE(request->rootVolume().size, 150);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::DisksPageId));

    // --- Disks -------------------------------------------------------------------------
    auto *rootSize = child<QSpinBox>(QStringLiteral("rootSizeSpin"));
    QCOMPARE(rootSize->value(), 150);
    rootSize->setFocus();
    rootSize->selectAll();
    QTest::keyClicks(rootSize, QStringLiteral("90"));
    QCOMPARE(request->rootVolume().size, 90);
    FieldMessage *rootMessage = message(QStringLiteral("rootVolumeMessage"));
    QTRY_VERIFY(rootMessage->isVisible());
    QVERIFY2(rootMessage->text().contains(QLatin1String("100")), qPrintable(rootMessage->text()));
    QVERIFY(!next->isEnabled());
    rootSize->selectAll();
    QTest::keyClicks(rootSize, QStringLiteral("120"));
    QTRY_VERIFY(!rootMessage->isVisible());
    auto *rootType = child<QComboBox>(QStringLiteral("rootTypeCombo"));
    rootType->setCurrentIndex(rootType->findData(QStringLiteral("SSD")));
    QCOMPARE(request->rootVolume().type, QStringLiteral("SSD"));

    auto *addDisk = child<QPushButton>(QStringLiteral("addDataDiskButton"));
    QTest::mouseClick(addDisk, Qt::LeftButton);
    QTest::mouseClick(addDisk, Qt::LeftButton);
    QCOMPARE(request->dataVolumes().size(), 2);
    QCOMPARE(request->dataVolumes().at(0).type, QStringLiteral("SSD"));
    auto *disks = child<QTableView>(QStringLiteral("dataDiskView"));
    QVERIFY(editCell(disks, disks->model()->index(0, 1), QStringLiteral("15")));
    QCOMPARE(request->dataVolumes().at(0).size, 15);
    FieldMessage *dataMessage = message(QStringLiteral("dataVolumesMessage"));
    QTRY_VERIFY(dataMessage->isVisible());
    QVERIFY2(dataMessage->text().startsWith(QLatin1String("Disk 1:")),
             qPrintable(dataMessage->text()));
    QVERIFY(!next->isEnabled());
    QVERIFY(editCell(disks, disks->model()->index(0, 1), QStringLiteral("50")));
    QTRY_VERIFY(!dataMessage->isVisible());
    disks->selectRow(1);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeDataDiskButton")), Qt::LeftButton);
    QCOMPARE(request->dataVolumes().size(), 1);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::NetworkPageId));

    // --- Network -----------------------------------------------------------------------
    const QString office = QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55");
    const QString lab = QStringLiteral("7a3c9e51-4b2d-4f6a-9c8e-2d1b0a9f8e7d");
    auto *subnets = child<QComboBox>(QStringLiteral("subnetCombo"));
    QTRY_COMPARE(subnets->count(), 2); // the workspace's two, not the other VPC's
    auto *addNic = child<QPushButton>(QStringLiteral("addNicButton"));
    subnets->setCurrentIndex(subnets->findData(office));
    QTest::mouseClick(addNic, Qt::LeftButton);
    QTest::mouseClick(addNic, Qt::LeftButton);
    FieldMessage *nicsMessage = message(QStringLiteral("nicsMessage"));
    QTRY_VERIFY(nicsMessage->isVisible());
    QVERIFY2(nicsMessage->text().startsWith(QLatin1String("NIC 2:")),
             qPrintable(nicsMessage->text()));
    QVERIFY(!next->isEnabled());
    auto *nics = child<QTableView>(QStringLiteral("nicsView"));
    nics->setCurrentIndex(nics->model()->index(1, 0));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("removeNicButton")), Qt::LeftButton);
    subnets->setCurrentIndex(subnets->findData(lab));
    QTest::mouseClick(addNic, Qt::LeftButton);
    QCOMPARE(request->nics(), (QStringList{office, lab}));
    // The lab subnet becomes the primary NIC.
    QCOMPARE(nics->currentIndex().row(), 1);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("nicUpButton")), Qt::LeftButton);
    QCOMPARE(request->nics(), (QStringList{lab, office}));
    QTRY_VERIFY(!nicsMessage->isVisible());

    // The workspace's desktop group is ticked by default; tick one more with the space bar.
    const SecurityGroupInfo *userGroup = nullptr;
    const SecurityGroupInfo *rdpGroup = nullptr;
    const QList<SecurityGroupInfo> groups = session.catalog->securityGroups();
    for (const SecurityGroupInfo &g : groups) {
        if (g.name == QLatin1String("WorkspaceUserSecurityGroup"))
            userGroup = &g;
        if (g.name == QLatin1String("sg-office-rdp"))
            rdpGroup = &g;
    }
    QVERIFY(userGroup && rdpGroup);
    QTRY_COMPARE(request->securityGroups(), QStringList{userGroup->id});
    auto *groupView = child<QListView>(QStringLiteral("securityGroupsView"));
    const QModelIndex rdp = findRow(groupView, SecurityGroupsModel::GroupIdRole, rdpGroup->id);
    groupView->setFocus();
    groupView->setCurrentIndex(rdp);
    QTest::keyClick(groupView, Qt::Key_Space);
    QCOMPARE(request->securityGroups(), (QStringList{userGroup->id, rdpGroup->id}));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::EipPageId));

    // --- EIP ---------------------------------------------------------------------------
    QVERIFY(child<QRadioButton>(QStringLiteral("noEipRadio"))->isChecked());
    clickToggle(child<QRadioButton>(QStringLiteral("existingEipRadio")));
    QCOMPARE(request->eipMode(), CreateRequestModel::EipMode::Existing);
    FieldMessage *idMessage = message(QStringLiteral("eipIdMessage"));
    QTRY_VERIFY(idMessage->isVisible());
    QVERIFY(idMessage->hasError());
    QVERIFY(!next->isEnabled());
    clickToggle(child<QRadioButton>(QStringLiteral("newEipRadio")));
    auto *eipType = child<QComboBox>(QStringLiteral("eipTypeCombo"));
    eipType->setCurrentIndex(eipType->findData(QStringLiteral("5_sbgp")));
    auto *charge = child<QComboBox>(QStringLiteral("eipChargeCombo"));
    charge->setCurrentIndex(charge->findData(QStringLiteral("BANDWIDTH")));
    auto *bandwidth = child<QSpinBox>(QStringLiteral("eipBandwidthSpin"));
    bandwidth->setFocus();
    bandwidth->selectAll();
    QTest::keyClicks(bandwidth, QStringLiteral("20"));
    QTRY_VERIFY(!idMessage->isVisible());
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::UsersPageId));

    // --- Users -------------------------------------------------------------------------
    ImportedUsersModel *users = request->users();
    FieldMessage *usersMessage = message(QStringLiteral("usersMessage"));
    QTRY_VERIFY(usersMessage->isVisible()); // no desktops yet
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addUserButton")), Qt::LeftButton);
    QCOMPARE(users->rowCount(), 1);
    // Add row opened the user name editor: type into it.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("1alice"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    QCOMPARE(users->item(0).userName, QStringLiteral("1alice"));
    QTRY_VERIFY(usersMessage->text().startsWith(QLatin1String("Row 1:")));
    QVERIFY(usersMessage->hasError());
    QVERIFY(!next->isEnabled());
    auto *usersView = child<QTableView>(QStringLiteral("usersView"));
    QVERIFY(editCell(usersView,
                     usersView->model()->index(0, users->columnOf(QStringLiteral("user_name"))),
                     QStringLiteral("alice")));
    QVERIFY(editCell(usersView,
                     usersView->model()->index(0, users->columnOf(QStringLiteral("user_email"))),
                     QStringLiteral("alice@example.com")));
    QTRY_VERIFY(!usersMessage->isVisible());

    // Rows copied from a spreadsheet, pasted from the clipboard below the last row.
    usersView->selectionModel()->clearCurrentIndex();
    QGuiApplication::clipboard()->setText(QStringLiteral(
            "bob\tbob@example.com\t\tusers\tPC-BOB\r\ncarol\tcarol@example.com\r\n"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("pasteUsersButton")), Qt::LeftButton);
    QCOMPARE(users->rowCount(), 3);
    QCOMPARE(users->item(1).computerName, QStringLiteral("PC-BOB"));
    QCOMPARE(users->item(2).userEmail, QStringLiteral("carol@example.com"));

    QTest::mouseClick(child<QPushButton>(QStringLiteral("addTagButton")), Qt::LeftButton);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("_sys_owner"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    FieldMessage *tagsMessage = message(QStringLiteral("tagsMessage"));
    QTRY_VERIFY(tagsMessage->isVisible());
    QVERIFY2(tagsMessage->text().startsWith(QLatin1String("Tag 1:")),
             qPrintable(tagsMessage->text()));
    QVERIFY(!next->isEnabled());
    auto *tagsView = child<QTableView>(QStringLiteral("tagsView"));
    QVERIFY(editCell(tagsView, tagsView->model()->index(0, 0), QStringLiteral("team")));
    QVERIFY(editCell(tagsView, tagsView->model()->index(0, 1), QStringLiteral("finance")));
    QTRY_VERIFY(!tagsMessage->isVisible());
    // S000: "email_notification … The default value is true": the field is left out and the
    // box shows what the service will do.
    auto *emailCheck = child<QCheckBox>(QStringLiteral("emailNotificationCheck"));
    QVERIFY(!request->emailNotification());
    QVERIFY(emailCheck->isChecked());
    clickToggle(emailCheck);
    QCOMPARE(request->emailNotification(), std::optional<bool>(false));
    clickToggle(emailCheck);
    QCOMPARE(request->emailNotification(), std::optional<bool>(true));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::ReviewPageId));

    // --- Review: the exact body -----------------------------------------------------------
    const QJsonObject expected = QJsonDocument::fromJson(QStringLiteral(R"({
        "availability_zone": "cn-north-4a",
        "data_volumes": [{"size": 50, "type": "SSD"}],
        "desktop_type": "DEDICATED",
        "desktops": [
            {"user_email": "alice@example.com", "user_name": "alice"},
            {"computer_name": "PC-BOB", "user_email": "bob@example.com", "user_group": "users",
             "user_name": "bob"},
            {"user_email": "carol@example.com", "user_name": "carol"}],
        "eip": {"bandwidth_size": 20, "charge_mode": "BANDWIDTH", "type": "5_sbgp"},
        "email_notification": true,
        "enterprise_project_id": "ep-finance_01",
        "image_id": "%1",
        "image_type": "private",
        "nics": [{"subnet_id": "%2"}, {"subnet_id": "%3"}],
        "product_id": "workspace.x86.general.xlarge2.windows",
        "root_volume": {"size": 120, "type": "SSD"},
        "security_groups": [{"id": "%4"}, {"id": "%5"}],
        "tags": [{"key": "team", "value": "finance"}]})")
                                                                 .arg(finance, lab, office,
                                                                      userGroup->id, rdpGroup->id)
                                                                 .toUtf8())
                                         .object();
    auto *review = qobject_cast<WizardReviewPage *>(m_wizard->currentPage());
    QVERIFY(review);
    QCOMPARE(review->plan().chunks.size(), 1);
    const QByteArray body = review->plan().chunks.at(0).body;
    QCOMPARE(QJsonDocument::fromJson(body).object(), expected);
    QCOMPARE(QJsonDocument::fromJson(
                     child<QPlainTextEdit>(QStringLiteral("bodyView"))->toPlainText().toUtf8())
                     .object(),
             expected);
    QCOMPARE(child<QListWidget>(QStringLiteral("requestList"))->count(), 1);
    QVERIFY2(review->planText().contains(QLatin1String("3")), qPrintable(review->planText()));
    QVERIFY(review->summaryText().contains(QLatin1String("workspace.x86.general.xlarge2.windows")));
    QVERIFY(review->summaryText().contains(QLatin1String("win10-finance-2025q1")));
    // The review says what will happen: e-mails (S000 default true), and which EIP.
    QVERIFY2(review->summaryText().contains(
                     QLatin1String("Each user gets an e-mail when the desktop is ready.")),
             qPrintable(review->summaryText()));
    QVERIFY2(review->summaryText().contains(
                     QLatin1String("A new EIP each; line: Static BGP; billing: By bandwidth; "
                                   "bandwidth: 20 Mbit/s.")),
             qPrintable(review->summaryText()));

    // --- Submit ------------------------------------------------------------------------
    QSignalSpy submitted(m_wizard, &CreateDesktopWizard::submitted);
    QSignalSpy finished(m_wizard, &QDialog::finished);
    QPushButton *submit = qobject_cast<QPushButton *>(m_wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Accepted));
    QCOMPARE(submitted.count(), 1);
    const QString batchId = submitted.constFirst().constFirst().toString();
    QCOMPARE(batchId, m_wizard->lastBatchId());

    // The journal holds the plan with the very bytes the review showed.
    BatchPlan journaled;
    QVERIFY2(session.journal->initialPlan(batchId, &journaled),
             qPrintable(session.journal->errorString()));
    QCOMPARE(journaled.chunks.size(), 1);
    QCOMPARE(journaled.chunks.at(0).body, body);
    const QList<BatchItem> items = session.jobs->items(batchId);
    QCOMPARE(items.size(), 3);

    // What the emulator stored for each desktop.
    QHash<QString, QJsonObject> byUser;
    QTRY_COMPARE_WITH_TIMEOUT(desktopsByName(m_emu).size(), 3, 10000);
    for (const QJsonObject &d : desktopsByName(m_emu))
        byUser.insert(d.value(QStringLiteral("user_name")).toString(), d);
    QCOMPARE(byUser.keys().size(), 3);
    for (const QString &name :
         {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}) {
        const QJsonObject d = byUser.value(name);
        QCOMPARE(d.value(QStringLiteral("product_id")).toString(),
                 expected.value(QStringLiteral("product_id")).toString());
        QCOMPARE(d.value(QStringLiteral("image_id")).toString(), finance);
        QCOMPARE(d.value(QStringLiteral("image_type")).toString(), QStringLiteral("private"));
        QCOMPARE(d.value(QStringLiteral("availability_zone")).toString(),
                 QStringLiteral("cn-north-4a"));
        QCOMPARE(d.value(QStringLiteral("subnet_id")).toString(), lab); // the primary NIC
        QCOMPARE(d.value(QStringLiteral("security_group_ids")).toArray(),
                 (QJsonArray{userGroup->id, rdpGroup->id}));
        // The emulator gives each disk an id of its own; the rest is what was sent.
        QCOMPARE(withoutId(d.value(QStringLiteral("root_volume")).toObject()),
                 expected.value(QStringLiteral("root_volume")).toObject());
        const QJsonArray disks = d.value(QStringLiteral("data_volumes")).toArray();
        QCOMPARE(disks.size(), 1);
        QCOMPARE(withoutId(disks.at(0).toObject()),
                 expected.value(QStringLiteral("data_volumes")).toArray().at(0).toObject());
        QCOMPARE(d.value(QStringLiteral("tags")).toArray(),
                 expected.value(QStringLiteral("tags")).toArray());
        QCOMPARE(d.value(QStringLiteral("enterprise_project_id")).toString(),
                 QStringLiteral("ep-finance_01"));
        QCOMPARE(d.value(QStringLiteral("user_email")).toString(),
                 name + QStringLiteral("@example.com"));
    }
    QCOMPARE(byUser.value(QStringLiteral("bob")).value(QStringLiteral("computer_name")).toString(),
             QStringLiteral("PC-BOB"));
    QCOMPARE(createRequests(m_emu), 1);
}

void tst_CreateWizard::catalogFailureShowsCauseAndRetry()
{
    m_emu.configure({{QStringLiteral("fail_rate"), 1.0}});
    Session &session = newSession(QStringLiteral("fail"));
    RetryPolicy once;
    once.maxAttempts = 1;
    session.client->setRetryPolicy(once);
    QVERIFY(openWizard());
    auto *productState = child<LoadStateWidget>(QStringLiteral("productLoadState"));
    QTRY_COMPARE_WITH_TIMEOUT(productState->state(), LoadStateWidget::State::Error, 10000);
    // The cause in words (ErrorCatalog), not a code alone, and a way to try again.
    QVERIFY(!productState->errorText().isEmpty());
    QCOMPARE(productState->error().kind, ApiError::Kind::Http);
    FieldMessage *zoneStatus = message(QStringLiteral("zoneLoadStatus"));
    QTRY_VERIFY(zoneStatus->isVisible());
    QVERIFY(child<QPushButton>(QStringLiteral("zoneRetryButton"))->isVisible());
    QVERIFY(!nextButton()->isEnabled());

    m_emu.configure({{QStringLiteral("fail_rate"), 0.0}});
    auto *retry = productState->findChild<QPushButton *>(QStringLiteral("loadStateRetryButton"));
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(productState->state(), LoadStateWidget::State::Content, 10000);
    QTRY_COMPARE(child<QTableView>(QStringLiteral("productView"))->model()->rowCount(), 10);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("zoneRetryButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!zoneStatus->isVisible(), 10000);
    QTRY_COMPARE(child<QComboBox>(QStringLiteral("zoneCombo"))->count(), 4);
    QVERIFY(clickRow(child<QTableView>(QStringLiteral("productView")),
                     ProductListModel::ProductIdRole,
                     QStringLiteral("workspace.x86.general.large2.windows")));
    QTRY_VERIFY(nextButton()->isEnabled());
}

void tst_CreateWizard::draftsRoundTrip()
{
    Session &session = newSession(QStringLiteral("draft"));
    QVERIFY(openWizard());
    QTRY_VERIFY_WITH_TIMEOUT(catalogsReady(session.catalog.get()), 10000);
    CreateRequestModel *request = m_wizard->requestModel();
    request->setAvailabilityZone(QStringLiteral("cn-north-4b"));
    request->setProductId(QStringLiteral("workspace.k.xlarge.2.linux"));
    request->setImageId(QStringLiteral("9a8b7c6d-5e4f-4321-a0b1-c2d3e4f5a6b7"));
    Volume root;
    root.type = QStringLiteral("GPSSD");
    root.size = 150;
    request->setRootVolume(root);
    Tag tag;
    tag.key = QStringLiteral("项目");
    tag.value = QStringLiteral("研发");
    request->setTags({tag});
    DesktopItem item;
    item.userName = QStringLiteral("liuyang");
    item.userGroup = QStringLiteral("sudo");
    request->users()->setRows({item});
    const QString path = m_dir.filePath(QStringLiteral("draft.json"));
    QString error;
    QVERIFY2(m_wizard->saveDraft(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    // The spec format wsctl reads: exactly the API body.
    QCOMPARE(saved, request->request().toJson());
    const CreateDesktopRequest original = request->request();
    delete m_wizard;
    m_wizard = nullptr;

    QVERIFY(openWizard()); // the catalogs come from the cache at once
    QVERIFY(catalogsReady(session.catalog.get()));
    Findings problems;
    QVERIFY2(m_wizard->openDraft(path, &problems, &error), qPrintable(error));
    QVERIFY(problems.isEmpty());
    QCOMPARE(m_wizard->requestModel()->request(), original);
    // The pages show it.
    auto *zones = child<QComboBox>(QStringLiteral("zoneCombo"));
    QCOMPARE(zones->currentData().toString(), QStringLiteral("cn-north-4b"));
    auto *products = child<QTableView>(QStringLiteral("productView"));
    const QModelIndexList selected = products->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(ProductListModel::ProductIdRole).toString(),
             QStringLiteral("workspace.k.xlarge.2.linux"));
    QTRY_VERIFY(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::DisksPageId));
    QCOMPARE(child<QSpinBox>(QStringLiteral("rootSizeSpin"))->value(), 150);
    QCOMPARE(child<QComboBox>(QStringLiteral("rootTypeCombo"))->currentData().toString(),
             QStringLiteral("GPSSD"));
    // Linux: "sudo" is a valid group for liuyang.
    QVERIFY(!m_wizard->requestModel()->hasErrorsUnder({QStringLiteral("desktops")}));
}

void tst_CreateWizard::draftWithProblems()
{
    Session &session = newSession(QStringLiteral("draftp"));
    QVERIFY(openWizard());
    QTRY_VERIFY_WITH_TIMEOUT(catalogsReady(session.catalog.get()), 10000);
    const QString path = m_dir.filePath(QStringLiteral("bad-draft.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"desktop_type":"DEDICATED","product_id":"workspace.retired.windows",
        "image_type":"gold","image_id":"a866298d-67db-44b0-a1f1-9d09bdddc20f",
        "root_volume":{"type":"SAS","size":"80"},"colour":"blue",
        "desktops":[{"user_name":"alice"}]})");
    file.close();
    Findings problems;
    QString error;
    QVERIFY2(m_wizard->openDraft(path, &problems, &error), qPrintable(error));
    QStringList codes;
    for (const Finding &f : problems)
        codes << f.path + QLatin1Char(':') + f.code;
    QVERIFY2(codes.contains(QLatin1String("root_volume.size:json.type")),
             qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(QLatin1String("colour:json.unknown_field")),
             qPrintable(codes.join(u' ')));
    QCOMPARE(m_wizard->draftFindings().size(), problems.size());
    // What the rules say about the draft shows on the pages as usual.
    FieldMessage *productMessage = message(QStringLiteral("productMessage"));
    QTRY_VERIFY2(productMessage->text().contains(QLatin1String("workspace.retired.windows")),
                 qPrintable(productMessage->text()));
    QVERIFY(productMessage->isVisible());
    QVERIFY(!nextButton()->isEnabled());

    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"desktop_type\": ");
    broken.close();
    const CreateDesktopRequest before = m_wizard->requestModel()->request();
    QVERIFY(!m_wizard->openDraft(broken.fileName(), &problems, &error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
    // A draft that cannot be read changes nothing.
    QCOMPARE(m_wizard->requestModel()->request(), before);
}

void tst_CreateWizard::everyControlIsNamed()
{
    Session &session = newSession(QStringLiteral("names"));
    QVERIFY(openWizard());
    QTRY_VERIFY_WITH_TIMEOUT(catalogsReady(session.catalog.get()), 10000);
    QStringList unnamed;
    const QList<QWidget *> widgets = m_wizard->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QAbstractSpinBox *>(w)
                                 || qobject_cast<QAbstractItemView *>(w)
                                 || (qobject_cast<QLineEdit *>(w)
                                     && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                                     && !qobject_cast<QComboBox *>(w->parentWidget()));
        // Qt's internals (a combo's popup list, a spin box's line edit) are not ours to name.
        if (!interactive || w->objectName().startsWith(QLatin1String("qt_"))
            || w->window() != m_wizard || qobject_cast<QLineEdit *>(w->parentWidget())
            || qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        // The Retry button of the shared LoadStateWidget is that widget's business.
        if (w->objectName() == QLatin1String("loadStateRetryButton"))
            continue;
        if (w->objectName().isEmpty() || w->accessibleName().isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\" (in %3)")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName(),
                                    w->parentWidget() ? w->parentWidget()->objectName()
                                                      : QString());
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

    // Every label with a mnemonic leads somewhere.
    QStringList orphans;
    for (QLabel *label : m_wizard->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&')) && !label->buddy())
            orphans << label->text();
    }
    QVERIFY2(orphans.isEmpty(), qPrintable(orphans.join(QLatin1Char('\n'))));
}

void tst_CreateWizard::keyboardOnly()
{
    Session &session = newSession(QStringLiteral("keys"));
    QVERIFY(openWizard());
    QTRY_VERIFY_WITH_TIMEOUT(catalogsReady(session.catalog.get()), 10000);
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    // Alt+Z: the zone (label buddy); Alt+F: the product filter; Tab: into the product table.
    QTest::keyClick(m_wizard, Qt::Key_Z, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QComboBox>(QStringLiteral("zoneCombo")));
    QTest::keyClick(m_wizard, Qt::Key_F, Qt::AltModifier);
    auto *filter = child<QLineEdit>(QStringLiteral("productFilterEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("kunpeng"));
    auto *products = child<QTableView>(QStringLiteral("productView"));
    QCOMPARE(products->model()->rowCount(), 2);
    // Tab through the OS and architecture filters to the table.
    for (int i = 0; i < 3 && QApplication::focusWidget() != products; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), products);
    QTest::keyClick(products, Qt::Key_Down);
    QTRY_VERIFY(!m_wizard->requestModel()->productId().isEmpty());
    QVERIFY(m_wizard->requestModel()->productId().startsWith(QLatin1String("workspace.k.")));
    QTRY_VERIFY(nextButton()->isEnabled());
    // Alt+N: Next (Qt's own mnemonic on the wizard button).
    QTest::keyClick(m_wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(CreateDesktopWizard::ImagePageId));
    // Alt+R: the private images radio.
    QTest::keyClick(m_wizard, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->requestModel()->imageType(), QStringLiteral("private"));
}

QTEST_MAIN(tst_CreateWizard)
// What an administrator types stays as typed and is explained at the field (a 5 GB data disk,
// 3000 Mbit/s); switching Public to Private images does not keep a public pick to complain
// about; product ids are shown whole; the review lists a user on two rows (a CSV row and a
// typed one, each named naturally) and says where the rows came from, by source.
void tst_CreateWizard::typedValuesStayAndChoicesFollow()
{
    Session &session = newSession(QStringLiteral("polish"));
    QVERIFY(session.opened);
    QVERIFY(openWizard());
    CreateRequestModel *request = m_wizard->requestModel();
    QTRY_VERIFY_WITH_TIMEOUT(catalogsReady(session.catalog.get()), 10000);
    QPushButton *next = nextButton();

    // Two rows from a file, two typed or pasted; alice is on a CSV row and on a typed one.
    const auto person = [](const QString &name) {
        DesktopItem item;
        item.userName = name;
        item.userEmail = name + QStringLiteral("@example.com");
        return item;
    };
    request->users()->setRows({person(QStringLiteral("alice")), person(QStringLiteral("bob"))},
                              {2, 3});
    request->setUsersOrigin(QStringLiteral("/home/admin/gbk_excel_zh.csv"));
    request->users()->appendRow(person(QStringLiteral("carol")));
    request->users()->appendRow(person(QStringLiteral("Alice")));

    const QString productId = QStringLiteral("workspace.x86.general.xlarge2.windows");
    auto *products = child<QTableView>(QStringLiteral("productView"));
    QTRY_COMPARE(products->model()->rowCount(), 10);
    QVERIFY(clickRow(products, ProductListModel::ProductIdRole, productId));
    const QModelIndex idCell = findRow(products, ProductListModel::ProductIdRole, productId)
                                       .siblingAtColumn(ProductListModel::IdColumn);
    QVERIFY2(products->columnWidth(ProductListModel::IdColumn)
                     >= products->fontMetrics().horizontalAdvance(idCell.data().toString()),
             "the product id is cut");
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // --- The image pick follows the Public/Private switch ---------------------------------
    auto *images = child<QTableView>(QStringLiteral("imageView"));
    QTRY_COMPARE(images->model()->rowCount(), 3);
    const QString gold = images->model()->index(0, 0).data(ImageListModel::ImageIdRole).toString();
    QVERIFY(clickRow(images, ImageListModel::ImageIdRole, gold));
    QCOMPARE(request->imageId(), gold);
    clickToggle(child<QRadioButton>(QStringLiteral("privateImageRadio")));
    QCOMPARE(request->imageType(), QStringLiteral("private"));
    QVERIFY(request->imageId().isEmpty());
    for (const Finding &f : request->findings())
        QVERIFY2(f.code != QLatin1String("image_type.mismatch"), qPrintable(f.message));
    QVERIFY(images->selectionModel()->selectedRows().isEmpty());
    clickToggle(child<QRadioButton>(QStringLiteral("goldImageRadio")));
    QCOMPARE(request->imageId(), gold); // the public pick comes back with the switch
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // --- A data disk typed below the minimum stays as typed -----------------------------
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addDataDiskButton")), Qt::LeftButton);
    auto *disks = child<QTableView>(QStringLiteral("dataDiskView"));
    QVERIFY(editCell(disks, disks->model()->index(0, 1), QStringLiteral("5")));
    QCOMPARE(request->dataVolumes().at(0).size, 5);
    FieldMessage *dataMessage = message(QStringLiteral("dataVolumesMessage"));
    QTRY_VERIFY(dataMessage->isVisible());
    QVERIFY(dataMessage->hasError());
    QVERIFY(!next->isEnabled());
    QVERIFY(editCell(disks, disks->model()->index(0, 1), QStringLiteral("50")));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::EipPageId));

    // --- 3000 Mbit/s stays 3000, and the field says the limit ---------------------------
    clickToggle(child<QRadioButton>(QStringLiteral("newEipRadio")));
    auto *bandwidth = child<QSpinBox>(QStringLiteral("eipBandwidthSpin"));
    bandwidth->setFocus();
    bandwidth->selectAll();
    QTest::keyClicks(bandwidth, QStringLiteral("3000"));
    QCOMPARE(bandwidth->value(), 3000);
    QCOMPARE(request->newEip().bandwidthSize.value_or(0), 3000);
    FieldMessage *eipMessage = message(QStringLiteral("newEipMessage"));
    QTRY_VERIFY(eipMessage->isVisible());
    QVERIFY2(eipMessage->text().contains(QLatin1String("2000")), qPrintable(eipMessage->text()));
    QVERIFY(!next->isEnabled());
    bandwidth->selectAll();
    QTest::keyClicks(bandwidth, QStringLiteral("20"));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::UsersPageId));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::ReviewPageId));

    // --- The review names the rows naturally and says where they came from --------------
    FieldMessage *problems = message(QStringLiteral("reviewProblemsMessage"));
    QTRY_VERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("row 1 (line 2 of the file)")),
             qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(QLatin1String("row 4")), qPrintable(problems->text()));
    auto *review = qobject_cast<WizardReviewPage *>(m_wizard->currentPage());
    QVERIFY(review);
    const QString summary = review->summaryText();
    QVERIFY2(summary.contains(QLatin1String("2 from gbk_excel_zh.csv"))
                     && summary.contains(QLatin1String("2 typed or pasted")),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("imported from")), qPrintable(summary));
}

#include "tst_createwizard.moc"
