import CSQLite
import Foundation

/// A prepared statement owned by one `SQLiteConnection`. Every use ends with a reset, so a cached
/// statement never holds a read lock open.
final class SQLiteStatement: SQLStatement {
    let handle: OpaquePointer
    let sql: String
    private unowned let connection: SQLiteConnection

    init(handle: OpaquePointer, sql: String, connection: SQLiteConnection) {
        self.handle = handle; self.sql = sql; self.connection = connection
    }

    func finalize() { sqlite3_finalize(handle) }

    // MARK: Stepping

    /// True when positioned on a row, false when done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw connection.error(code, context: "running \(summary)")
        }
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Binding

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

    func optionalText(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        // SQLite ends every text value with a NUL, and String(cString:) is far cheaper in debug builds
        // than the generic decoder; text that itself holds a NUL takes the exact path.
        if strlen(bytes) == count { return String(cString: bytes) }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func columnName(_ column: Int32) -> String {
        sqlite3_column_name(handle, column).map { String(cString: $0) } ?? "column \(column)"
    }

    func readError(_ message: String) -> StoreError {
        .sqlite(code: SQLITE_MISMATCH, message: message, context: "reading \(summary)")
    }
}
