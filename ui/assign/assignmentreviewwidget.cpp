#include "assignmentreviewwidget.h"

#include "api/http/apipaths.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

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

    auto *right = new QWidget(splitter);
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

    splitter->addWidget(left);
    splitter->addWidget(right);
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

void AssignmentReviewWidget::showChunk(int row)
{
    m_body->setPlainText(bodyText(row));
}

void AssignmentReviewWidget::retranslateUi()
{
    m_chunksLabel->setText(tr("&Requests:"));
    m_chunks->setAccessibleName(tr("Requests to send"));
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
}

void AssignmentReviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
