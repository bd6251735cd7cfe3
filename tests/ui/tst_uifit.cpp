// Opens every window of the console and every page of its wizards, in English and in Chinese,
// on a screen of the size WSC_UIFIT_SCREEN says (1366x768 unless set; ctest runs it again at
// 1024x640), filled with a Sandbox's data from a real wsemu, and fails on:
//  - a window that opens beyond the screen, or whose layout needs more than the screen;
//  - a label, button, check box, group title, combo box or tab whose text is wider than the
//    widget, a word-wrapped label cut at the bottom, an elided table header;
//  - a raw enum value of the service on screen (ATTACHED, DEDICATED, LITE_AS, ...);
//  - in Chinese, an English phrase on screen (an untranslated string);
//  - an input (line edit, combo, spin box, table, text box) without an accessible name.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/profiles/catalogcache.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/sessionmanager.h"
#include "models/domain/attachuserinfo.h"
#include "models/i18n/glossary.h"
#include "models/i18n/translator.h"
#include "models/itemmodels/candidateusersmodel.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/desktoplistmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "models/rules/validationcontext.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/assign/assigndesktopswizard.h"
#include "ui/assign/sharedusersdialog.h"
#include "ui/csvimport/csvimportdialog.h"
#include "ui/mainwindow/createuserdialog.h"
#include "ui/mainwindow/desktopsview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/usersview.h"
#include "ui/mainwindow/usertablemodel.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/profiledialog.h"
#include "ui/wizard/createdesktopwizard.h"
#include "ui/wizard/wizardpage.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

#include <functional>
#include <memory>

using namespace wsc;

namespace {

/** Text as people see it: mnemonics gone. */
QString shown(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int widest(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

/** The raw service values that must never be on screen, as whole tokens. */
const QList<QRegularExpression> &rawValues()
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> out;
        for (const Glossary::Enum &e : Glossary::all()) {
            for (const QString &v : e.values) {
                // Upper-case codes (ACTIVE, LITE_AS) and codes with _ or - (block_device_mapping,
                // powering-on, 5_bgp); lower-case words (gold, default) are ordinary words.
                const bool code = (v == v.toUpper() && v.size() >= 4 && v.at(0).isLetter())
                                  || v.contains(QLatin1Char('_')) || v.contains(QLatin1Char('-'));
                if (!code || v == QLatin1String("USER") || v == QLatin1String("GROUP"))
                    continue;
                out << QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_(（-])%1(?![A-Za-z0-9_-])")
                                                  .arg(QRegularExpression::escape(v)));
            }
        }
        return out;
    }();
    return patterns;
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

/** Two English words in a row, and no Chinese: a string the catalog did not translate. */
bool looksEnglish(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\b[A-Za-z][a-z]{2,} [a-z]{2,}\\b"));
    return !hasHan(text) && text.contains(words);
}

/** Collects what is wrong on the windows it is shown. */
class Inspector
{
public:
    QString language;
    QStringList problems;

    void window(QWidget *w, const QString &where)
    {
        QApplication::processEvents();
        const QRect available = w->screen()->availableGeometry();
        if (!available.contains(w->frameGeometry()))
            problems << QStringLiteral("%1: opens at %2,%3 %4x%5, beyond the screen %6x%7")
                                .arg(where)
                                .arg(w->frameGeometry().x())
                                .arg(w->frameGeometry().y())
                                .arg(w->frameGeometry().width())
                                .arg(w->frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height());
        const QSize least = w->minimumSizeHint();
        if (least.width() > available.width() || least.height() > available.height())
            problems << QStringLiteral("%1: needs at least %2x%3, more than the screen")
                                .arg(where)
                                .arg(least.width())
                                .arg(least.height());
        text(w->windowTitle(), where + QStringLiteral(" [title]"));
        for (QWidget *child : w->findChildren<QWidget *>())
            widget(child, where);
    }

private:
    static bool onScreen(const QWidget *w)
    {
        return w->isVisible() && w->width() > 0 && w->height() > 0 && !w->visibleRegion().isEmpty();
    }

