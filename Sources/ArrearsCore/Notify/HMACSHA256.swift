import CCrypto

/// HMAC-SHA256 from the system's libcrypto (OpenSSL): the signature on GOV.UK Notify's tokens.
public enum HMACSHA256 {
    public static func mac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { k in
            message.withUnsafeBufferPointer { m in
                out.withUnsafeMutableBufferPointer { o in
                    // An empty array may have no address; libcrypto takes a length with it, so any pointer will do.
                    HMAC(EVP_sha256(), k.baseAddress ?? UnsafePointer(o.baseAddress!), Int32(key.count),
                         m.baseAddress ?? UnsafePointer(o.baseAddress!), message.count, o.baseAddress, &length)
                }
            }
        }
        precondition(result != nil && length == 32, "libcrypto HMAC-SHA256 failed")
        return Array(out.prefix(Int(length)))
    }

    /// Compares two MACs in time that does not depend on where they differ.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { x in b.withUnsafeBytes { y in CRYPTO_memcmp(x.baseAddress, y.baseAddress, a.count) == 0 } }
    }
}
