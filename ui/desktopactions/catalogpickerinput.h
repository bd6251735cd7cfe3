#pragma once

#include "desktopactioninput.h"

#include "api/http/typedcall.h"

#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;

namespace wsc {

class FieldMessage;

/**
 * A day-2 input whose main field picks one entry of a catalog that the service lists (an
 * image, a product) to fit the desktops: the picker, the message under it, and the states of
 * the list (loading, unreadable, nothing fits, nothing chosen) said there.
 */
class CatalogPickerInput : public DesktopActionInput
{
    Q_OBJECT
public:
    bool isValid() const override { return m_valid; }
    /** True once the catalog was read (or failed to be). */
    bool isLoaded() const { return m_loaded; }

signals:
    /** The catalog was read (or failed to be), and the picker filled. */
    void catalogLoaded();

protected:
    /** What the message under the picker says while nothing valid is chosen. */
    enum class Text {
        NotConnected, ///< why the catalog cannot be read without a client
        Loading,
        LoadFailed, ///< %1: the service's reason
        NothingFits,
        Choose,
    };

    /** The picker is named @p comboName, its message @p messageName (for tests). */
    CatalogPickerInput(WorkspaceClient *client, const QString &comboName,
                       const QString &messageName, QWidget *parent);

    /** The id of the chosen entry; empty while none is. */
    QString chosenId() const;
    /** False, with the catalog marked as unreadable, when there is no client to ask. */
    bool canLoad();
    /** Follows the catalog's @p call: its entries go to @p entries, then the picker is refilled. */
    template<typename T>
    void readCatalog(TypedCall<QList<T>> *call, QList<T> *entries)
    {
        connect(call, &ApiCall::finished, this, [this, call, entries] {
            if (call->isOk())
                *entries = call->result();
            loadFinished(call);
        });
    }
    /** Refills the picker with the entries that fit the targets, keeping the choice. */
    void fill();
    /** Adds the entries that fit @p first, the first target, to m_combo. */
    virtual void addChoices(const DesktopInfo &first) = 0;
    virtual QString stateText(Text which) const = 0;
    /** Why the chosen entry does not do (an error under the picker); empty when it does. */
    virtual QString choiceProblem() const { return {}; }

    QPointer<WorkspaceClient> m_client;
    QLabel *m_label = nullptr; ///< the picker's, in the first row of m_form
    QComboBox *m_combo = nullptr;
    QFormLayout *m_form = nullptr;

private:
    /** Takes the end of the catalog's call (the entries already taken from it) and refills. */
    void loadFinished(ApiCall *call);
    void validate();

    FieldMessage *m_message = nullptr;
    bool m_loaded = false;
    QString m_loadError;
    bool m_valid = false;
};

} // namespace wsc