    static QString name(const QWidget *w)
    {
        const QString object = w->objectName();
        return QStringLiteral("%1%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                          object.isEmpty() ? QString() : QLatin1Char('#') + object);
    }

    void text(const QString &value, const QString &where, bool data = false)
    {
        if (value.isEmpty())
            return;
        for (const QRegularExpression &raw : rawValues()) {
            if (raw.match(value).hasMatch())
                problems << QStringLiteral("%1: raw value in “%2”").arg(where, value);
        }
        if (!data && language == QLatin1String("zh_CN") && looksEnglish(value))
            problems << QStringLiteral("%1: untranslated “%2”").arg(where, value);
    }

    void tooNarrow(const QWidget *w, const QString &where, const QString &value, int needed)
    {
        problems << QStringLiteral("%1 %2: “%3” needs %4 px, has %5")
                            .arg(where, name(w), value)
                            .arg(needed)
                            .arg(w->width());
    }

    void widget(QWidget *w, const QString &where)
    {
        if (!onScreen(w))
            return;
        // Read-only texts of data (JSON bodies, the service's words) are shown as they are.
        if (qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w))
            return;
        const QStyle *style = w->style();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString value = label->text();
            if (value.isEmpty() || label->pixmap().isNull() == false)
                return;
            // Selectable labels show data (names, ids, the service's messages).
            const bool data = label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse);
            text(label->textFormat() == Qt::RichText || Qt::mightBeRichText(value)
                         ? QTextDocumentFragment::fromHtml(value).toPlainText()
                         : value,
                 where + QLatin1Char(' ') + name(label), data);
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 2)
                    problems << QStringLiteral("%1 %2: “%3” needs %4 px of height, has %5")
                                        .arg(where, name(label), value)
                                        .arg(needed)
                                        .arg(label->height());
            } else {
                const int needed = label->minimumSizeHint().width();
                if (needed > label->width() + 1)
                    tooNarrow(label, where, value, needed);
            }
            return;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const QString value = shown(button->text());
            if (value.isEmpty())
                return;
            text(value, where + QLatin1Char(' ') + name(button));
            int needed = widest(button->fontMetrics(), value);
            if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) {
                needed += style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button)
                          + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button);
            } else if (auto *tool = qobject_cast<QToolButton *>(button)) {
                if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                    return;
                needed = tool->sizeHint().width() - 8;
            } else {
                // The style's own contents rect of the button as it is now.
                QStyleOptionButton option;
                option.initFrom(button);
                option.text = button->text();
                option.icon = button->icon();
                option.iconSize = button->iconSize();
                const int room
                        = style->subElementRect(QStyle::SE_PushButtonContents, &option, button)
                                  .width();
                if (!button->icon().isNull())
                    needed += button->iconSize().width() + 4;
                if (needed > room + 1)
                    tooNarrow(button, where, value, needed + button->width() - room);
                return;
            }
            if (needed > button->width())
                tooNarrow(button, where, value, needed);
            return;
        }
        if (auto *box = qobject_cast<QGroupBox *>(w)) {
            const QString value = shown(box->title());
            text(value, where + QLatin1Char(' ') + name(box));
            const int needed
                    = widest(box->fontMetrics(), value)
                      + (box->isCheckable() ? style->pixelMetric(QStyle::PM_IndicatorWidth) + 8
                                            : 8);
            if (!value.isEmpty() && needed > box->width())
                tooNarrow(box, where, value, needed);
            return;
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                text(combo->itemText(i), where + QLatin1Char(' ') + name(combo));
            if (combo->isEditable())
                return;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            const QRect field = style->subControlRect(QStyle::CC_ComboBox, &option,
                                                      QStyle::SC_ComboBoxEditField, combo);
            const int needed = widest(combo->fontMetrics(), combo->currentText())
                               + (combo->itemIcon(combo->currentIndex()).isNull()
                                          ? 0
                                          : combo->iconSize().width() + 4);
            if (needed > field.width() + 4)
                tooNarrow(combo, where, combo->currentText(),
                          needed + combo->width() - field.width());
            return;
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QString value = shown(tabs->tabText(i));
                text(value, where + QLatin1Char(' ') + name(tabs));
                QStyleOptionTab option;
                option.initFrom(tabs);
                option.rect = tabs->tabRect(i);
                option.text = tabs->tabText(i);
                option.shape = tabs->shape();
                const int room
                        = style->subElementRect(QStyle::SE_TabBarTabText, &option, tabs).width();
                if (widest(tabs->fontMetrics(), value) > room + 1)
                    problems << QStringLiteral("%1 %2: tab “%3” is cut")
                                        .arg(where, name(tabs), value);
            }
            return;
        }
        if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                return;
            const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int s = 0; s < header->count(); ++s) {
                if (header->isSectionHidden(s))
                    continue;
                const QString value = header->model()->headerData(s, Qt::Horizontal).toString();
                text(value, where + QLatin1Char(' ') + name(header));
                int needed = widest(header->fontMetrics(), value) + 2 * margin;
                if (header->isSortIndicatorShown() && header->sortIndicatorSection() == s)
                    needed += style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
                if (!value.isEmpty() && needed > header->sectionSize(s) + 1)
                    problems << QStringLiteral("%1 %2: header “%3” is elided (%4 px of %5)")
                                        .arg(where, name(header), value)
                                        .arg(header->sectionSize(s))
                                        .arg(needed);
            }
            return;
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            // The cells people see: no raw enum values (data may be in any language).
            QAbstractItemModel *model = view->model();
            if (!model)
                return;
            const int rows = std::min(model->rowCount(), 40);
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    if (auto *table = qobject_cast<QTableView *>(view);
                        table && table->isColumnHidden(c))
                        continue;
                    text(index.data().toString(), where + QLatin1Char(' ') + name(view), true);
                }
            }
        }
    }
};

