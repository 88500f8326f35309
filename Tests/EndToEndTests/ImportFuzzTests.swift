@testable import ArrearsCore
import Foundation
import Testing

/// Bounded, deterministic import fuzzing through the real binary: mutated copies of an export (byte
/// flips, truncation, broken quotes, other encodings, huge fields and values, header-only, dropped and
/// duplicated files) imported over a database holding the clean export. Every run must exit 0, 1 or 2
/// (never a crash), every problem it prints must name its place (file:line:column), and a refused
/// import must leave the database byte-identical.
///
/// `make test` runs 200 trials; `make fuzz` runs 3,000 (FUZZ_TRIALS). The seed is fixed (FUZZ_SEED).
@Suite("Import fuzz")
struct ImportFuzzTests {
    static let accounts = 40

    enum Mutation: String, CaseIterable {
        case byteFlip = "byte flip", truncate = "truncation", brokenQuote = "broken quote", latin1 = "Latin-1 encoding",
             utf16 = "UTF-16 encoding", hugeField = "huge field", hugeValue = "huge value", headerOnly = "header only",
             dropFile = "dropped file", duplicateFile = "duplicated file", sameFileTwice = "same file twice", swapRows = "shuffled rows"
    }

    struct Tally: CustomStringConvertible {
        var trials = 0
        var byStatus: [Int32: Int] = [:]
        var byMutation: [String: Int] = [:]
        var refusedUnchanged = 0
        var description: String {
            let statuses = byStatus.keys.sorted().map { "exit \($0): \(byStatus[$0]!)" }.joined(separator: ", ")
            let kinds = byMutation.keys.sorted().map { "\($0) \(byMutation[$0]!)" }.joined(separator: ", ")
            return "import fuzz: \(trials) trials; \(statuses); refused and byte-identical: \(refusedUnchanged); mutations: \(kinds)"
        }
    }

