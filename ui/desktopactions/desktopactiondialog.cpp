#include "desktopactiondialog.h"

#include "desktopactioninput.h"

#include "api/http/apicall.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "models/i18n/glossary.h"
#include "models/itemmodels/desktoplistmodel.h"
#include "models/rules/day2rules.h"
#include "ui/widgets/typedcountconfirmation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsc {

namespace {

enum Column { NameColumn, UserColumn, StatusColumn, ConnectionColumn, ColumnCount };

/** How many skipped desktops are named before "and N more". */
constexpr int SkippedShown = 5;

} // namespace

DesktopActionDialog::DesktopActionDialog(DesktopAction action, const Day2Verdict &verdict,
                                         DesktopActionInput *input, WorkspaceClient *client,
                                         JobCenter *jobs, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_verdict(verdict)
    , m_input(input)
    , m_client(client)
    , m_jobs(jobs)
{
    setObjectName(QStringLiteral("desktopActionDialog"));
    m_input->setParent(this);
    m_input->setTargets(m_verdict.targets);
    buildUi();
    retranslateUi();
    fillTable();
    connect(m_input, &DesktopActionInput::changed, this, &DesktopActionDialog::updateState);
    updateState();
    loadConnectStatus();
}

DesktopActionDialog::~DesktopActionDialog()
{
    // A call still running belongs to this dialog: nothing may arrive after it is gone.
    if (m_statusCall)
        m_statusCall->abort();
}

void DesktopActionDialog::buildUi()
{
    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("actionConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);
    QFont bold = m_consequence->font();
    bold.setBold(true);
    m_consequence->setFont(bold);

    m_targetsLabel = new QLabel(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("actionTargets"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->verticalHeader()->setVisible(false);
    // Rows as tall as their bold text and warning icon need, in any script.
    m_table->verticalHeader()->setDefaultSectionSize(
            qMax(fontMetrics().height(), style()->pixelMetric(QStyle::PM_SmallIconSize)) + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    const int cw = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(NameColumn, cw * 16);
    m_table->setColumnWidth(UserColumn, cw * 14);
    m_table->setColumnWidth(StatusColumn, cw * 10);
    m_targetsLabel->setBuddy(m_table);

    m_connected = new QLabel(this);
    m_connected->setObjectName(QStringLiteral("actionConnected"));
    m_connected->setWordWrap(true);
    m_connected->setTextFormat(Qt::PlainText);
    m_skipped = new QLabel(this);
    m_skipped->setObjectName(QStringLiteral("actionSkipped"));
    m_skipped->setWordWrap(true);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->setVisible(!m_verdict.skipped.isEmpty());

    m_options = new QGroupBox(this);
    m_options->setObjectName(QStringLiteral("actionOptions"));
    auto *optionsLayout = new QVBoxLayout(m_options);
    optionsLayout->addWidget(m_input);
    m_options->setVisible(m_input->hasFields());

    // Typing the number is asked where a slip of the mouse would cost many users their work.
    if (DesktopActions::isDestructive(m_action) && m_verdict.targets.size() > 1) {
        m_typed = new TypedCountConfirmation(this);
        m_typed->setCount(int(m_verdict.targets.size()));
        connect(m_typed, &TypedCountConfirmation::confirmedChanged, this,
                &DesktopActionDialog::updateState);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("actionConfirmButton"));
    // Enter must not confirm a destructive action by habit.
    m_confirm->setAutoDefault(false);
    m_confirm->setDefault(!DesktopActions::isDestructive(m_action));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DesktopActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DesktopActionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_consequence);
    layout->addWidget(m_targetsLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_connected);
    layout->addWidget(m_skipped);
    layout->addWidget(m_options);
    if (m_typed)
        layout->addWidget(m_typed);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(cw * 70);
    setMaximumHeight(740);
}

void DesktopActionDialog::retranslateUi()
{
    setWindowTitle(DesktopActions::title(m_action));
    m_targetsLabel->setText(tr("&Desktops (%1):").arg(m_verdict.targets.size()));
    m_table->setHorizontalHeaderLabels({tr("Desktop"), tr("User"), tr("Status"), tr("Connection")});
    m_table->setAccessibleName(tr("Desktops the action applies to"));
    m_options->setTitle(tr("Options"));
    QStringList skipped;
    for (int i = 0; i < m_verdict.skipped.size() && i < SkippedShown; ++i)
        skipped << tr("%1 (%2)").arg(m_verdict.skipped.at(i).computerName,
                                     m_verdict.skipReasons.at(i));
    const int more = int(m_verdict.skipped.size()) - SkippedShown;
    QString skippedText
            = tr("%n selected desktop(s) skipped: %1", nullptr, int(m_verdict.skipped.size()))
                      .arg(skipped.join(QStringLiteral(", ")));
    if (more > 0)
        skippedText += QLatin1Char(' ') + tr("and %n more.", nullptr, more);
    m_skipped->setText(skippedText);
    m_confirm->setText(DesktopActions::confirmText(m_action, int(m_verdict.targets.size())));
    fillTable();
    fitTable();
    updateState();
}

void DesktopActionDialog::fitTable()
{
    // At most eight rows: the dialog stays within a 1366×768 screen, the table scrolls beyond.
    // Measured after the header has its labels (CJK text is taller than Latin).
    const int rows = qBound(1, int(m_verdict.targets.size()), 8);
    const int height = m_table->horizontalHeader()->sizeHint().height()
                       + rows * m_table->verticalHeader()->defaultSectionSize()
                       + 2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
}

void DesktopActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DesktopActionDialog::loadConnectStatus()
{
    if (!m_client) {
        m_statusError = tr("not connected");
        m_statusKnown = false;
        updateState();
        return;
    }
    TypedCall<QList<DesktopConnectStatus>> *call = m_client->connectStatus({}, this);
    m_statusCall = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_statusCall = nullptr;
        if (call->isOk()) {
            for (const DesktopConnectStatus &s : call->result())
                m_status.insert(s.desktopId, s);
            m_statusKnown = true;
        } else {
            m_statusError = call->error().summary();
        }
        fillTable();
        updateState();
        emit connectStatusChecked();
    });
}

void DesktopActionDialog::fillTable()
{
    m_table->setRowCount(int(m_verdict.targets.size()));
    for (int row = 0; row < m_verdict.targets.size(); ++row) {
        const DesktopInfo &d = m_verdict.targets.at(row);
        QString connection;
        bool connected = false;
        if (m_statusKnown) {
            const DesktopConnectStatus s = m_status.value(d.desktopId);
            connected = s.isConnected();
            connection = connected ? tr("Connected now") : tr("Not connected");
        } else if (!m_statusError.isEmpty()) {
            connected = Day2Rules::isConnected(d);
            connection = connected ? tr("Connected (as last listed)") : tr("Unknown");
        } else {
            connection = tr("Checking…");
        }
        const QStringList texts{d.computerName, Day2Rules::userOf(d),
                                Glossary::desktopStatus(d.status), connection};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == NameColumn)
                item->setToolTip(d.desktopId);
            if (column == ConnectionColumn && connected) {
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
}

QStringList DesktopActionDialog::connectedDesktopIds() const
{
    QStringList ids;
    for (const DesktopInfo &d : m_verdict.targets) {
        if (m_statusKnown ? m_status.value(d.desktopId).isConnected() : Day2Rules::isConnected(d))
            ids << d.desktopId;
    }
    return ids;
}

void DesktopActionDialog::updateState()
{
    m_consequence->setText(m_input->consequence());
    // Who is connected matters most where the action ends sessions; it is said for every action
    // so that nobody is surprised by a user's call.
    const QStringList connected = connectedDesktopIds();
    QStringList who;
    for (const DesktopInfo &d : m_verdict.targets) {
        if (connected.contains(d.desktopId)) {
            const QString user = Day2Rules::userOf(d);
            who << (user.isEmpty() ? d.computerName : tr("%1 on %2").arg(user, d.computerName));
        }
    }
    if (!m_statusKnown && m_statusError.isEmpty()) {
        m_connected->setText(tr("Checking who is connected…"));
    } else if (!who.isEmpty()) {
        QString text
                = tr("⚠ Connected right now: %1").arg(who.mid(0, 5).join(QStringLiteral(", ")));
        if (who.size() > 5)
            text += QLatin1Char(' ') + tr("and %n more.", nullptr, int(who.size()) - 5);
        if (!m_statusKnown)
            text += QLatin1Char(' ')
                    + tr("(as last listed; checking failed: %1)").arg(m_statusError);
        m_connected->setText(text);
    } else if (m_statusKnown) {
        m_connected->setText(tr("Nobody is connected to these desktops right now."));
    } else {
        m_connected->setText(tr("Could not check who is connected: %1").arg(m_statusError));
    }
    m_confirm->setEnabled(canConfirm());
    if (m_typed && !m_typed->isConfirmed())
        m_confirm->setToolTip(tr("Type the number of desktops first."));
    else if (!m_input->isValid())
        m_confirm->setToolTip(tr("Correct the options first."));
    else
        m_confirm->setToolTip(QString());
}

bool DesktopActionDialog::canConfirm() const
{
    if (m_verdict.targets.isEmpty() || !m_verdict.blocked.isEmpty() || m_sendCall)
        return false;
    if (m_typed && !m_typed->isConfirmed())
        return false;
    if (m_input->mode() == DesktopActionInput::Mode::Batch && !m_jobs)
        return false;
    return m_input->isValid();
}

QString DesktopActionDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DesktopActionDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void DesktopActionDialog::accept()
{
    // The button may be reached by a shortcut while disabled in spirit: check again.
    if (!canConfirm())
        return;
    showError(QString());
    if (m_input->mode() == DesktopActionInput::Mode::Batch) {
        BatchSource source;
        source.origin = QStringLiteral("desktops menu");
        for (const DesktopInfo &d : m_verdict.targets)
            source.names << d.computerName;
        const QString id = m_input->start(m_jobs, source);
        if (id.isEmpty()) {
            showError(tr("The action was not started: %1").arg(m_jobs->lastError()));
            return;
        }
        m_batchId = id;
        emit submitted(id);
        QDialog::accept();
        return;
    }
    ApiCall *call = m_input->send(m_client, this);
    if (!call)
        return;
    m_sendCall = call;
    m_confirm->setEnabled(false);
    m_input->setEnabled(false);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_sendCall = nullptr;
        m_input->setEnabled(true);
        if (!call->isOk()) {
            showError(tr("The service refused: %1").arg(call->error().summary()));
            updateState();
            return;
        }
        emit applied();
        QDialog::accept();
    });
}

} // namespace wsc
