extension OutboxMessage.Channel: SQLTextCode {}
extension OutboxMessage.State: SQLTextCode {}

/// The GOV.UK Notify outbox (schema version 5). Each call is its own transaction unless made
/// inside `atomically`, where it joins the caller's.
extension SQLCaseStore: NotifyOutboxStore {
    static let outboxColumns = """
        id, channel, account_ref, reference, recipient, template_id, personalisation, postage, state, notify_id,
        notify_status, status_history, error, attempts, created_at, updated_at, sent_at
        """

    public func addToOutbox(_ messages: [OutboxMessage]) throws -> Int {
        try connection.transaction(immediate: true) {
            let insert = try connection.statement(
                "INSERT INTO notify_outbox (\(Self.outboxColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            let before = connection.totalChanges
            for m in messages {
                try bindOutbox(m, to: insert)
                try insert.executeBound()
            }
            return connection.totalChanges - before
        }
    }

    public func saveOutboxMessage(_ m: OutboxMessage) throws {
        try connection.transaction(immediate: true) {
            let replace = try connection.statement("INSERT INTO notify_outbox (\(Self.outboxColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, account_ref = excluded.account_ref, reference = excluded.reference, recipient = excluded.recipient, template_id = excluded.template_id, personalisation = excluded.personalisation, postage = excluded.postage, state = excluded.state, notify_id = excluded.notify_id, notify_status = excluded.notify_status, status_history = excluded.status_history, error = excluded.error, attempts = excluded.attempts, created_at = excluded.created_at, updated_at = excluded.updated_at, sent_at = excluded.sent_at")
            try bindOutbox(m, to: replace)
            try replace.executeBound()
        }
    }

    public func outboxMessages(in states: Set<OutboxMessage.State>, limit: Int?) throws -> [OutboxMessage] {
        let marks = Array(repeating: "?", count: states.count).joined(separator: ", ")
        let statement = try connection.statement(
            "SELECT \(Self.outboxColumns) FROM notify_outbox WHERE state IN (\(marks)) ORDER BY created_at, id LIMIT ?")
        var index: Int32 = 1
        for state in states.sorted(by: { $0.rawValue < $1.rawValue }) { try statement.bindText(state.rawValue, at: index); index += 1 }
        try statement.bindInt64(Int64(limit ?? Int(Int32.max)), at: index)
        return try readOutbox(statement)
    }

    public func outboxMessages(accountRef: String) throws -> [OutboxMessage] {
        let statement = try connection.statement("SELECT \(Self.outboxColumns) FROM notify_outbox WHERE account_ref = ? ORDER BY created_at, id")
        try statement.bindText(accountRef, at: 1)
        return try readOutbox(statement)
    }

    public func outboxMessage(id: String) throws -> OutboxMessage? {
        let statement = try connection.statement("SELECT \(Self.outboxColumns) FROM notify_outbox WHERE id = ?")
        try statement.bindText(id, at: 1)
        return try readOutbox(statement).first
    }

    public func outboxAcceptedCount(channel: OutboxMessage.Channel, since: Timestamp) throws -> Int {
        var count = 0
        try connection.transaction(immediate: false) {
            try connection.statement("SELECT count(*) FROM notify_outbox WHERE channel = ? AND sent_at >= ?")
                .query(channel, since) { count = Int($0.int64(0)) }
        }
        return count
    }

    public func outboxCounts() throws -> [OutboxMessage.State: Int] {
        var counts: [OutboxMessage.State: Int] = [:]
        try connection.transaction(immediate: false) {
            try connection.statement("SELECT state, count(*) FROM notify_outbox GROUP BY state").query { s in
                counts[try s.code(0, as: OutboxMessage.State.self)] = Int(s.int64(1))
            }
        }
        return counts
    }

    private func bindOutbox(_ m: OutboxMessage, to statement: any SQLStatement) throws {
        let history = m.statusHistory.map { "\($0.at.secondsSinceEpoch) \($0.status)" }
        try statement.bind(startingAt: 1, m.id, m.channel, m.accountRef, m.reference, m.recipient, m.templateId,
                           m.personalisation, m.postage, m.state, m.notifyId, m.notifyStatus, history, m.error,
                           m.attempts, m.createdAt, m.updatedAt, m.sentAt)
    }

    private func readOutbox(_ statement: any SQLStatement) throws -> [OutboxMessage] {
        var out: [OutboxMessage] = []
        try connection.transaction(immediate: false) {
            try statement.queryBound { s in
                let history = (StringListCodec.decode(s.text(11)) ?? []).compactMap { line -> OutboxMessage.StatusChange? in
                    let parts = line.split(separator: " ", maxSplits: 1)
                    guard parts.count == 2, let at = Int64(parts[0]) else { return nil }
                    return OutboxMessage.StatusChange(status: String(parts[1]), at: Timestamp(secondsSinceEpoch: at))
                }
                out.append(OutboxMessage(
                    id: s.text(0), channel: try s.code(1), accountRef: s.text(2), reference: s.text(3), recipient: s.optionalText(4),
                    templateId: s.optionalText(5), personalisation: StringListCodec.decode(s.text(6)) ?? [], postage: s.optionalText(7),
                    state: try s.code(8), notifyId: s.optionalText(9), notifyStatus: s.optionalText(10), statusHistory: history,
                    error: s.optionalText(12), attempts: Int(s.int64(13)), createdAt: s.timestamp(14), updatedAt: s.timestamp(15),
                    sentAt: s.optionalInt64(16).map(Timestamp.init(secondsSinceEpoch:))))
            }
        }
        return out
    }
}
