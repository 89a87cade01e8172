#include "utilities/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace perr {

// OpenSSL's libcrypto (Debian's libssl-dev): SHA-256 with the CPU's SHA
// extensions where present, 4-8x the hand-written FIPS 180-4 loop perr had
// (12-17% of an ingest's instructions; BENCHMARKS.md).
std::string sha256_hex(std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL: SHA-256 failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0F];
    }
    return out;
}

} // namespace perr