/** Inputs that a screen reader must be able to name. */
bool isInput(const QWidget *w)
{
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return !qobject_cast<const QAbstractSpinBox *>(w->parentWidget())
               && !qobject_cast<const QComboBox *>(w->parentWidget()) && !line->isReadOnly();
    if (qobject_cast<const QHeaderView *>(w))
        return false; // part of its view
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QTextEdit *>(w);
}

QStringList unnamedInputs(QWidget *window, const QString &where)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isInput(w))
            continue;
        // Views inside a combo box's popup and editors of a table cell are parts of others.
        if (w->inherits("QComboBoxListView")
            || w->parentWidget()->inherits("QComboBoxPrivateContainer"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString accessible = iface ? iface->text(QAccessible::Name) : QString();
        if (accessible.trimmed().isEmpty())
            out << QStringLiteral("%1: %2#%3 has no accessible name")
                            .arg(where, QString::fromLatin1(w->metaObject()->className()),
                                 w->objectName());
    }
    return out;
}

} // namespace

class tst_UiFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windows_data();
    void windows();

private:
    /** Opens each window in turn and calls @p visit on each of its states. */
    void walk(const std::function<void(QWidget *, const QString &)> &visit);
    void walkMainWindow(const std::function<void(QWidget *, const QString &)> &visit);
    void walkCreateWizard(const std::function<void(QWidget *, const QString &)> &visit);
    void walkAssignWizard(const std::function<void(QWidget *, const QString &)> &visit);
    void walkDialogs(const std::function<void(QWidget *, const QString &)> &visit);

    EmulatorProcess m_emu;
    QTemporaryDir m_dir;
    std::unique_ptr<Translator> m_translator;
    int m_run = 0;
};

void tst_UiFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")}),
             qPrintable(m_emu.errorString()));
    m_translator = std::make_unique<Translator>();
    const QSize screen = QGuiApplication::primaryScreen()->size();
    qInfo("screen %dx%d", screen.width(), screen.height());
}

void tst_UiFit::cleanupTestCase()
{
    m_translator->setLanguage(QStringLiteral("en"));
}

void tst_UiFit::windows_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("accessibility");
    QTest::newRow("English: texts fit") << QStringLiteral("en") << false;
    QTest::newRow("Chinese: texts fit, translated") << QStringLiteral("zh_CN") << false;
    QTest::newRow("English: inputs are named") << QStringLiteral("en") << true;
}

void tst_UiFit::windows()
{
    QFETCH(QString, language);
    QFETCH(bool, accessibility);
    QVERIFY(m_translator->setLanguage(language));
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN")
                                                                   : QStringLiteral("en_US")));
    QApplication::processEvents();
    Inspector inspector;
    inspector.language = language;
    QStringList unnamed;
    int visited = 0;
    walk([&](QWidget *w, const QString &where) {
        ++visited;
        if (accessibility)
            unnamed << unnamedInputs(w, where);
        else
            inspector.window(w, where);
    });
    QVERIFY2(visited >= 14,
             qPrintable(QStringLiteral("only %1 windows and pages seen").arg(visited)));
    const QStringList problems = accessibility ? unnamed : inspector.problems;
    for (const QString &p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s); the first: %2")
                                                    .arg(problems.size())
                                                    .arg(problems.value(0))));
}

