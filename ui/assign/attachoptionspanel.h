#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wsc {

class AttachSubmission;
class FieldMessage;

/**
 * The bottom of the pairing page: what changes for every desktop of the assignment (an image
 * change, a desktop name policy), checked as it is typed and handed to the AttachSubmission.
 */
class AttachOptionsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit AttachOptionsPanel(AttachSubmission *submission, QWidget *parent = nullptr);

    void setBusy(bool busy);

signals:
    /** The options (and so their findings) changed. */
    void optionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onChanged();

    AttachSubmission *m_submission = nullptr;
    QLabel *m_imageTypeLabel = nullptr;
    QComboBox *m_imageTypeCombo = nullptr;
    QLabel *m_imageIdLabel = nullptr;
    QLineEdit *m_imageIdEdit = nullptr;
    QLabel *m_policyLabel = nullptr;
    QLineEdit *m_policyEdit = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace wsc
