#pragma once

#include "attachplan.h"
#include "validationerror.h"

#include <QJsonObject>

namespace wsemu {

class Catalog;
class StateStore;

// Sources: the Chinese seed page and workspace-api.md §1.3: 1-50 desktops, user and computer-name
// rules, the attach_user_infos form, and 409 when a desktop is assigned or busy.
/** Server-side checks of AttachInstances, written from the documentation on their own. */
class AttachValidator
{
public:
    static constexpr int MaxDesktops = 50;

    AttachValidator(const Catalog &catalog, StateStore &state);

    ValidationError validate(const QJsonObject &body, AttachPlan *plan) const;

private:
    const Catalog &m_catalog;
    StateStore &m_state;
};

} // namespace wsemu
