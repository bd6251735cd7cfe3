#include "ui/csvimport/columnmappingwidget.h"
#include "ui/csvimport/csvimportdialog.h"
#include "ui/widgets/severitystyleproxy.h"

#include "models/csv/userimport.h"
#include "models/itemmodels/csvissuelistmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "support/testcontexts.h"
#include "support/testfiles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace wsc;

/** The CSV import dialog driven like a user would: by objectName, mouse and keyboard. */
class tst_CsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void loadFixAndImport();
    void encodingAndDelimiterOverride();
    void columnMappingRereads();
    void addAndRemoveRows();
    void unreadableFile();
    void dropFile();
    void templates_data();
    void templates();
    void styleProxy();
    void everyControlIsNamed();
    void columnsSizedFromFirstRows_data();
    void columnsSizedFromFirstRows();
    void summaryFollowsEdits();

private:
    QString write(const QString &name, const QByteArray &bytes);
    CsvImportDialog *openDialog(const QString &path);
    QTemporaryDir m_dir;
};

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// Excel on Chinese Windows: GB18030, CRLF, Chinese headers. Line 3 has a bad user name,
// line 4 a bad email, line 5 is fine.
const QString excelFile = QStringLiteral("用户名,邮箱,用户组,计算机名\r\n"
                                         "zhangsan,zs@example.com,users,研发01\r\n"
                                         "1lisi,lisi@example.com,users,PC-02\r\n"
                                         "wangwu,wangwu-at-example,users,PC-03\r\n"
                                         "zhaoliu,zl@example.com,administrators,PC-04\r\n");

QModelIndex findIssue(QAbstractItemModel *issues, int line, const QString &column)
{
    for (int r = 0; r < issues->rowCount(); ++r) {
        const QModelIndex index = issues->index(r, CsvIssueListModel::LineColumn);
        if (index.data().toInt() == line
            && index.data(CsvIssueListModel::ColumnNameRole).toString() == column)
            return index;
    }
    return {};
}

} // namespace

void tst_CsvImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
}

void tst_CsvImportDialog::cleanup()
{
    QLocale::setDefault(QLocale::c());
    // Every test closes its dialog (closing deletes it); none may be left open.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (qobject_cast<CsvImportDialog *>(w)) {
            QVERIFY2(!w->isVisible(), "a dialog was left open");
            w->deleteLater();
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString tst_CsvImportDialog::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir, name, bytes);
}

CsvImportDialog *tst_CsvImportDialog::openDialog(const QString &path)
{
    auto *dialog = new CsvImportDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setContext(TestContexts::windowsLite());
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    QSignalSpy loaded(dialog, &CsvImportDialog::loaded);
    // Type the path and press Return, as a keyboard user would.
    auto *fileEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    fileEdit->setFocus();
    fileEdit->setText(path);
    QTest::keyClick(fileEdit, Qt::Key_Return);
    if (!loaded.wait(20000))
        return nullptr;
    return dialog;
}

