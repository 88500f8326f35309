import CSQLite
import Foundation

/// A prepared statement owned by one `SQLiteConnection`. Values are only ever bound, never spliced
/// into SQL text. Every use ends with a reset, so a cached statement never holds a read lock open.
final class SQLiteStatement {
    let handle: OpaquePointer
    let sql: String
    private unowned let connection: SQLiteConnection

    init(handle: OpaquePointer, sql: String, connection: SQLiteConnection) {
        self.handle = handle; self.sql = sql; self.connection = connection
    }

    func finalize() { sqlite3_finalize(handle) }

    // MARK: Running

    /// Binds the values to parameters 1, 2, … and runs the statement to completion.
    func execute<each V: SQLBindable>(_ values: repeat each V) throws {
        defer { reset() }
        try bind(startingAt: 1, repeat each values)
        try stepToEnd()
    }

    /// Binds the values and calls `row` once per result row, with the statement positioned on it.
    func query<each V: SQLBindable>(_ values: repeat each V, row: (SQLiteStatement) throws -> Void) throws {
        defer { reset() }
        try bind(startingAt: 1, repeat each values)
        while try step() { try row(self) }
    }

    /// The first row mapped through `read`, or nil when there is none.
    func first<T, each V: SQLBindable>(_ values: repeat each V, read: (SQLiteStatement) throws -> T) throws -> T? {
        defer { reset() }
        try bind(startingAt: 1, repeat each values)
        return try step() ? read(self) : nil
    }

    /// For callers that bind parameter by parameter (IN lists of varying length).
    func queryBound(row: (SQLiteStatement) throws -> Void) throws {
        defer { reset() }
        while try step() { try row(self) }
    }

    /// Runs a statement whose parameters were bound one by one.
    func executeBound() throws {
        defer { reset() }
        try stepToEnd()
    }

    /// True when positioned on a row, false when done.
    private func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw connection.error(code, context: "running \(summary)")
        }
    }

    private func stepToEnd() throws {
        while try step() {}
    }

    private func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// The statement's first line, for error messages.
    private var summary: String {
        let firstLine = sql.split(separator: "\n").first.map(String.init) ?? sql
        return "\"\(firstLine.count > 80 ? firstLine.prefix(80) + "…" : firstLine)\""
    }

    // MARK: Binding

    func bind<each V: SQLBindable>(startingAt first: Int32, _ values: repeat each V) throws {
        var index = first
        for value in repeat each values {
            try value.bind(to: self, at: index)
            index += 1
        }
    }

    func bindInt64(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value), index)
    }

    func bindText(_ value: String, at index: Int32) throws {
        var text = value
        let code = text.withUTF8 { bytes -> Int32 in
            // An empty buffer may have no base address, which SQLite would store as NULL.
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(handle, index, "", 0, cw_sqlite_transient())
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), cw_sqlite_transient())
            }
        }
        try check(code, index)
    }

    func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index), index)
    }

    private func check(_ code: Int32, _ index: Int32) throws {
        guard code == SQLITE_OK else {
            throw connection.error(code, context: "binding parameter \(index) of \(summary)")
        }
    }

    // MARK: Reading columns of the current row

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    func bool(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }

    func optionalBool(_ column: Int32) -> Bool? { isNull(column) ? nil : bool(column) }

    /// The column as text; NULL reads as the empty string.
    func text(_ column: Int32) -> String { optionalText(column) ?? "" }

    func optionalText(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        // SQLite ends every text value with a NUL, and String(cString:) is far cheaper in debug builds
        // than the generic decoder; text that itself holds a NUL takes the exact path.
        if strlen(bytes) == count { return String(cString: bytes) }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// A value the schema should never hold (an unknown code, malformed JSON): reported, not guessed.
    func unreadable(_ column: Int32, _ detail: String) -> StoreError {
        let name = sqlite3_column_name(handle, column).map { String(cString: $0) } ?? "column \(column)"
        return .sqlite(code: SQLITE_MISMATCH, message: "column \(name): \(detail)", context: "reading \(summary)")
    }
}
