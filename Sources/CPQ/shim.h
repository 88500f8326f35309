#ifndef ARREARS_CPQ_SHIM_H
#define ARREARS_CPQ_SHIM_H
/* Debian puts libpq's headers under /usr/include/postgresql, which is not on the default include path. */
#include <postgresql/libpq-fe.h>
#endif