void tst_CsvImportDialog::loadFixAndImport()
{
    const QString path = write(QStringLiteral("excel.csv"), gb18030(excelFile));
    CsvImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible()); // Return in the file field did not "import"

    auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    auto *delimiter = dialog->findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    auto *users = dialog->findChild<QTableView *>(QStringLiteral("usersView"));
    auto *issues = dialog->findChild<QTableView *>(QStringLiteral("issuesView"));
    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(encoding && delimiter && summary && users && issues && importButton);

    QCOMPARE(encoding->currentIndex(), 0);
    QVERIFY2(encoding->currentText().contains(QStringLiteral("GB18030")),
             qPrintable(encoding->currentText()));
    QVERIFY2(delimiter->currentText().contains(QStringLiteral("comma")),
             qPrintable(delimiter->currentText()));
    QCOMPARE(users->model()->rowCount(), 4);
    QCOMPARE(users->model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("2"));
    QCOMPARE(users->model()->headerData(1, Qt::Vertical, ImportedUsersModel::LineRole).toInt(), 3);
    QCOMPARE(summary->text(), QStringLiteral("2 valid, 2 with errors, 0 warning(s)"));
    QVERIFY(importButton->isEnabled());

    // The error list names line and column; clicking an entry selects that cell.
    const QModelIndex userIssue = findIssue(issues->model(), 3, QStringLiteral("user_name"));
    const QModelIndex mailIssue = findIssue(issues->model(), 4, QStringLiteral("user_email"));
    QVERIFY(userIssue.isValid());
    QVERIFY(mailIssue.isValid());
    QCOMPARE(issues->model()->rowCount(), 2);
    QCOMPARE(issues->model()
                     ->index(mailIssue.row(), CsvIssueListModel::FieldColumn)
                     .data()
                     .toString(),
             QStringLiteral("Email"));
    issues->scrollTo(mailIssue);
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {},
                      issues->visualRect(mailIssue).center());
    const int mailColumn = dialog->model()->columnOf(QStringLiteral("user_email"));
    QCOMPARE(users->currentIndex().row(), 2);
    QCOMPARE(users->currentIndex().column(), mailColumn);
    QVERIFY(users->selectionModel()->isSelected(users->currentIndex()));

    // Keyboard: move to the other problem, Return jumps into the table on its cell.
    issues->setFocus();
    QTest::keyClick(issues, userIssue.row() < mailIssue.row() ? Qt::Key_Up : Qt::Key_Down);
    const int userColumn = dialog->model()->columnOf(QStringLiteral("user_name"));
    QCOMPARE(users->currentIndex().row(), 1);
    QCOMPARE(users->currentIndex().column(), userColumn);
    QTest::keyClick(issues, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Return is "go to the cell" here, never "import"
    QTRY_VERIFY(users->hasFocus());

    // Fix the cell in place: F2, type, Return. The row turns valid at once.
    QTest::keyClick(users, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("lisi"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(users->model()->index(1, userColumn).data().toString(), QStringLiteral("lisi"));
    QCOMPARE(users->model()->index(1, userColumn).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::None));
    QCOMPARE(issues->model()->rowCount(), 1);
    QCOMPARE(summary->text(), QStringLiteral("3 valid, 1 with errors, 0 warning(s)"));

    // Import takes the valid rows, with their source lines; the bad one stays behind.
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    const UserImportRows &rows = dialog->acceptedTable();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.item(0).userName, QStringLiteral("zhangsan"));
    QCOMPARE(rows.item(0).computerName, QStringLiteral("研发01"));
    QCOMPARE(rows.item(1).userName, QStringLiteral("lisi"));
    QCOMPARE(rows.item(2).userGroup, QStringLiteral("administrators"));
    QCOMPARE((QList<int>{rows.line(0), rows.line(1), rows.line(2)}), (QList<int>{2, 3, 5}));
    // Handed on without issues: the receiving table checks the rows against its own rules.
    for (qsizetype r = 0; r < rows.size(); ++r)
        QVERIFY(!rows.hasIssues(r));
}

void tst_CsvImportDialog::encodingAndDelimiterOverride()
{
    const QString path = write(QStringLiteral("override.csv"), gb18030(excelFile));
    CsvImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    auto *encoding = dialog->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    auto *delimiter = dialog->findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    auto *issues = dialog->findChild<QTableView *>(QStringLiteral("issuesView"));

    // Forcing UTF-8 on a GB18030 file re-reads it: the Chinese header no longer matches.
    QSignalSpy loaded(dialog, &CsvImportDialog::loaded);
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    QVERIFY(loaded.wait(20000));
    QStringList codes;
    for (int r = 0; r < issues->model()->rowCount(); ++r)
        codes.append(issues->model()->index(r, 0).data(CsvIssueListModel::CodeRole).toString());
    QVERIFY2(codes.contains(QStringLiteral("csv.invalid_bytes")), qPrintable(codes.join(u' ')));
    QVERIFY(codes.contains(QStringLiteral("csv.no_header")));

    // Back to automatic, then a forced semicolon: one column per line.
    encoding->setCurrentIndex(0);
    QVERIFY(loaded.wait(20000));
    QVERIFY(encoding->itemText(0).contains(QStringLiteral("GB18030")));
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    QVERIFY(loaded.wait(20000));
    auto *mapping = dialog->findChild<ColumnMappingWidget *>(QStringLiteral("columnMapping"));
    QCOMPARE(mapping->mapping().size(), 1);
    QVERIFY(!delimiter->itemText(0).contains(QStringLiteral("comma")));
    dialog->close();
}

void tst_CsvImportDialog::columnMappingRereads()
{
    const QString path = write(QStringLiteral("mapping.csv"),
                               QByteArrayLiteral("login,pc\nalice,PC-1\nbob,PC-2\n"));
    CsvImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    auto *users = dialog->findChild<QTableView *>(QStringLiteral("usersView"));
    QCOMPARE(dialog->model()->invalidCount(), 2); // no user_name column
    auto *first = dialog->findChild<QComboBox *>(QStringLiteral("mapColumn0"));
    auto *second = dialog->findChild<QComboBox *>(QStringLiteral("mapColumn1"));
    QVERIFY(first && second);
    QCOMPARE(first->currentIndex(), 0); // (ignore)
    QVERIFY(!first->accessibleName().isEmpty());

    QSignalSpy loaded(dialog, &CsvImportDialog::loaded);
    first->setCurrentIndex(first->findData(QStringLiteral("user_name")));
    QVERIFY(loaded.wait(20000));
    second->setCurrentIndex(second->findData(QStringLiteral("computer_name")));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog->model()->invalidCount(), 0);
    QCOMPARE(users->model()
                     ->index(1, dialog->model()->columnOf(QStringLiteral("computer_name")))
                     .data()
                     .toString(),
             QStringLiteral("PC-2"));
    // The chosen mapping survives the re-read.
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("mapColumn0"))->currentData().toString(),
             QStringLiteral("user_name"));
    dialog->close();
}

