#include "assignmentreviewwidget.h"

#include "api/http/apipaths.h"
#include "models/domain/attachrequest.h"
#include "models/i18n/glossary.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsc {

AssignmentReviewWidget::AssignmentReviewWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_chunksLabel = new QLabel(left);
    m_chunks = new QListWidget(left);
    m_chunks->setObjectName(QStringLiteral("chunkList"));
    m_chunksLabel->setBuddy(m_chunks);
    leftLayout->addWidget(m_chunksLabel);
    leftLayout->addWidget(m_chunks, 1);

    // People read the table; the exact body is one click away for those who check the bytes.
    m_views = new QTabWidget(splitter);
    m_views->setObjectName(QStringLiteral("reviewViews"));
    m_table = new QTableWidget(m_views);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_views->addTab(m_table, QString());

    m_bodyPane = new QWidget(m_views);
    auto *right = m_bodyPane;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLabel = new QLabel(right);
    m_body = new QPlainTextEdit(right);
    m_body->setObjectName(QStringLiteral("bodyView"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyLabel->setBuddy(m_body);
    rightLayout->addWidget(m_bodyLabel);
    rightLayout->addWidget(m_body, 1);

    m_views->addTab(m_bodyPane, QString());
    splitter->addWidget(left);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
    connect(m_chunks, &QListWidget::currentRowChanged, this, &AssignmentReviewWidget::showChunk);
    retranslateUi();
}

void AssignmentReviewWidget::setPlan(const BatchPlan &plan)
{
    m_plan = plan;
    retranslateUi();
    selectChunk(m_plan.chunks.isEmpty() ? -1 : 0);
}

QString AssignmentReviewWidget::bodyText(int chunk) const
{
    if (chunk < 0 || chunk >= m_plan.chunks.size())
        return QString();
    // The exact bytes, indented for reading; they are sent compact.
    const QJsonDocument doc = QJsonDocument::fromJson(m_plan.chunks.at(chunk).body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void AssignmentReviewWidget::selectChunk(int chunk)
{
    m_chunks->setCurrentRow(chunk);
    showChunk(chunk);
}

void AssignmentReviewWidget::showJson(bool json)
{
    m_views->setCurrentWidget(json ? m_bodyPane : static_cast<QWidget *>(m_table));
}

void AssignmentReviewWidget::showChunk(int row)
{
    m_body->setPlainText(bodyText(row));
    m_table->setRowCount(0);
    if (row < 0 || row >= m_plan.chunks.size())
        return;
    Findings ignored;
    const AttachRequest request = AttachRequest::fromJson(
            QJsonDocument::fromJson(m_plan.chunks.at(row).body).object(), &ignored);
    m_table->setRowCount(int(request.desktops.size()));
    for (int i = 0; i < request.desktops.size(); ++i) {
        const AttachDesktop &d = request.desktops.at(i);
        QStringList who;
        QStringList rights;
        if (d.attachUserInfos.isEmpty()) {
            who << d.userName;
            rights << Glossary::userGroup(d.userGroup);
        }
        for (const AttachUserInfo &info : d.attachUserInfos) {
            who << (info.type == QLatin1String("GROUP")
                            ? tr("%1 (%2)").arg(info.userName, Glossary::assigneeType(info.type))
                            : info.userName);
            rights << Glossary::userGroup(info.userGroup);
        }
        rights.removeDuplicates();
        const QString name = m_names.value(d.desktopId);
        auto *desktop = new QTableWidgetItem(name.isEmpty() ? d.desktopId : name);
        desktop->setToolTip(d.desktopId);
        m_table->setItem(i, 0, desktop);
        m_table->setItem(i, 1, new QTableWidgetItem(who.join(tr(", "))));
        m_table->setItem(i, 2, new QTableWidgetItem(rights.join(tr(", "))));
        m_table->setItem(i, 3, new QTableWidgetItem(d.computerName));
    }
    m_table->resizeColumnsToContents();
}

void AssignmentReviewWidget::retranslateUi()
{
    m_chunksLabel->setText(tr("&Requests:"));
    m_chunks->setAccessibleName(tr("Requests to send"));
    m_views->setTabText(0, tr("&Desktops and users"));
    m_views->setTabText(1, tr("&JSON"));
    m_table->setHorizontalHeaderLabels(
            {tr("Desktop"), tr("Assigned to"), tr("Rights on the desktop"), tr("New name")});
    m_table->setAccessibleName(tr("Desktops of the selected request and who gets them"));
    m_bodyLabel->setText(tr("Request &body (POST %1):").arg(ApiPaths::attachDesktops()));
    m_body->setAccessibleName(tr("Request body"));
    const int current = m_chunks->currentRow();
    m_chunks->clear();
    for (int i = 0; i < m_plan.chunks.size(); ++i) {
        m_chunks->addItem(tr("Request %1: %n desktop(s)", nullptr,
                             int(m_plan.chunks.at(i).sourceIndexes.size()))
                                  .arg(i + 1));
    }
    if (current >= 0 && current < m_chunks->count())
        m_chunks->setCurrentRow(current);
    showChunk(m_chunks->currentRow());
}

void AssignmentReviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace wsc
