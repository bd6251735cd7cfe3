#pragma once

namespace wsemu {

// APIG.* and WKS.0001 / WKS.00010032 / WKS.00170117 / WKS.00170208 / WKS.00170312 are documented
// (workspace-api.md §4.2); the other WKS codes are the emulator's own stable choices.
/** The error codes the emulator answers with; docs/EMULATOR.md lists them. */
namespace ApiErrors {

// Gateway
inline constexpr const char *ApiNotFound = "APIG.0101";
inline constexpr const char *BadRequest = "APIG.0201";
/** The gateway's code for a body past its size limit (HTTP 413). */
inline constexpr const char *BodyTooLarge = "APIG.0201";
inline constexpr const char *AuthFailed = "APIG.0301";
inline constexpr const char *Throttled = "APIG.0308";
inline constexpr const char *BackendTimeout = "APIG.0203";

// Workspace
inline constexpr const char *EmptyBody = "WKS.0001";
inline constexpr const char *MissingField = "WKS.00010001";
inline constexpr const char *InvalidField = "WKS.00010002";
inline constexpr const char *OutOfRange = "WKS.00010003";
inline constexpr const char *Exclusive = "WKS.00010004";
inline constexpr const char *Duplicate = "WKS.00010005";
inline constexpr const char *ResourceNotFound = "WKS.00010006";
inline constexpr const char *Incompatible = "WKS.00010007";
inline constexpr const char *QuotaExceeded = "WKS.00010008";
inline constexpr const char *TooManyDesktops = "WKS.00010009";
inline constexpr const char *DesktopNotFound = "WKS.00010010";
inline constexpr const char *JobNotFound = "WKS.00010011";
inline constexpr const char *Conflict = "WKS.00010032";
inline constexpr const char *TokenScope = "WKS.00010403";
inline constexpr const char *InternalError = "WKS.00010500";
inline constexpr const char *UserExists = "WKS.00170110";
inline constexpr const char *ProjectNotFound = "WKS.00170117";
inline constexpr const char *UserNotFound = "WKS.00170312";
/** Documented (TF user_group.go: "The user group does not exist"), answered with 400. */
inline constexpr const char *GroupNotFound = "WKS.00170208";
/** The emulator's own: a group name that is already taken. */
inline constexpr const char *GroupExists = "WKS.00170207";

} // namespace ApiErrors

} // namespace wsemu
