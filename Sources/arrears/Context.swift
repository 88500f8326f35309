import Foundation
import ArrearsCore
#if canImport(Glibc)
import Glibc
#endif

/// What every command needs from the outside world, read once: the only place the program reads
/// the clock, the environment and the operating-system identity.
struct Context {
    var environment: [String: String]
    var startedAt: Date

    static let version = "0.1.0"

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        startedAt = Date()
    }

    /// `--as-of`, else `ARREARS_TODAY` (tests and demos), else today's date in London.
    func asOf(_ args: ParsedArguments) throws -> CivilDate {
        if let text = args.value("as-of") {
            guard let d = CivilDate.parseISO(text) else {
                throw UsageError(message: "--as-of must be a date like 2026-11-29, not '\(text)'", command: "")
            }
            return d
        }
        if let text = environment["ARREARS_TODAY"], !text.isEmpty {
            guard let d = CivilDate.parseISO(text) else {
                throw CommandFailure(message: "ARREARS_TODAY must be a date like 2026-11-29, not '\(text)'")
            }
            return d
        }
        return now.londonDate
    }

    /// The current instant. Under `ARREARS_TODAY` the clock is pinned to 09:00 London on that date
    /// plus the seconds this process has run, so tests are repeatable but entries still order.
    var now: Timestamp {
        let elapsed = Int64(Date().timeIntervalSince(startedAt))
        if let text = environment["ARREARS_TODAY"], let d = CivilDate.parseISO(text) {
            return Timestamp(secondsSinceEpoch: Timestamp(london: d, hour: 9).secondsSinceEpoch + elapsed)
        }
        return Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
    }

    /// The operating-system account running the program, from the process's uid — never from an
    /// environment variable, which anyone can set.
    var osLogin: String {
        guard let pw = getpwuid(getuid()), let name = pw.pointee.pw_name else { return "uid\(getuid())" }
        return String(cString: name)
    }

    var home: String { environment["HOME"] ?? NSHomeDirectory() }

    func databasePath(_ args: ParsedArguments) -> String {
        DatabaseLocation.resolve(flag: args.value("db"), environment: environment, home: home)
    }
}

/// Output helpers: results to standard output, messages to standard error. Both pass through
/// `TerminalSafeText.shown`, so a name holding ESC [2J, an OSC 52 clipboard write or U+202E prints as
/// visible escapes (`\u001B[2J`) instead of acting on the user's terminal. Exported data that must stay
/// byte-exact (CSV and JSON to `-`) goes through `data`, which writes as is.
enum Output {
    static func out(_ s: String) { data(TerminalSafeText.shown(s)) }
    static func err(_ s: String) {
        let safe = TerminalSafeText.shown(s)
        FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }
    static func data(_ s: String) {
        FileHandle.standardOutput.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
    }
}
