#ifndef ROUNDS_PRINTF_HOOKS_H
#define ROUNDS_PRINTF_HOOKS_H

/* glibc's printf registration functions, defined by this target so that no library loaded
   into a Rounds program can register printf hooks (see printf_hooks.c). Nothing calls these
   from Swift; the header exists because SwiftPM wants one for a C target. */

/* The number of registration calls refused so far in this process (a test looks at it). */
int rounds_printf_hooks_refused(void);

#endif
