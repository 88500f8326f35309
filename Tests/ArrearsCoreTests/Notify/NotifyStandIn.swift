import Foundation
@testable import ArrearsCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The Python stand-in (Tests/NotifyStandIn), started on 127.0.0.1 on a free port for one test.
final class NotifyStandIn {
    let process = Process()
    let baseURL: URL

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NotifyStandIn/notify_stand_in.py").path
    }

    init(key: String = NotifyTestKeys.live, keyType: String = "live", rateLimit: Int = 3_000, step: Double = 0) throws {
        // Debian's python3 itself, not a wrapper script that would pass the stop signal on to nobody.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.script, "--key", key, "--key-type", keyType, "--port", "0",
                             "--rate-limit", String(rateLimit), "--step", String(step)]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = [UInt8]()
        let handle = out.fileHandleForReading
        while true {
            let byte = handle.readData(ofLength: 1)
            guard let b = byte.first else { break }
            if b == UInt8(ascii: "\n") { break }
            line.append(b)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw StandInError(description: "the stand-in did not start: '\(text)'")
        }
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// Stopped without waiting: Foundation reaps it (waitUntilExit can stall off the main thread).
    deinit { kill(process.processIdentifier, SIGKILL) }

    struct StandInError: Error, CustomStringConvertible { var description: String }

    func control(_ json: String) throws {
        _ = try URLSessionTransport().perform(HTTPExchange(method: "POST", url: baseURL.appendingPathComponent("_control"),
                                                           headers: ["Content-Type": "application/json"], body: Array(json.utf8)))
    }

    /// Everything the stand-in has taken: reference and status.
    func received() throws -> [(reference: String, status: String)] {
        try receivedNotifications().map { ($0["reference"] as? String ?? "", $0["status"] as? String ?? "") }
    }

    /// Everything the stand-in has taken, in the order it came, as Notify would show it.
    func receivedNotifications() throws -> [[String: Any]] {
        let response = try URLSessionTransport().perform(HTTPExchange(method: "GET", url: baseURL.appendingPathComponent("_control/notifications"),
                                                                      headers: [:], body: nil))
        let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
        return (object?["notifications"] as? [[String: Any]]) ?? []
    }

    func client(key: String = NotifyTestKeys.live, clockOffset: Int64 = 0) throws -> NotifyClient {
        NotifyClient(baseURL: baseURL, key: try NotifyAPIKey(key, source: "test"), transport: URLSessionTransport(timeoutSeconds: 10),
                     wallClock: { Int64(Date().timeIntervalSince1970) + clockOffset })
    }
}
