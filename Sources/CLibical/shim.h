#ifndef ROUNDS_CLIBICAL_SHIM_H
#define ROUNDS_CLIBICAL_SHIM_H

#include <libical/ical.h>

/// `icalerrno` is a macro over a function returning a pointer; Swift cannot import it.
static inline icalerrorenum rounds_ical_errno(void) { return icalerrno; }

/// Resets libical's thread-local error state before a call whose outcome we inspect.
static inline void rounds_ical_clear_errno(void) { icalerrno = ICAL_NO_ERROR; }

#endif
