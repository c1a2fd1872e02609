#ifndef ROUNDS_CICU_SHIM_H
#define ROUNDS_CICU_SHIM_H

#include <unicode/ucal.h>

/// ICU renames its entry points with the library version (`ucal_getTimeZoneIDForWindowsID_72`),
/// so Swift cannot call the unversioned name directly. This forwards to whichever version the
/// installed headers select.
static inline int32_t rounds_icu_timezone_id_for_windows_id(
    const UChar *windowsID, int32_t length, const char *region,
    UChar *result, int32_t capacity, UErrorCode *status) {
    return ucal_getTimeZoneIDForWindowsID(windowsID, length, region, result, capacity, status);
}

#endif
