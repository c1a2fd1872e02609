#ifndef ROUNDS_CQRENCODE_SHIM_H
#define ROUNDS_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
