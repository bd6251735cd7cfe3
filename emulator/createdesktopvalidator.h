#pragma once

#include "createplan.h"
#include "validationerror.h"

#include <QJsonObject>

namespace wsemu {

class Catalog;
class FieldReader;
class StateStore;

// Sources: the seed page and workspace-api.md §1.2/§5: types, lengths, enums, patterns,
// referenced resources, image/product fit, computer-name uniqueness and the per-request cap.
// The first problem wins.
/** Server-side checks of CreateDesktop, written from the documentation on their own. */
class CreateDesktopValidator
{
public:
    CreateDesktopValidator(const Catalog &catalog, StateStore &state, int createCap);

    ValidationError validate(const QJsonObject &body, CreatePlan *plan) const;

private:
    void checkVolume(FieldReader &reader, bool system, int minDiskGb, QJsonObject *out) const;
    /** Every disk's type is sold in the plan's zone; false (and @p r failed) otherwise. */
    bool checkVolumeTypes(FieldReader &r, const CreatePlan &plan) const;
    void checkItems(FieldReader &reader, const QJsonArray &items, const QString &osType,
                    CreatePlan *plan) const;

    const Catalog &m_catalog;
    StateStore &m_state;
    int m_createCap;
};

} // namespace wsemu
