/// Where values are bound: a prepared statement, or a row of a bulk write (`SQLBulkRows`).
protocol SQLParameterSink: AnyObject {
    func bindInt64(_ value: Int64, at index: Int32) throws
    func bindText(_ value: String, at index: Int32) throws
    func bindNull(at index: Int32) throws
}

extension SQLParameterSink {
    func bind<each V: SQLBindable>(startingAt first: Int32, _ values: repeat each V) throws {
        var index = first
        for value in repeat each values {
            try value.bind(to: self, at: index)
            index += 1
        }
    }
}

/// A prepared statement of either engine. Each engine supplies the primitives (bind one value, step
/// to the next row, read one column); running, binding lists of values and reading domain values are
/// written once, here and in SQLValues.swift, so the two stores cannot drift apart.
///
/// Values are only ever bound, never spliced into SQL text. Every use ends with a reset.
protocol SQLStatement: SQLParameterSink {
    var sql: String { get }

    /// True when positioned on a row, false when done (the first call runs the statement).
    func step() throws -> Bool
    /// Ends the current run and clears the bound values.
    func reset()

    func isNull(_ column: Int32) -> Bool
    func int64(_ column: Int32) -> Int64
    func optionalText(_ column: Int32) -> String?
    func columnName(_ column: Int32) -> String
    /// An error for a value the schema should never hold, in the engine's own error type.
    func readError(_ message: String) -> StoreError
}

extension SQLStatement {
    // MARK: Running

    /// Binds the values to parameters 1, 2, … and runs the statement to completion.
    func execute<each V: SQLBindable>(_ values: repeat each V) throws {
        defer { reset() }
        try bind(startingAt: 1, repeat each values)
        try stepToEnd()
    }

    /// Binds the values and calls `row` once per result row, with the statement positioned on it.
    func query<each V: SQLBindable>(_ values: repeat each V, row: (any SQLStatement) throws -> Void) throws {
        defer { reset() }
        try bind(startingAt: 1, repeat each values)
        while try step() { try row(self) }
    }

    /// The first row mapped through `read`, or nil when there is none.
    func first<T, each V: SQLBindable>(_ values: repeat each V, read: (any SQLStatement) throws -> T) throws -> T? {
        defer { reset() }
        try bind(startingAt: 1, repeat each values)
        return try step() ? read(self) : nil
    }

    /// For callers that bind parameter by parameter (IN lists of varying length).
    func queryBound(row: (any SQLStatement) throws -> Void) throws {
        defer { reset() }
        while try step() { try row(self) }
    }

    /// Runs a statement whose parameters were bound one by one.
    func executeBound() throws {
        defer { reset() }
        try stepToEnd()
    }

    private func stepToEnd() throws {
        while try step() {}
    }

    /// The statement's first line, for error messages.
    var summary: String {
        let firstLine = sql.split(separator: "\n").first.map(String.init) ?? sql
        return "\"\(firstLine.count > 80 ? firstLine.prefix(80) + "…" : firstLine)\""
    }

    // MARK: Reading columns of the current row

    func int(_ column: Int32) -> Int { Int(int64(column)) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    func bool(_ column: Int32) -> Bool { int64(column) != 0 }

    func optionalBool(_ column: Int32) -> Bool? { isNull(column) ? nil : bool(column) }

    /// The column as text; NULL reads as the empty string.
    func text(_ column: Int32) -> String { optionalText(column) ?? "" }

    /// A value the schema should never hold (an unknown code, malformed JSON): reported, not guessed.
    func unreadable(_ column: Int32, _ detail: String) -> StoreError {
        readError("column \(columnName(column)): \(detail)")
    }
}