void tst_UiFit::walk(const std::function<void(QWidget *, const QString &)> &visit)
{
    walkMainWindow(visit);
    walkCreateWizard(visit);
    walkAssignWizard(visit);
    walkDialogs(visit);
}

void tst_UiFit::walkMainWindow(const std::function<void(QWidget *, const QString &)> &visit)
{
    ++m_run;
    AppSettings settings(m_dir.filePath(QStringLiteral("console-%1.conf").arg(m_run)));
    SecretStore secrets(QStringLiteral("wsc-uifit"), SecretStore::Backend::Memory);
    ProfileStore profiles(settings.settings(), &secrets);
    profiles.ensureSandbox();
    SessionManager sessions(&profiles);
    sessions.setJournalPath(m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(m_run)));
    sessions.setSandboxStarter([this](ConnectionConfig *config, QString *) {
        EmulatorConfig::pointAt(*config, m_emu);
        return true;
    });
    auto window = std::make_unique<MainWindow>(&settings, &profiles, &sessions, m_translator.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy loaded(window->desktopsView(), &DesktopsView::loaded);
    sessions.activateStored();
    QVERIFY(loaded.wait(15000));
    // A desktop with a user, selected: the details show every field.
    QTableView *table = window->desktopsView()->table();
    table->selectRow(0);
    QApplication::processEvents();
    visit(window.get(), QStringLiteral("main window, desktops"));
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(window->usersView());
    QTRY_VERIFY_WITH_TIMEOUT(window->usersView()->model()->rowCount() > 0, 15000);
    visit(window.get(), QStringLiteral("main window, users"));
    window->close();
}

