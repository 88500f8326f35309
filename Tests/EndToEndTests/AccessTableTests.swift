@testable import ArrearsCore
import Foundation
import Testing

/// Every command that reads or changes a database × every role × a login that is not a user,
/// driving the real binary on a real (non-demo) database where the operating-system login is the
/// only identity. A refusal exits 1, says why, and leaves the database byte-identical.
///
/// Not in the table: `classify` (its checks are another issue's), `check address` (reads standard
/// input, no database), `keys` and `bench` (no database of the user's), and the workbench itself
/// (covered by the tmux tests; it resolves the same identity first).
@Suite("Access table")
struct AccessTableTests {
    enum Who: String, CaseIterable, CustomTestStringConvertible {
        case agent, leaseholdOfficer, teamLead, auditor, administrator, stranger
        var role: Role? {
            switch self {
            case .agent: return .agent
            case .leaseholdOfficer: return .leaseholdOfficer
            case .teamLead: return .teamLead
            case .auditor: return .auditor
            case .administrator: return .administrator
            case .stranger: return nil
            }
        }
        var testDescription: String { rawValue }
    }

    /// One row: the arguments (with placeholders filled per run), who may run it, and what a
    /// successful run prints (standard output and error together).
    struct Row: Sendable {
        var name: String
        var arguments: [String]
        var allowed: Set<Who>
        /// Any one of these in what a successful run prints (empty: nothing particular).
        var success: [String]
    }

    static let rows: [Row] = [
        Row(name: "explain a rent case", arguments: ["explain", "{rent}"], allowed: [.agent, .teamLead, .auditor], success: ["Route:"]),
        Row(name: "explain a leasehold case", arguments: ["explain", "{lease}"], allowed: [.leaseholdOfficer, .teamLead, .auditor], success: ["Route:"]),
        Row(name: "check addresses", arguments: ["check", "addresses"], allowed: [.agent, .leaseholdOfficer, .teamLead, .auditor], success: ["addresses checked"]),
        Row(name: "export the worklist", arguments: ["export", "--worklist", "--out", "-"], allowed: [.teamLead, .auditor], success: ["tenancy_ref"]),
        Row(name: "read the audit trail", arguments: ["audit", "--limit", "1"], allowed: [.teamLead, .auditor, .administrator], success: []),
        Row(name: "list users", arguments: ["users", "list"], allowed: [.administrator], success: ["admin.income\tSam Oduya"]),
        Row(name: "add a user", arguments: ["users", "add", "new.agent", "agent"], allowed: [.administrator], success: ["Added new.agent"]),
        Row(name: "disable a user", arguments: ["users", "disable", "agent.e02"], allowed: [.administrator], success: ["Disabled agent.e02"]),
        Row(name: "import (dry run)", arguments: ["import", "--dry-run", "{files}"], allowed: [.administrator], success: ["Dry run: nothing was written."]),
        Row(name: "queue letters in bulk", arguments: ["letters", "queue", "--template", "{template}", "--refs", "{refs}", "--yes"],
            allowed: [.agent, .teamLead], success: ["Queued 1 letter for 1 case"]),
        // Only the rent letter queued by the row above is waiting, so an agent sends it; a leasehold
        // officer may send letters too, and finds none of theirs.
        Row(name: "send queued letters", arguments: ["letters", "export", "--out", "{out}"], allowed: [.agent, .leaseholdOfficer, .teamLead],
            success: ["marked them sent", "No letters are queued."]),
        Row(name: "demo over a real database", arguments: ["demo", "--accounts", "10"], allowed: [], success: ["Demo database"]),
    ]

    /// What a refusal says: the core's access refusal, the identity refusal, or demo's.
    static let refusalWords = ["Refused: ", "is not a user of this database", "is not a demo database"]

    /// Fixed inputs, made once: an export of the fixture (for import), a rent and a leasehold reference,
    /// and a rent template with a rent case it can be sent for.
    struct Inputs: Sendable {
        var rent: String
        var lease: String
        var template: String
        var files: [String]
    }

