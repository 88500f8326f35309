import CPQ

/// Bulk writes through `COPY … FROM STDIN`: the rows stream to the server in large messages instead
/// of one `PQexecPrepared` round trip each, which is what made a row-at-a-time `db copy` into
/// PostgreSQL four times slower than into SQLite.
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
        let started = PQexec(handle, "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN")
        guard let started, PQresultStatus(started) == PGRES_COPY_IN else {
            defer { PQclear(started) }
            try check(started, context: context)
            throw StoreError.postgres(state: "08P01", message: "the server did not start the copy", context: context)
        }
        PQclear(started)
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

    /// Reads the results left after a COPY, so the connection is ready for the next statement.
    private func finishCopy() {
        while let result = PQgetResult(handle) { PQclear(result) }
    }
}
