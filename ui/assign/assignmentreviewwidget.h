#pragma once

#include "api/jobs/batchplan.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

/**
 * The review step of the assignment: the AttachInstances requests exactly as they will be sent
 * (one per chunk of at most the client's cap), listed on the left, the selected body on the
 * right, so the administrator sees every field before anything leaves.
 */
class AssignmentReviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AssignmentReviewWidget(QWidget *parent = nullptr);

    void setPlan(const BatchPlan &plan);
    int chunkCount() const { return int(m_plan.chunks.size()); }
    /** The body of chunk @p chunk as shown (indented JSON of the exact bytes). */
    QString bodyText(int chunk) const;
    void selectChunk(int chunk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChunk(int row);

    BatchPlan m_plan;
    QLabel *m_chunksLabel = nullptr;
    QListWidget *m_chunks = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
};