    static var trials: Int { Int(ProcessInfo.processInfo.environment["FUZZ_TRIALS"] ?? "") ?? 200 }
    static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 20_261_129 }

    /// A line naming a place: `path:12:5: message`.
    static func namesAPlace(_ line: Substring) -> Bool {
        let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        return parts.count == 4 && Int(parts[1]) != nil && Int(parts[2]) != nil && parts[3].hasPrefix(" ")
    }

    @Test func mutatedExportsNeverCrashAndRefusalsChangeNothing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let demo = sandbox.path("demo.sqlite"), export = sandbox.path("export"), base = sandbox.path("base.sqlite")
        for args in [["demo", "--db", demo, "--accounts", "\(Self.accounts)"], ["export", "--db", demo, "--out", export]] {
            let result = try sandbox.run(args)
            guard result.status == 0 else { throw E2EError.setup("\(args[0]) failed: \(result.stderr)") }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: export).sorted()
        let clean = try names.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: export + "/" + $0))) }
        let seeded = try sandbox.run(["import", "--db", base] + names.map { export + "/" + $0 })
        guard seeded.status == 0 else { throw E2EError.setup("clean import failed: \(seeded.stderr)") }

        var rng = SeededRandom(seed: Self.seed)
        var tally = Tally()
        for trial in 0..<Self.trials {
            var files = zip(names, clean).map { (name: $0, bytes: $1) }
            var applied: [Mutation] = []
            for _ in 0..<rng.int(1...2) {
                let mutation = rng.pick(Mutation.allCases)
                applied.append(mutation)
                Self.apply(mutation, to: &files, rng: &rng)
            }
            let folder = sandbox.path("trial-\(trial)")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var paths: [String] = []
            for (i, file) in files.enumerated() {
                let path = folder + "/" + file.name
                if !FileManager.default.fileExists(atPath: path) {
                    try Data(file.bytes).write(to: URL(fileURLWithPath: path))
                } else if files[..<i].contains(where: { $0.name == file.name && $0.bytes != file.bytes }) {
                    let other = folder + "/copy-\(i)-" + file.name
                    try Data(file.bytes).write(to: URL(fileURLWithPath: other))
                    paths.append(other)
                    continue
                }
                paths.append(path)
            }
            let db = sandbox.path("trial-\(trial).sqlite")
            try FileManager.default.copyItem(atPath: base, toPath: db)
            let before = RealDatabase.bytes(db)
            let result = try sandbox.run(["import", "--db", db] + paths)
            let what = "trial \(trial) (\(applied.map(\.rawValue).joined(separator: " + ")))"
            tally.trials += 1
            tally.byStatus[result.status, default: 0] += 1
            for m in applied { tally.byMutation[m.rawValue, default: 0] += 1 }
            #expect([0, 1, 2].contains(result.status), "\(what) exited \(result.status): \(result.stderr.prefix(2_000))")
            if result.status != 0 {
                let unchanged = RealDatabase.bytes(db) == before
                #expect(unchanged, "\(what) was refused but changed the database")
                if unchanged { tally.refusedUnchanged += 1 }
                let lines = result.stderr.split(separator: "\n")
                let problems = lines.filter { !$0.hasPrefix("Nothing was imported") && !$0.hasPrefix("and ") }
                let planRefusal = problems.count == 1 && problems[0].contains("This import would remove")
                #expect(planRefusal || (!problems.isEmpty && problems.allSatisfy(Self.namesAPlace)),
                        "\(what): a message without a place: \(problems.first { !Self.namesAPlace($0) } ?? "(none)")")
            }
            try? FileManager.default.removeItem(atPath: folder)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
        print(tally)
        #expect(tally.trials == Self.trials)
    }

    // MARK: Mutations

    static func apply(_ mutation: Mutation, to files: inout [(name: String, bytes: [UInt8])], rng: inout SeededRandom) {
        let i = rng.int(0...(files.count - 1))
        var bytes = files[i].bytes
        let at = bytes.isEmpty ? 0 : rng.int(0...(bytes.count - 1))
        switch mutation {
        case .byteFlip:
            for _ in 0..<rng.int(1...4) where !bytes.isEmpty {
                bytes[rng.int(0...(bytes.count - 1))] = UInt8(rng.int(0...255))
            }
        case .truncate:
            bytes = Array(bytes.prefix(at))
        case .brokenQuote:
            bytes.insert(UInt8(ascii: "\""), at: at)
        case .latin1:
            // é, £, ł and the rest as single Latin-1 bytes (ł has none: a question mark).
            let text = String(decoding: bytes, as: UTF8.self) + "Zoë £5"
            bytes = text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
        case .utf16:
            let text = String(decoding: bytes, as: UTF8.self)
            bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .hugeField:
            let comma = bytes[at...].firstIndex(of: UInt8(ascii: ",")) ?? at
            bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: rng.pick(["x", "9", " "])), count: rng.int(70_000...1_100_000)), at: comma)
        case .hugeValue:
            let values = ["99999999999999999999", "-9223372036854775808", "9000000000000.00", "1600-01-01", "2101-01-01",
                          "9223372036854775807", "0000-00-00", "1e308", "-0.001", "NaN"]
            let comma = bytes[at...].firstIndex(of: UInt8(ascii: ",")) ?? bytes.endIndex
            let end = bytes[min(comma + 1, bytes.endIndex)...].firstIndex { $0 == UInt8(ascii: ",") || $0 == 0x0A } ?? bytes.endIndex
            bytes.replaceSubrange(min(comma + 1, bytes.endIndex)..<end, with: Array(rng.pick(values).utf8))
        case .headerOnly:
            bytes = Array(bytes.prefix(through: bytes.firstIndex(of: 0x0A) ?? max(bytes.count - 1, 0)).prefix(bytes.count))
        case .dropFile:
            if files.count > 1 { files.remove(at: i); return }
        case .duplicateFile:
            files.append((name: "copy-of-" + files[i].name, bytes: files[i].bytes))
            return
        case .sameFileTwice:
            files.append(files[i])
            return
        case .swapRows:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            if lines.count > 3 { lines.swapAt(1, rng.int(1...(lines.count - 2))) }
            bytes = Array(lines.joined(separator: [0x0A]))
        }
        files[i].bytes = bytes
    }
}
