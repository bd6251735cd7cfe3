#pragma once

#include "api/jobs/batchsource.h"
#include "models/domain/desktopinfo.h"

#include <QList>
#include <QWidget>

namespace wsc {

class ApiCall;
class JobCenter;
class WorkspaceClient;

/**
 * The part of a day-2 confirmation that differs by action: its options and inputs (force,
 * new name, product, image, disks, tags), the sentence saying what will happen with them, and
 * how the batch is started. The dialog sends nothing while isValid() is false.
 */
class DesktopActionInput : public QWidget
{
    Q_OBJECT
public:
    explicit DesktopActionInput(QWidget *parent = nullptr);

    /** The desktops the action applies to (set once, before the dialog shows). */
    virtual void setTargets(const QList<DesktopInfo> &targets);
    const QList<DesktopInfo> &targets() const { return m_targets; }
    QStringList targetIds() const;

    /** True when every input is complete and valid. */
    virtual bool isValid() const { return true; }
    /** What will happen with the inputs as they are, in words. */
    virtual QString consequence() const = 0;
    /** False for actions without options: the dialog then hides the widget. */
    virtual bool hasFields() const { return true; }
    /**
     * How the action is carried out: a batch of the job engine (followed in the jobs panel), or
     * one call the dialog waits for (rename, disks: one desktop each; the service answers at
     * once or runs one task the table shows).
     */
    enum class Mode { Batch, Call };
    virtual Mode mode() const { return Mode::Batch; }
    /** Batch mode: starts the batch; its id, or empty (JobCenter::lastError() says why). */
    virtual QString start(JobCenter *jobs, const BatchSource &source);
    /** Call mode: sends the call, owned by @p context. */
    virtual ApiCall *send(WorkspaceClient *client, QObject *context);

signals:
    /** An input changed: validity or consequence may be different. */
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() {}

    QList<DesktopInfo> m_targets;
};

} // namespace wsc
