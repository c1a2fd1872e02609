/* Refuses glibc's printf hooks for the whole process (docs/design.md, "printf hooks").

   CBC's LAPACK is Fortran, so every Rounds program loads libgfortran and with it libquadmath,
   whose constructor registers a printf modifier and specifiers for __float128 ("%Qf").
   Once any hook is registered, glibc sends every printf call in the process down its slow,
   positional path (vfprintf-internal.c: "Use the slow path in case any printf handler is
   registered"). libical formats every date it serialises with snprintf, so writing 1,000
   events cost 5.9 M more instructions than in a program without libquadmath (callgrind: the
   C benchmark run with LD_PRELOAD=libquadmath.so.0, 220.4 M against 226.3 M). Nothing in
   Rounds prints a __float128; libquadmath's own quadmath_snprintf does not need the hooks.

   These definitions, in the executable, come before glibc's in symbol lookup (the linker
   exports them because a library in the link refers to them), so libquadmath's constructor
   gets -1 from the first one and stops. */

#include <stdatomic.h>

#include "printf_hooks.h"

static atomic_int refused;

int rounds_printf_hooks_refused(void) { return atomic_load(&refused); }

/* glibc only: other C libraries have no printf hooks (and no <printf.h>). */
#if defined(__linux__)
#include <printf.h>
#include <wchar.h>

int register_printf_type(printf_va_arg_function *converter) {
    (void)converter;
    atomic_fetch_add(&refused, 1);
    return -1;
}

int register_printf_modifier(const wchar_t *modifier) {
    (void)modifier;
    atomic_fetch_add(&refused, 1);
    return -1;
}

int register_printf_specifier(int spec, printf_function converter,
                              printf_arginfo_size_function arginfo) {
    (void)spec;
    (void)converter;
    (void)arginfo;
    atomic_fetch_add(&refused, 1);
    return -1;
}

int register_printf_function(int spec, printf_function converter,
                             printf_arginfo_function arginfo) {
    (void)spec;
    (void)converter;
    (void)arginfo;
    atomic_fetch_add(&refused, 1);
    return -1;
}
#endif
