// wsc_csvimportshot: opens the CSV import dialog on a GB18030 Excel export with mistakes in it,
// the third problem selected, for screenshots (test-only, not installed).
//
//   scripts/screenshot.sh docs/screenshots/csvimport_en.png --wait 4 --size 1100x720 --
//       build/tests/bin/wsc_csvimportshot [--lang zh_CN] [FILE.csv]
//
// Without FILE it opens tests/ui/csvimportshot/demo-gb18030.csv from the source tree.

#include "models/i18n/translator.h"
#include "support/testcontexts.h"
#include "ui/csvimport/csvimportdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>

using namespace wsc;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser args;
    args.addOption(QCommandLineOption(QStringLiteral("lang"), QStringLiteral("language"),
                                      QStringLiteral("en|zh_CN"), QStringLiteral("en")));
    args.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV file"));
    args.process(app);
    Translator translator;
    translator.setLanguage(args.value(QStringLiteral("lang")));

    CsvImportDialog dialog;
    dialog.setContext(TestContexts::windowsLite());
    QObject::connect(&dialog, &CsvImportDialog::loaded, &dialog, [&dialog] {
        // A selected problem shows how a click takes the user to the cell to fix.
        auto *issues = dialog.findChild<QTableView *>(QStringLiteral("issuesView"));
        if (issues && issues->model()->rowCount() > 2) {
            issues->setFocus();
            issues->setCurrentIndex(issues->model()->index(2, 0));
        }
    });
    const QStringList files = args.positionalArguments();
    dialog.openFile(files.isEmpty() ? QStringLiteral(WSC_SOURCE_DIR
                                                     "/tests/ui/csvimportshot/demo-gb18030.csv")
                                    : files.constFirst());
    dialog.move(0, 0);
    dialog.resize(1100, 720);
    dialog.show();
    return app.exec();
}
