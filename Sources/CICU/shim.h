#ifndef ROUNDS_CICU_SHIM_H
#define ROUNDS_CICU_SHIM_H

#include <stdint.h>
#include <unicode/uvernum.h>

// Foundation on Linux carries its own copy of ICU's headers; importing the system's
// <unicode/ucal.h> as well gives Swift two different definitions of UErrorCode and UChar in
// one module and the build fails. So this header includes only ICU's version macros and
// declares the one function Rounds needs with plain C types of the same size and layout
// (UChar is a 16-bit code unit, UErrorCode an int-sized enum).

/// ICU renames its entry points with the library version (`ucal_getTimeZoneIDForWindowsID_72`);
/// this names whichever version the installed headers select.
int32_t U_ICU_ENTRY_POINT_RENAME(ucal_getTimeZoneIDForWindowsID)(
    const uint16_t *windowsID, int32_t length, const char *region,
    uint16_t *result, int32_t capacity, int *status);

/// Writes the IANA zone for a Windows zone name into `result`; returns its length, 0 if unknown.
/// `status` is ICU's error code: zero or below means success.
static inline int32_t rounds_icu_timezone_id_for_windows_id(
    const uint16_t *windowsID, int32_t length, const char *region,
    uint16_t *result, int32_t capacity, int *status) {
    return U_ICU_ENTRY_POINT_RENAME(ucal_getTimeZoneIDForWindowsID)(
        windowsID, length, region, result, capacity, status);
}

#endif
