#ifndef ARREARS_CZLIB_SHIM_H
#define ARREARS_CZLIB_SHIM_H
/* zlib compresses PDF streams (FlateDecode): the embedded font and the page contents. */
#include <zlib.h>
#endif
