#pragma once

#include "desktopactioninput.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace wsc {

class FieldMessage;

/**
 * Add a tag to the desktops or remove one (BatchAddDesktopsTags / BatchDeleteDesktopsTags, a
 * batch of the job engine): key and value checked as the create rules check tags, keys in use
 * offered as completions (ListProjectTags).
 */
class TagsInput : public DesktopActionInput
{
    Q_OBJECT
public:
    explicit TagsInput(WorkspaceClient *client, QWidget *parent = nullptr);

    void setTargets(const QList<DesktopInfo> &targets) override;
    bool isValid() const override;
    QString consequence() const override;
    QString start(JobCenter *jobs, const BatchSource &source) override;
    bool removes() const;

protected:
    void retranslateUi() override;

private:
    void loadKeys();
    void validate();

    QPointer<WorkspaceClient> m_client;
    QRadioButton *m_add = nullptr;
    QRadioButton *m_remove = nullptr;
    QLabel *m_keyLabel = nullptr;
    QComboBox *m_key = nullptr;
    FieldMessage *m_keyMessage = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLineEdit *m_value = nullptr;
    FieldMessage *m_valueMessage = nullptr;
    bool m_valid = false;
};

} // namespace wsc
