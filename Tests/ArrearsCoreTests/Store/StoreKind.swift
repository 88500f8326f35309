import Foundation
@testable import ArrearsCore

/// The two stores every store, action and concurrency test runs against: SQLite, and PostgreSQL on a
/// real server the tests start themselves (`LocalPostgresServer`, one per test process).
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres

    var description: String { rawValue }

    /// The stores this run covers: both, unless `ARREARS_TEST_STORES` names one (docs/testing.md).
    static let tested = allCases.filter { LocalPostgresServer.storesUnderTest().contains($0.rawValue) }

    /// A new, empty store: an in-memory SQLite database, or a new PostgreSQL database.
    func fresh() throws -> SQLCaseStore {
        switch self {
        case .sqlite: return try SQLiteCaseStore.openInMemory()
        case .postgres: return try PostgresCaseStore(url: LocalPostgresServer.shared().createSchema())
        }
    }

    /// A location that several connections (threads, processes) can open: a file in `folder`, or a
    /// new PostgreSQL database.
    func sharedLocation(in folder: TemporaryFolder) throws -> String {
        switch self {
        case .sqlite: return folder.path("workbench.sqlite")
        case .postgres: return try LocalPostgresServer.shared().createSchema()
        }
    }
}
