#ifndef ARREARS_CCRYPTO_SHIM_H
#define ARREARS_CCRYPTO_SHIM_H
/* libcrypto's HMAC signs GOV.UK Notify's JWTs: never hand-written crypto. */
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>
#endif