    static let inputs: Result<Inputs, any Error> = Result {
        let sandbox = try Sandbox()
        let demo = try DemoFixture.copy(to: sandbox.path("inputs.sqlite"))
        let export = sandbox.path("export")
        let exported = try sandbox.run(["export", "--db", demo, "--out", export])
        guard exported.status == 0 else { throw E2EError.setup("export failed: \(exported.stderr)") }
        let store = try SQLiteCaseStore(path: demo)
        let summaries = try store.summaries()
        guard let template = LetterTemplateCatalogue.standard.templates.first(where: {
            LetterTemplateCatalogue.role(.agent, mayUse: $0) && !LetterTemplateCatalogue.role(.leaseholdOfficer, mayUse: $0)
        }) else { throw E2EError.setup("no rent letter template") }
        var rent: String?
        for summary in summaries where !summary.type.isLeaseholdSide {
            guard let file = try store.loadCase(ref: summary.ref) else { continue }
            let prepared = LetterPreparation.prepare(template, caseFile: file, figures: LetterFigures(collectableArrears: summary.collectableArrears),
                                                     asOf: CivilDate.parseISO(sandbox.asOf)!, sender: .example, role: .agent)
            if prepared.canQueueAll && prepared.letters.count == 1 { rent = summary.ref; break }
        }
        guard let rent, let lease = summaries.first(where: { $0.type.isLeaseholdSide })?.ref else {
            throw E2EError.setup("no rent case ready for \(template.id), or no leasehold case")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: export).sorted().map { export + "/" + $0 }
        return Inputs(rent: rent, lease: lease, template: template.id, files: files)
    }

    @Test(arguments: Who.allCases)
    func everyCommandChecksWhoIsAsking(who: Who) throws {
        let inputs = try Self.inputs.get()
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        // The caseworker holds the patches of the cases the table uses: a bulk letter run stays inside
        // the remit (docs/permissions.md), which the remit test below checks on its own.
        let db = try RealDatabase.make(at: sandbox.path("real.sqlite"), role: who.role, holdingPatchesOf: [inputs.rent, inputs.lease])
        let refs = sandbox.path("refs.txt")
        try Data(inputs.rent.utf8).write(to: URL(fileURLWithPath: refs))
        for row in Self.rows {
            var arguments: [String] = []
            for word in row.arguments {
                switch word {
                case "{rent}": arguments.append(inputs.rent)
                case "{lease}": arguments.append(inputs.lease)
                case "{template}": arguments.append(inputs.template)
                case "{refs}": arguments.append(refs)
                case "{files}": arguments += inputs.files
                case "{out}": arguments.append(sandbox.path("letters-\(who.rawValue)"))
                default: arguments.append(word)
                }
            }
            let before = RealDatabase.bytes(db)
            let result = try sandbox.run(arguments + ["--db", db])
            let said = result.stdout + result.stderr
            if row.allowed.contains(who) {
                #expect(result.status == 0 || (row.name == "check addresses" && result.status == 1),
                        "\(row.name) as \(who): \(said)")
                #expect(row.success.isEmpty || row.success.contains { said.contains($0) }, "\(row.name) as \(who): \(said)")
                #expect(!Self.refusalWords.contains { said.contains($0) }, "\(row.name) as \(who): \(said)")
            } else {
                #expect(result.status == 1, "\(row.name) as \(who) should be refused: \(said)")
                #expect(Self.refusalWords.contains { result.stderr.contains($0) }, "\(row.name) as \(who): \(said)")
                #expect(!row.success.contains { said.contains($0) }, "\(row.name) as \(who): \(said)")
                #expect(RealDatabase.bytes(db) == before, "\(row.name) as \(who) changed the database")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("letters-\(who.rawValue).partial")))
    }

    /// The auditor's refusal names what is refused: sending letters, not queueing them.
    @Test func anAuditorIsRefusedSendingLettersWithTheRightWords() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let db = try RealDatabase.make(at: sandbox.path("real.sqlite"), role: .auditor)
        let before = RealDatabase.bytes(db)
        let result = try sandbox.run(["letters", "export", "--out", sandbox.path("out"), "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("(Auditor) may not send queued letters for printing: auditors read everything and change nothing."), "\(result.stderr)")
        #expect(RealDatabase.bytes(db) == before)
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("out.partial")))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("out")))
    }

    /// A bulk letter run stays inside the caseworker's remit (docs/permissions.md, "Bulk letters and
    /// remit"): an agent's list naming a rent case in another agent's patch queues nothing for it and
    /// says which patch it is in.
    @Test func anAgentsBulkRunOutsideTheirPatchesIsRefusedNamingThePatch() throws {
        let inputs = try Self.inputs.get()
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let db = try RealDatabase.make(at: sandbox.path("real.sqlite"), role: .agent)
        let store = try SQLiteCaseStore(path: db)
        let patch = try #require(try store.loadCase(ref: inputs.rent)?.account.patch)
        #expect(try store.user(login: RealDatabase.osLogin)?.patches.contains(patch) == false)
        let refs = sandbox.path("refs.txt")
        try Data(inputs.rent.utf8).write(to: URL(fileURLWithPath: refs))
        let before = RealDatabase.bytes(db).first
        let result = try sandbox.run(["letters", "queue", "--template", inputs.template, "--refs", refs, "--yes", "--db", db])
        #expect(result.stdout.contains("Patch") && result.stdout.contains(patch), "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("Queued 1 letter"))
        // The database itself is unchanged (the empty write-ahead log the test's own reader left is tidied away).
        #expect(RealDatabase.bytes(db).first == before)
    }
}
