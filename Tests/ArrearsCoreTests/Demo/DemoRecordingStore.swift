@testable import ArrearsCore

/// A store in memory that records how it was written to: enough of `CaseStore` for the generator and
/// the exporter, which only save, stream and read settings.
final class DemoRecordingStore: CaseStore {
    private(set) var cases: [String: CaseFile] = [:]
    private(set) var savedBatchSizes: [Int] = []
    private(set) var storedUsers: [User] = []
    private var settings: [String: String] = [:]

    var schemaVersion: Int { 1 }

    func saveCases(_ batch: [CaseFile]) throws {
        savedBatchSizes.append(batch.count)
        for file in batch { cases[file.ref] = file }
    }

    func loadCase(ref: String) throws -> CaseFile? { cases[ref] }

    func forEachCase(_ body: (CaseFile) throws -> Void) throws {
        for ref in cases.keys.sorted() { try body(cases[ref]!) }
    }

    func accountRefs() throws -> [String] { cases.keys.sorted() }
    func caseCount() throws -> Int { cases.count }

    func update(ref: String, expectedVersion: Int?, _ change: (inout CaseFile) throws -> Void) throws -> CaseFile {
        guard var file = cases[ref] else { throw StoreError.caseNotFound(ref: ref) }
        if let expectedVersion, expectedVersion != file.account.version {
            throw StoreError.staleCase(ref: ref, expected: expectedVersion, found: file.account.version)
        }
        try change(&file)
        file.account.version += 1
        cases[ref] = file
        return file
    }

    func saveUsers(_ users: [User]) throws { storedUsers = users }
    func users() throws -> [User] { storedUsers }
    func user(login: String) throws -> User? { storedUsers.first { $0.login == login } }

    func saveSummaries(_ rows: [CaseSummary], snapshot: ClassifySnapshot?) throws {}
    func summaries() throws -> [CaseSummary] { [] }
    func summary(ref: String) throws -> CaseSummary? { nil }
    func snapshots(limit: Int) throws -> [ClassifySnapshot] { [] }

    func meta(_ key: String) throws -> String? { settings[key] }
    func setMeta(_ key: String, _ value: String) throws { settings[key] = value }
}
