import Foundation

/// `arrears db check`: the engine's own integrity checks (SQLite's `integrity_check` and
/// `foreign_key_check`; PostgreSQL's unvalidated constraints), and every append-only trigger the
/// migrations define still present, so nobody has quietly made the diary or the audit trail editable.
public enum DatabaseCheck {
    /// Problems found, one line each; empty when the database is sound.
    public static func problems(in store: SQLCaseStore) throws -> [String] {
        var problems = try store.connection.integrityProblems()
        let present = try store.connection.triggerNames()
        let statements = StoreSchema.migrations.flatMap { store is PostgresCaseStore ? $0.postgresStatements : $0.statements }
        for trigger in triggerNames(in: statements) where !present.contains(trigger) {
            problems.append("the append-only trigger \(trigger) is missing: the table it guards can be changed")
        }
        return problems
    }

    private static let triggerPattern = try! NSRegularExpression(pattern: #"CREATE TRIGGER (\w+)"#)

    static func triggerNames(in statements: [String]) -> [String] {
        statements.compactMap { statement in
            let range = NSRange(statement.startIndex..., in: statement)
            guard let match = triggerPattern.firstMatch(in: statement, range: range) else { return nil }
            return String(statement[Range(match.range(at: 1), in: statement)!])
        }
    }
}
