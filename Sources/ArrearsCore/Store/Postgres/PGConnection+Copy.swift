import CPQ

/// Bulk writes through `COPY … FROM STDIN`: the rows stream to the server in large messages instead
/// of one `PQexecPrepared` round trip each, which is what made a row-at-a-time `db copy` into
/// PostgreSQL four times slower than into SQLite. Bulk reads through `COPY … TO STDOUT`: a prepared
/// statement's result arrives whole, which for a table of 15 million rows would not fit in memory.
extension PGConnection {
    func bulkWrite(into table: String, columns: [String], upsertKey: String?,
                   _ produce: (any SQLBulkRows) throws -> Void) throws {
        guard let upsertKey else {
            totalChanges += try copy(into: table, columns: columns, produce)
            return
        }
        // COPY cannot replace rows: the rows land in a temporary table of the same shape (private to
        // this connection, emptied at commit), and one INSERT … ON CONFLICT moves them across.
        let staging = "pg_temp.arrears_incoming_\(table)"
        try execute("CREATE TEMP TABLE IF NOT EXISTS arrears_incoming_\(table) (LIKE \(table)) ON COMMIT DELETE ROWS")
        _ = try copy(into: staging, columns: columns, produce)
        let list = columns.joined(separator: ", ")
        try execute("INSERT INTO \(table) (\(list)) SELECT \(list) FROM \(staging)"
                    + BulkSQL.upsertClause(columns: columns, key: upsertKey))
        try execute("TRUNCATE \(staging)")
    }

    /// Streams the rows `produce` adds; returns how many. A failure on either side (a row the caller
    /// cannot produce, a row the server refuses) ends the COPY with nothing written.
    private func copy(into table: String, columns: [String], _ produce: (any SQLBulkRows) throws -> Void) throws -> Int {
        let context = "copying rows into \(table)"
        try startCopy("COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN", PGRES_COPY_IN, context: context)
        let rows = PGCopyRows(width: columns.count) { bytes in
            let sent = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(self.handle, $0.baseAddress, Int32($0.count)) }
            }
            if sent != 1 { throw self.connectionError(context: context) }
        }
        do {
            try produce(rows)
            try rows.flush()
        } catch {
            // The server discards everything this COPY received; the caller's transaction rolls back.
            PQputCopyEnd(handle, "abandoned by arrears")
            finishCopy()
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw connectionError(context: context) }
        let finished = PQgetResult(handle)
        defer {
            PQclear(finished)
            finishCopy()
        }
        try check(finished, context: context)
        return rows.rows
    }

    /// Streams the table out one row at a time (libpq hands over each row as it arrives). When `row`
    /// throws, the server is asked to stop and what it already sent is read and dropped, so the
    /// connection is ready for the caller's rollback.
    func streamRows(of table: String, columns: [String], _ row: ([String?]) throws -> Void) throws {
        let context = "copying rows out of \(table)"
        try startCopy("COPY \(table) (\(columns.joined(separator: ", "))) TO STDOUT", PGRES_COPY_OUT, context: context)
        var failure: (any Error)?
        while true {
            var line: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(handle, &line, 0)
            guard length >= 0, let line else { break }
            defer { PQfreemem(line) }
            guard failure == nil else { continue }
            do {
                let bytes = UnsafeRawBufferPointer(start: line, count: Int(length)).bindMemory(to: UInt8.self)
                try row(PGCopyRows.fields(of: bytes, width: columns.count, context: context))
            } catch {
                failure = error
                cancelRunningStatement()
            }
        }
        let finished = PQgetResult(handle)
        defer {
            PQclear(finished)
            finishCopy()
        }
        if let failure { throw failure }
        try check(finished, context: context)
    }

    /// Asks the server to stop the statement this connection is running (it answers with an error).
    private func cancelRunningStatement() {
        guard let cancel = PQgetCancel(handle) else { return }
        var message = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &message, Int32(message.count))
        PQfreeCancel(cancel)
    }

    /// Sends a COPY statement and checks the server is now in the copy state `expected` (in or out).
    private func startCopy(_ sql: String, _ expected: ExecStatusType, context: String) throws {
        let started = PQexec(handle, sql)
        defer { PQclear(started) }
        guard let started, PQresultStatus(started) == expected else {
            try check(started, context: context)
            throw StoreError.postgres(state: "08P01", message: "the server did not start the copy", context: context)
        }
    }

    /// Reads the results left after a COPY, so the connection is ready for the next statement.
    private func finishCopy() {
        while let result = PQgetResult(handle) { PQclear(result) }
    }
}
