extension ClassifySnapshot {
    /// Adds another batch's counts to these (same date): a run counts batch by batch.
    public mutating func merge(_ other: ClassifySnapshot) {
        counts.merge(other.counts, uniquingKeysWith: +)
        arrears.merge(other.arrears, uniquingKeysWith: +)
    }
}

extension ClassifyReport {
    /// A report from counts gathered as a run went, without its rows.
    public init(snapshot: ClassifySnapshot, total: Int, conflicts: Int) {
        asOf = snapshot.asOf
        self.total = total
        self.conflicts = conflicts
        self.snapshot = snapshot
    }
}
