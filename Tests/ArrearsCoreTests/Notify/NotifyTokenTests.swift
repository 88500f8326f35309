import Foundation
import Testing
@testable import ArrearsCore

@Suite struct NotifyTokenTests {
    /// RFC 4231 test case 2.
    @Test func hmacMatchesRFC4231() {
        let mac = HMACSHA256.mac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(mac.map { String(format: "%02x", $0) }.joined() == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    /// RFC 7515 appendix A.1: the HS256 example, byte for byte (its header and payload have CR LF in them).
    @Test func signsRFC7515sHS256Example() throws {
        let header = Array("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}".utf8)
        let payload = Array("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}".utf8)
        let key = try #require(Base64URL.decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"))
        #expect(JWTSigner.sign(header: header, payload: payload, key: key) ==
                "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    }

    @Test func notifyTokenHasNotifysHeaderAndClaims() throws {
        let key = try NotifyAPIKey(NotifyTestKeys.live, source: "test")
        let token = NotifyToken.make(key: key, issuedAt: 1_780_000_000)
        let parts = token.split(separator: ".").map(String.init)
        #expect(parts.count == 3)
        #expect(String(decoding: Base64URL.decode(parts[0])!, as: UTF8.self) == #"{"typ":"JWT","alg":"HS256"}"#)
        #expect(String(decoding: Base64URL.decode(parts[1])!, as: UTF8.self) == #"{"iss":"\#(NotifyTestKeys.serviceId)","iat":1780000000}"#)
        let expected = HMACSHA256.mac(key: Array(NotifyTestKeys.secret.utf8), message: Array((parts[0] + "." + parts[1]).utf8))
        #expect(Base64URL.decode(parts[2]) == expected)
    }

    @Test(arguments: [
        ("live-arrears", NotifyAPIKey.KeyType.live), ("test-demo", .test), ("team_key", .team), ("arrears", nil),
    ])
    func recognisesTheKeyTypeFromItsName(name: String, type: NotifyAPIKey.KeyType?) throws {
        let key = try NotifyAPIKey("\(name)-\(NotifyTestKeys.serviceId)-\(NotifyTestKeys.secret)", source: "test")
        #expect(key.keyType == type)
        #expect(key.name == name)
        #expect(key.serviceId == NotifyTestKeys.serviceId)
        #expect(!key.description.contains(NotifyTestKeys.secret))
        #expect(!String(describing: key).contains(NotifyTestKeys.secret))
    }

    @Test(arguments: ["", "not-a-key", "live-\(NotifyTestKeys.serviceId)", "live-\(NotifyTestKeys.serviceId)x\(NotifyTestKeys.secret)",
                      "live-zzzzzzzz-4444-4444-4444-cccccccccccc-\(NotifyTestKeys.secret)"])
    func refusesWhatIsNotAKey(text: String) {
        #expect(throws: NotifyAPIKey.Problem.self) { try NotifyAPIKey(text, source: "NOTIFY_API_KEY") }
    }

    @Test func readsTheKeyOnlyFromAFileItsOwnerAloneCanRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notify-key-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data((NotifyTestKeys.live + "\n").utf8), attributes: [.posixPermissions: 0o644]))
        let open = #expect(throws: NotifyAPIKey.Problem.self) { try NotifyAPIKey.load(environment: [:], file: path) }
        #expect(open?.description.contains("chmod 600") == true)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try NotifyAPIKey.load(environment: [:], file: path).serviceId == NotifyTestKeys.serviceId)
        // The environment variable wins over the file.
        let fromEnvironment = try NotifyAPIKey.load(environment: ["NOTIFY_API_KEY": "test-other-\(NotifyTestKeys.serviceId)-\(NotifyTestKeys.secret)"], file: path)
        #expect(fromEnvironment.keyType == .test)
        #expect(throws: NotifyAPIKey.Problem.self) { try NotifyAPIKey.load(environment: [:], file: nil) }
    }
}

/// Synthetic keys: made-up UUIDs, never a real service's.
enum NotifyTestKeys {
    static let serviceId = "2f1c7a5e-9b3d-4e8f-a6c2-1d0e9f8b7a61"
    static let secret = "c4d9e2b1-7a6f-4c3e-b8d5-0f1e2a3b4c5d"
    static let live = "live-arrears-\(serviceId)-\(secret)"
    static let team = "team-arrears-\(serviceId)-\(secret)"
    static let forged = "live-arrears-\(serviceId)-0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d"
}