void tst_UiFit::walkCreateWizard(const std::function<void(QWidget *, const QString &)> &visit)
{
    ConnectionConfig config;
    EmulatorConfig::pointAt(config, m_emu);
    WorkspaceClient client(config);
    CatalogCache catalog(&client);
    JobJournal journal(m_dir.filePath(QStringLiteral("wizard-%1.sqlite").arg(++m_run)));
    QVERIFY(journal.open());
    JobCenter jobs(&client, &journal, QStringLiteral("Sandbox"));
    CreateDesktopWizard wizard(&client, &catalog, &jobs);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const auto ready = [&catalog] {
        for (const CatalogCache::Kind kind :
             {CatalogCache::Kind::Workspace, CatalogCache::Kind::Zones,
              CatalogCache::Kind::Products, CatalogCache::Kind::Images, CatalogCache::Kind::Subnets,
              CatalogCache::Kind::SecurityGroups}) {
            if (!catalog.isReady(kind))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ready(), 15000);
    CreateRequestModel *m = wizard.requestModel();
    WizardTest::fillSeedRequest(m);
    Volume data;
    data.type = QStringLiteral("SSD");
    data.size = 100;
    m->setDataVolumes({data});
    QList<DesktopItem> rows;
    for (int i = 0; i < 12; ++i) {
        DesktopItem item;
        item.userName = QStringLiteral("user%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        item.userEmail = item.userName + QStringLiteral("@example.com");
        item.userGroup = QStringLiteral("users");
        rows << item;
    }
    m->users()->setRows(rows, {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 0});
    m->setUsersOrigin(QStringLiteral("/home/admin/finance-users.csv"));
    if (WizardPage *page = wizard.wizardPage(wizard.currentId()))
        page->readModel();
    for (;;) {
        visit(&wizard, QStringLiteral("create wizard, page %1").arg(wizard.currentId()));
        const int before = wizard.currentId();
        if (before == CreateDesktopWizard::ReviewPageId)
            break;
        wizard.next();
        QApplication::processEvents();
        QVERIFY2(wizard.currentId() != before,
                 qPrintable(QStringLiteral("stuck on page %1").arg(before)));
    }
    wizard.hide();
}

void tst_UiFit::walkAssignWizard(const std::function<void(QWidget *, const QString &)> &visit)
{
    ConnectionConfig config;
    EmulatorConfig::pointAt(config, m_emu);
    WorkspaceClient client(config);
    JobJournal journal(m_dir.filePath(QStringLiteral("assign-%1.sqlite").arg(++m_run)));
    QVERIFY(journal.open());
    JobCenter jobs(&client, &journal, QStringLiteral("Sandbox"));
    AssignDesktopsWizard wizard(&client, &jobs);
    QSignalSpy loaded(&wizard, &AssignDesktopsWizard::loaded);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    if (!wizard.isLoaded())
        QVERIFY(loaded.wait(15000));
    visit(&wizard, QStringLiteral("assignment wizard, empty"));
    // Pair the first free desktop with a directory user through a CSV, as people do.
    QVERIFY(wizard.desktopModel()->rowCount() > 0);
    QVERIFY(wizard.usersModel()->rowCount() > 0);
    const QString desktop = wizard.desktopModel()->desktop(0).computerName;
    const QString user = wizard.usersModel()
                                 ->index(0, 0)
                                 .data(Qt::DisplayRole)
                                 .toString()
                                 .section(QLatin1Char(' '), 0, 0);
    const QString csv = m_dir.filePath(QStringLiteral("pairs-%1.csv").arg(m_run));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("computer_name,user_name\n%1,%2\n").arg(desktop, user).toUtf8());
    file.close();
    wizard.importCsv(csv);
    QApplication::processEvents();
    visit(&wizard, QStringLiteral("assignment wizard, paired"));
    if (auto *review = wizard.findChild<QPushButton *>(QStringLiteral("reviewButton"));
        review && review->isEnabled()) {
        review->click();
        QApplication::processEvents();
        visit(&wizard, QStringLiteral("assignment wizard, review"));
    }
    wizard.hide();
}

void tst_UiFit::walkDialogs(const std::function<void(QWidget *, const QString &)> &visit)
{
    {
        CsvImportDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.openFile(QStringLiteral(WSC_SOURCE_DIR "/tests/ui/csvimportshot/demo-gb18030.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 15000);
        visit(&dialog, QStringLiteral("CSV import"));
    }
    {
        ++m_run;
        AppSettings settings(m_dir.filePath(QStringLiteral("profiles-%1.conf").arg(m_run)));
        SecretStore secrets(QStringLiteral("wsc-uifit"), SecretStore::Backend::Memory);
        ProfileStore profiles(settings.settings(), &secrets);
        profiles.ensureSandbox();
        SessionManager sessions(&profiles);
        ProfileDialog dialog(&profiles, &sessions);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        visit(&dialog, QStringLiteral("profiles"));
    }
    ConnectionConfig config;
    EmulatorConfig::pointAt(config, m_emu);
    WorkspaceClient client(config);
    ValidationContext context;
    {
        CreateUserDialog dialog(&client, context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        visit(&dialog, QStringLiteral("create user"));
    }
    {
        SharedUsersDialog dialog(QStringLiteral("WKS-SHARED-01"), context);
        AttachUserInfo user;
        user.type = QStringLiteral("USER");
        user.userName = QStringLiteral("alice");
        user.userGroup = QStringLiteral("users");
        AttachUserInfo group;
        group.type = QStringLiteral("GROUP");
        group.userName = QStringLiteral("finance");
        group.userGroup = QStringLiteral("users");
        dialog.setInfos({user, group});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        visit(&dialog, QStringLiteral("users of a shared desktop"));
    }
}

int main(int argc, char *argv[])
{
    // The screen the windows must fit: the offscreen platform reads its size from a file.
    QByteArray size = qgetenv("WSC_UIFIT_SCREEN");
    if (size.isEmpty())
        size = "1366x768";
    const QList<QByteArray> wh = size.split('x');
    QTemporaryFile config(QDir::temp().filePath(QStringLiteral("wsc-uifit-XXXXXX.json")));
    if (!config.open())
        return 2;
    config.write(QStringLiteral(R"({"screens": [{"name": "uifit", "x": 0, "y": 0, "width": %1,)"
                                R"( "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96,)"
                                R"( "dpr": 1}]})")
                         .arg(QString::fromLatin1(wh.value(0)), QString::fromLatin1(wh.value(1)))
                         .toUtf8());
    config.flush();
    const QString configPath = config.fileName();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + configPath.toLocal8Bit());
    QApplication app(argc, argv);
    tst_UiFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uifit.moc"
