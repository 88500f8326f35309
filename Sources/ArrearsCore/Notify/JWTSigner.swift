/// JSON Web Signature with HS256 (RFC 7515, compact serialisation): the header and payload are
/// signed exactly as given, so a test can use the RFC's own bytes.
public enum JWTSigner {
    public static func sign(header: [UInt8], payload: [UInt8], key: [UInt8]) -> String {
        let input = Base64URL.encode(header) + "." + Base64URL.encode(payload)
        return input + "." + Base64URL.encode(HMACSHA256.mac(key: key, message: Array(input.utf8)))
    }
}

/// The bearer token GOV.UK Notify wants on every request: header `{"typ":"JWT","alg":"HS256"}`,
/// claims `{"iss": service id, "iat": seconds since the epoch}`, signed with the key's secret.
/// Notify accepts it for 30 seconds either side of `iat`, so one is made for every request.
public enum NotifyToken {
    static let header = Array(#"{"typ":"JWT","alg":"HS256"}"#.utf8)

    public static func make(key: NotifyAPIKey, issuedAt: Int64) -> String {
        let claims = #"{"iss":""# + key.serviceId + #"","iat":"# + String(issuedAt) + "}"
        return key.sign(header: header, payload: Array(claims.utf8))
    }
}
