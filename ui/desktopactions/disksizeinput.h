#pragma once

#include "desktopactioninput.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace wsc {

class FieldMessage;

/**
 * A day-2 input on the disks of one desktop, sent as one call: a picker (a disk type, or which
 * disk) and a size in GB with the message that checks it under it.
 */
class DiskSizeInput : public DesktopActionInput
{
    Q_OBJECT
public:
    bool isValid() const override { return m_valid; }
    Mode mode() const override { return Mode::Call; }

protected:
    /** The widgets are named @p comboName, @p sizeName and @p messageName (for tests). */
    DiskSizeInput(const QString &comboName, const QString &sizeName, const QString &messageName,
                  QWidget *parent);

    /** Checks the input (sets m_valid and m_message) and emits changed(); each size change. */
    virtual void validate() = 0;

    QLabel *m_comboLabel = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QSpinBox *m_size = nullptr; ///< in GB
    FieldMessage *m_message = nullptr;
    bool m_valid = false;
};

} // namespace wsc
