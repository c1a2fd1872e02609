#ifndef ROUNDS_CCBC_SHIM_H
#define ROUNDS_CCBC_SHIM_H

/* COIN-OR CBC's C interface (Debian coinor-libcbc-dev): wrapped once, by RoundsScheduling's
   CbcSolver. */
#include <coin/Cbc_C_Interface.h>

#endif
