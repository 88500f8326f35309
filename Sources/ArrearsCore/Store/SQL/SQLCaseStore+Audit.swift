extension AccessOperation: SQLTextCode {}

/// The append-only audit trail (schema version 2).
extension SQLCaseStore {
    static let auditColumns = "id, at, user_login, operation, account_ref, summary, before_json, after_json"

    public func appendAudit(_ record: AuditRecord) throws {
        try connection.transaction(immediate: true) {
            try connection.statement("""
                INSERT INTO audit (at, user_login, operation, account_ref, summary, before_json, after_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(record.at, record.user, record.operation, record.accountRef, record.summary,
                             record.before, record.after)
        }
    }

    /// Newest first. Each filter is optional; the SQL is assembled from fixed fragments (values are
    /// always bound) so that each combination uses its own index.
    public func audit(ref: String?, user: String?, since: Timestamp?, limit: Int?) throws -> [AuditRecord] {
        var conditions: [String] = []
        if ref != nil { conditions.append("account_ref = ?") }
        if user != nil { conditions.append("user_login = ?") }
        if since != nil { conditions.append("at >= ?") }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT \(Self.auditColumns) FROM audit\(whereClause) ORDER BY id DESC" + (limit == nil ? "" : " LIMIT ?")
        let statement = try connection.statement(sql)
        var index: Int32 = 1
        for value in [ref, user].compactMap({ $0 }) {
            try statement.bindText(value, at: index)
            index += 1
        }
        if let since {
            try statement.bindInt64(since.secondsSinceEpoch, at: index)
            index += 1
        }
        if let limit { try statement.bindInt64(Int64(limit), at: index) }
        var records: [AuditRecord] = []
        try connection.transaction(immediate: false) {
            try statement.queryBound { s in
                records.append(AuditRecord(
                    id: s.int64(0), at: s.timestamp(1), user: s.text(2), operation: try s.code(3),
                    accountRef: s.optionalText(4), summary: s.text(5), before: s.optionalText(6),
                    after: s.optionalText(7)))
            }
        }
        return records
    }
}