void tst_CsvImportDialog::addAndRemoveRows()
{
    const QString path
            = write(QStringLiteral("rows.csv"), QByteArrayLiteral("user_name\nalice\nbob\n"));
    CsvImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    auto *users = dialog->findChild<QTableView *>(QStringLiteral("usersView"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addRowButton"));
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeRowButton"));
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(users->model()->rowCount(), 3);
    QCOMPARE(users->model()->headerData(2, Qt::Vertical).toString(), QStringLiteral("3"));
    QCOMPARE(users->model()->headerData(2, Qt::Vertical, ImportedUsersModel::LineRole).toInt(), 0);
    // The new row's user-name editor is open: type a name.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("carol"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(dialog->model()->validCount(), 3);

    users->selectRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(users->model()->rowCount(), 2);
    QCOMPARE(dialog->model()->item(0).userName, QStringLiteral("bob"));
    dialog->close();
}

void tst_CsvImportDialog::unreadableFile()
{
    CsvImportDialog *dialog = openDialog(m_dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(dialog);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("nope.csv")), qPrintable(summary->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    dialog->close();
}

void tst_CsvImportDialog::dropFile()
{
    const QString path = write(QStringLiteral("dropped.csv"),
                               QByteArrayLiteral("user_name\nalice\nbob\ncarol\n"));
    auto *dialog = new CsvImportDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->acceptDrops());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at(dialog->width() / 2, dialog->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy loaded(dialog, &CsvImportDialog::loaded);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog, &drop);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog->filePath(), path);
    QCOMPARE(dialog->model()->rowCount(), 3);

    // Two files, or something that is not a file, are refused.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QDragEnterEvent refused(at, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(dialog, &refused);
    QVERIFY(!refused.isAccepted());
    dialog->close();
}

void tst_CsvImportDialog::templates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("firstHeader");
    QTest::newRow("en") << QStringLiteral("en_US") << QStringLiteral("user_name");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("用户名");
}

