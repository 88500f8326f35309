/// One row of the audit trail: who did what, when, to which case, and the facts before and after.
///
/// `before` and `after` are small JSON objects of references, codes, dates and amounts — never
/// names, addresses or free-text comments, which stay in the case itself (docs/permissions.md).
public struct AuditRecord: Hashable, Sendable, Codable {
    /// Assigned by the store when the row is appended; nil on a record not yet stored.
    public var id: Int64?
    public var at: Timestamp
    public var user: String
    public var operation: AccessOperation
    public var accountRef: String?
    public var summary: String
    public var before: String?
    public var after: String?

    public init(id: Int64? = nil, at: Timestamp, user: String, operation: AccessOperation, accountRef: String?,
                summary: String, before: String?, after: String?) {
        self.id = id; self.at = at; self.user = user; self.operation = operation; self.accountRef = accountRef
        self.summary = summary; self.before = before; self.after = after
    }
}
