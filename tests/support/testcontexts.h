#pragma once

// Header-only so that wsc_testsupport need not link the models layer: include it from a test that
// links wsc_models (or a layer above), as "support/testcontexts.h".

#include "models/rules/validationcontext.h"

namespace wsc {

/** The validation contexts the model, import and dialog tests check users and rows under. */
namespace TestContexts {

/** The context of a workspace of directory @p domain and desktops of @p os. */
inline ValidationContext of(DomainType domain, OsType os)
{
    ValidationContext c;
    c.domainType = domain;
    c.os = os;
    return c;
}

/** Windows desktops in a LiteAS workspace: the most common tenant and the strictest names. */
inline ValidationContext windowsLite()
{
    return of(DomainType::LiteAs, OsType::Windows);
}

} // namespace TestContexts

} // namespace wsc
