import CPQ
import Foundation

/// A statement prepared on one `PGConnection`. Parameters travel as text (PostgreSQL parses them as
/// the column's type); the whole result arrives when the statement runs, and `step` walks its rows.
final class PGStatement: SQLStatement {
    let name: String
    let sql: String
    private unowned let connection: PGConnection
    private var parameters: [String?]
    private var result: OpaquePointer?
    private var row: Int32 = -1

    init(name: String, sql: String, parameterCount: Int, connection: PGConnection) {
        self.name = name; self.sql = sql; self.connection = connection
        parameters = Array(repeating: nil, count: parameterCount)
    }

    deinit { if let result { PQclear(result) } }

    // MARK: Binding

    func bindInt64(_ value: Int64, at index: Int32) throws { try set(String(value), at: index) }

    func bindText(_ value: String, at index: Int32) throws {
        try Self.refuseNul(value, context: "binding parameter \(index) of \(summary)")
        try set(value, at: index)
    }

    /// PostgreSQL text cannot hold the NUL character; refused with a clear message rather than cut short.
    static func refuseNul(_ value: String, context: @autoclosure () -> String) throws {
        if value.utf8.contains(0) {
            throw StoreError.postgres(state: "22021", message: "text holding a NUL character cannot be stored in PostgreSQL",
                                      context: context())
        }
    }

    func bindNull(at index: Int32) throws { try set(nil, at: index) }

    private func set(_ value: String?, at index: Int32) throws {
        guard index >= 1, Int(index) <= parameters.count else {
            throw StoreError.postgres(state: "08P01", message: "no parameter \(index)", context: "binding \(summary)")
        }
        parameters[Int(index) - 1] = value
    }

    // MARK: Stepping

    func step() throws -> Bool {
        if result == nil {
            result = try connection.run(self, parameters)
            row = -1
        }
        row += 1
        return row < PQntuples(result)
    }

    func reset() {
        if let result { PQclear(result) }
        result = nil
        row = -1
        for index in parameters.indices { parameters[index] = nil }
    }

    // MARK: Reading

    func isNull(_ column: Int32) -> Bool { PQgetisnull(result, row, column) == 1 }

    func int64(_ column: Int32) -> Int64 {
        guard let value = PQgetvalue(result, row, column) else { return 0 }
        return strtoll(value, nil, 10)
    }

    func optionalText(_ column: Int32) -> String? {
        if isNull(column) { return nil }
        return PQgetvalue(result, row, column).map { String(cString: $0) }
    }

    func columnName(_ column: Int32) -> String {
        PQfname(result, column).map { String(cString: $0) } ?? "column \(column)"
    }

    func readError(_ message: String) -> StoreError {
        .postgres(state: "22000", message: message, context: "reading \(summary)")
    }
}
