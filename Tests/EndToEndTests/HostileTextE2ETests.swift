import Foundation
import Testing
import ArrearsCore

/// Escape sequences stored in names (by an older version or another tool) never act on the terminal
/// of someone running the commands; a terminal or locale the workbench cannot draw on is refused.
@Suite("Hostile text and terminals")
struct HostileTextE2ETests {
    static let payload = "Ann\u{1B}[2J\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}]0;owned\u{07}\u{1B}[10;10H\u{9B}2J\u{202E}xe"

    /// Every byte an attacker needs: ESC, BEL, the C1 CSI and the bidi override.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { [0x1B, 0x07, 0x9B, 0x202E].contains($0.value) }
    }

    @Test(arguments: E2EStore.tested) func explainAndUsersListPrintControlsAsVisibleEscapes(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let ref: String
        do {
            let store = try sandbox.open(db)
            ref = try #require(try store.accountRefs().first)
            _ = try store.update(ref: ref, expectedVersion: nil) { file in
                for i in file.account.contacts.indices { file.account.contacts[i].firstName = Self.payload }
            }
            var users = try store.users()
            let admin = try #require(users.firstIndex { $0.login == "admin.income" })
            users[admin].displayName = Self.payload
            try store.saveUsers(users)
        }
        let explain = try sandbox.run(["explain", ref, "--db", db])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("Ann\\u001B[2J\\u001B]52;c;aGVsbG8=\\u0007"), "\(explain.stdout.prefix(400))")
        #expect(Self.isClean(explain.stdout) && Self.isClean(explain.stderr))
        let json = try sandbox.run(["explain", ref, "--json", "--db", db])
        #expect(Self.isClean(json.stdout))
        let users = try sandbox.run(["users", "list", "--db", db, "--as", "admin.income"])
        #expect(users.status == 0, "\(users.stderr)")
        #expect(users.stdout.contains("Ann\\u001B[2J"), "\(users.stdout.prefix(400))")
        #expect(Self.isClean(users.stdout) && Self.isClean(users.stderr))
    }

    @Test(arguments: E2EStore.tested) func importRefusesControlsWithTheirPlaceAndQuotesBriefly(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let folder = sandbox.path("in")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let users = "login,display_name,role,patches,disabled\r\nadmin.one,\"" + Self.payload + String(repeating: "x", count: 100_000) + "\",administrator,,false\r\n"
        try Data(users.utf8).write(to: URL(fileURLWithPath: folder + "/users.csv"))
        let result = try sandbox.run(["import", folder + "/users.csv", "--db", try sandbox.emptyDatabase("test")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("users.csv:2:"), "\(result.stderr.prefix(400))")
        #expect(result.stderr.contains("U+001B"))
        #expect(result.stderr.count < 2_000, "\(result.stderr.prefix(400))")
        #expect(Self.isClean(result.stderr) && Self.isClean(result.stdout))
    }

    @Test(arguments: [
        (["TERM": "dumb"], "cannot move the cursor"),
        (["LANG": "C", "LC_ALL": "C"], "LANG=C.UTF-8"),
    ])
    func theWorkbenchRefusesWhatItCannotDrawOn(environment: [String: String], message: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let session = try TmuxSession(sandbox: sandbox, arguments: ["--db", sandbox.dbPath], extraEnvironment: environment)
        let status = try session.waitForExit()
        #expect(status != 0)
        let screen = try session.snapshot()
        #expect(screen.contains(message), "\(screen)")
    }
}