void tst_CsvImportDialog::templates()
{
    QFETCH(QString, locale);
    QFETCH(QString, firstHeader);

    QLocale::setDefault(QLocale(locale));
    CsvImportDialog dialog;
    const QString path = m_dir.filePath(QStringLiteral("template_%1.csv").arg(locale));
    QVERIFY(dialog.saveTemplate(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel needs the BOM to read Chinese
    QVERIFY(file.permissions() & QFileDevice::WriteOwner);

    // The template is a valid import: every column known, the example row clean.
    UserImportRequest request;
    request.data = bytes;
    request.context = TestContexts::windowsLite();
    const UserImportResult result = UserImport::run(request);
    QCOMPARE(result.header.value(0), firstHeader);
    QCOMPARE(result.columnMapping, UserImport::fields());
    QVERIFY(result.fileIssues.isEmpty());
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.validCount(), 1);
    QCOMPARE(result.warningCount(), 0);
}

void tst_CsvImportDialog::styleProxy()
{
    ImportedUsersModel model;
    SeverityStyleProxy proxy(ImportedUsersModel::SeverityRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserImportRequest request;
    request.data = QByteArrayLiteral("user_name,user_email\nalice,a@x.cn\n1bob,b@x.cn\nalice,\n");
    request.context = TestContexts::windowsLite();
    model.setImport(UserImport::run(request));

    const int user = model.columnOf(QStringLiteral("user_name"));
    const int mail = model.columnOf(QStringLiteral("user_email"));
    // Error: icon and tint; warning: another icon; clean: neither.
    const QModelIndex bad = proxy.index(1, user);
    QVERIFY(!bad.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(bad.data(Qt::BackgroundRole).isValid());
    QVERIFY(bad.data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .startsWith(QStringLiteral("Error: ")));
    const QModelIndex warned = proxy.index(0, user);
    QVERIFY(!warned.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(warned.data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .startsWith(QStringLiteral("Warning: ")));
    QVERIFY(warned.data(Qt::BackgroundRole) != bad.data(Qt::BackgroundRole));
    const QModelIndex clean = proxy.index(0, mail);
    QVERIFY(!clean.data(Qt::DecorationRole).isValid());
    QVERIFY(!clean.data(Qt::BackgroundRole).isValid());
    QVERIFY(!proxy.headerData(1, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(proxy.index(1, user).data().toString(), QStringLiteral("1bob"));
    // Edits go through the proxy to the model.
    QVERIFY(proxy.setData(proxy.index(1, user), QStringLiteral("bob")));
    QVERIFY(!proxy.index(1, user).data(Qt::DecorationRole).isValid());
}

void tst_CsvImportDialog::everyControlIsNamed()
{
    const QString path
            = write(QStringLiteral("named.csv"), QByteArrayLiteral("user_name,dept\nalice,x\n"));
    CsvImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(dialog) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // Parts owned by a composite widget (a view's viewport, a combo's popup) are not ours.
        if (qobject_cast<QAbstractItemView *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (QString(w->metaObject()->className()) == QLatin1String("QScrollArea"))
            continue; // a container; its children are checked
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked >= 10);
    dialog->close();
}

void tst_CsvImportDialog::columnsSizedFromFirstRows_data()
{
    QTest::addColumn<int>("longRow"); ///< row with a long email; the others are short
    QTest::addColumn<bool>("widened");

    QTest::newRow("long value among the first rows") << 3 << true;
    QTest::newRow("long value far down") << 600 << false;
    QTest::newRow("no long value") << -1 << false;
}

void tst_CsvImportDialog::columnsSizedFromFirstRows()
{
    QFETCH(int, longRow);
    QFETCH(bool, widened);

    // Columns are sized from the header and ~50 rows, not every row: a big file must not
    // stall the window, and a value far down does not widen its column (it is elided).
    QByteArray csv("user_name,user_email,computer_name\n");
    for (int r = 0; r < 2000; ++r) {
        const QByteArray mail = r == longRow ? QByteArray("a.rather.long.mail.address.for.testing."
                                                          "widths@example-company.com.cn")
                                             : QByteArray("u@x.cn");
        csv += "u" + QByteArray::number(r) + "," + mail + ",PC" + QByteArray::number(r) + "\n";
    }
    CsvImportDialog *dialog = openDialog(write(QStringLiteral("widths.csv"), csv));
    QVERIFY(dialog);
    const auto closeDialog = qScopeGuard([dialog] { dialog->close(); });
    auto *users = dialog->findChild<QTableView *>(QStringLiteral("usersView"));
    QVERIFY(users);
    QCOMPARE(users->model()->rowCount(), 2000);
    const int mail = dialog->model()->columnOf(QStringLiteral("user_email"));
    const int width = users->horizontalHeader()->sectionSize(mail);
    // Between the dialog's bounds (110..280 px); a short column stays at the lower bound.
    QVERIFY2(width >= 110 && width <= 280, qPrintable(QString::number(width)));
    if (widened)
        QVERIFY2(width > 200, qPrintable(QString::number(width)));
    else
        QCOMPARE(width, 110);
}

void tst_CsvImportDialog::summaryFollowsEdits()
{
    // Rows 1 and 2 share a computer name (an error on both); ann is on two rows (warnings).
    CsvImportDialog *dialog = openDialog(write(QStringLiteral("counts.csv"),
                                               "user_name,computer_name\n"
                                               "ann,PC1\nbob,PC2\ncid,pc2\nann,PC4\n"));
    QVERIFY(dialog);
    const auto closeDialog = qScopeGuard([dialog] { dialog->close(); });
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(summary && importButton);
    QCOMPARE(summary->text(), QStringLiteral("2 valid, 2 with errors, 2 warning(s)"));
    QCOMPARE(importButton->text(), QStringLiteral("&Import 2 valid row(s)"));

    ImportedUsersModel *model = dialog->model();
    const int pc = model->columnOf(QStringLiteral("computer_name"));
    const int user = model->columnOf(QStringLiteral("user_name"));
    // One edit clears the error on two rows.
    QVERIFY(model->setData(model->index(2, pc), QStringLiteral("PC3")));
    QCOMPARE(summary->text(), QStringLiteral("4 valid, 0 with errors, 2 warning(s)"));
    QCOMPARE(importButton->text(), QStringLiteral("&Import 4 valid row(s)"));
    // And one edit clears both warnings.
    QVERIFY(model->setData(model->index(3, user), QStringLiteral("dan")));
    QCOMPARE(summary->text(), QStringLiteral("4 valid, 0 with errors, 0 warning(s)"));
    // A new error and a row removed.
    QVERIFY(model->setData(model->index(0, user), QStringLiteral("1ann")));
    QCOMPARE(summary->text(), QStringLiteral("3 valid, 1 with errors, 0 warning(s)"));
    QVERIFY(model->removeRows(0, 1));
    QCOMPARE(summary->text(), QStringLiteral("3 valid, 0 with errors, 0 warning(s)"));
}

QTEST_MAIN(tst_CsvImportDialog)
#include "tst_csvimportdialog.moc"
