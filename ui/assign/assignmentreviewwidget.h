#pragma once

#include "api/jobs/batchplan.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace wsc {

/**
 * The review step of the assignment: the AttachInstances requests as they will be sent (one per
 * chunk of at most the client's cap), listed on the left; on the right the selected request
 * read as a table (desktop → user or group, rights, new name) and, one click away, its exact
 * JSON body, so the administrator sees every field before anything leaves.
 */
class AssignmentReviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AssignmentReviewWidget(QWidget *parent = nullptr);

    /** The computer names to show for desktop ids (the body carries ids only). */
    void setDesktopNames(const QHash<QString, QString> &nameById) { m_names = nameById; }
    void setPlan(const BatchPlan &plan);
    int chunkCount() const { return int(m_plan.chunks.size()); }
    /** The body of chunk @p chunk as shown (indented JSON of the exact bytes). */
    QString bodyText(int chunk) const;
    /** The table of the shown request. */
    QTableWidget *table() const { return m_table; }
    /** Shows the JSON body (true) or the table (false). */
    void showJson(bool json);
    void selectChunk(int chunk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChunk(int row);

    BatchPlan m_plan;
    QLabel *m_chunksLabel = nullptr;
    QListWidget *m_chunks = nullptr;
    QTabWidget *m_views = nullptr;
    QTableWidget *m_table = nullptr;
    QWidget *m_bodyPane = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QHash<QString, QString> m_names;
};

} // namespace wsc
