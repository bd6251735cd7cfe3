#pragma once

#include <QDockWidget>

namespace wsc {

class JobCenter;
class JobsPanel;

/** The jobs panel as a dock widget for the main window (objectName "jobsDock"). */
class JobsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit JobsDock(JobCenter *center, QWidget *parent = nullptr);

    JobsPanel *panel() const { return m_panel; }

signals:
    /** Forwarded from the panel: a batch ended (for a tray or status bar message). */
    void batchEnded(const QString &batchId, const QString &message);
    /** Forwarded from the panel: batches not finished yet. */
    void runningCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    JobsPanel *m_panel = nullptr;
};

} // namespace wsc
