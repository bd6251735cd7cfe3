#pragma once

#include "desktopaction.h"

#include "models/domain/desktopconnectstatus.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace wsc {

class ApiCall;
class DesktopActionInput;
class JobCenter;
class TypedCountConfirmation;
class WorkspaceClient;

/**
 * The confirmation of a day-2 action: the desktops it touches and those it skips (and why),
 * who is connected to them right now (ListDesktopsConnectStatus), what will happen in words,
 * the action's inputs, and for a destructive action on more than one desktop the number of
 * desktops to type. Confirm starts the batch (followed in the jobs panel) or sends the call.
 */
class DesktopActionDialog : public QDialog
{
    Q_OBJECT
public:
    /** Takes ownership of @p input; @p jobs may be null for call-mode actions. */
    DesktopActionDialog(DesktopAction action, const Day2Verdict &verdict, DesktopActionInput *input,
                        WorkspaceClient *client, JobCenter *jobs, QWidget *parent = nullptr);
    ~DesktopActionDialog() override;

    DesktopAction action() const { return m_action; }
    DesktopActionInput *input() const { return m_input; }
    /** The typed-count confirmation, or null when this action does not ask for one. */
    TypedCountConfirmation *typedConfirmation() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }
    /** True when Confirm may be pressed: valid inputs, typed count (if asked), not sending. */
    bool canConfirm() const;
    /** The ids of the target desktops someone is connected to, once known. */
    QStringList connectedDesktopIds() const;
    bool isConnectStatusKnown() const { return m_statusKnown; }
    /** The batch started (batch mode), empty before. */
    QString batchId() const { return m_batchId; }
    /** The message shown when starting or sending failed. */
    QString errorText() const;

public slots:
    void accept() override;

signals:
    /** A batch was started (the dialog closes). */
    void submitted(const QString &batchId);
    /** A call-mode action was done by the service (the dialog closes). */
    void applied();
    /** ListDesktopsConnectStatus answered (or failed). */
    void connectStatusChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadConnectStatus();
    void fillTable();
    void fitTable();
    void updateState();
    void showError(const QString &text);

    DesktopAction m_action;
    Day2Verdict m_verdict;
    DesktopActionInput *m_input = nullptr;
    QPointer<WorkspaceClient> m_client;
    QPointer<JobCenter> m_jobs;
    QPointer<ApiCall> m_statusCall;
    QPointer<ApiCall> m_sendCall;
    QHash<QString, DesktopConnectStatus> m_status; ///< by desktop id
    bool m_statusKnown = false;
    QString m_statusError;
    QString m_batchId;

    QLabel *m_consequence = nullptr;
    QLabel *m_targetsLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_connected = nullptr;
    QLabel *m_skipped = nullptr;
    QGroupBox *m_options = nullptr;
    TypedCountConfirmation *m_typed = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace wsc
