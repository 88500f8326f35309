/// What identifies one stored summary's state without reading the whole row: the case's version
/// (every saved change bumps it), the date it was classified to, and who holds it (a patch moved to
/// another officer changes that without touching the case). Equal stamps mean an unchanged row.
public struct SummaryStamp: Hashable, Sendable {
    public var ref: String
    public var version: Int
    public var asOf: CivilDate
    public var officer: String?

    public init(ref: String, version: Int, asOf: CivilDate, officer: String?) {
        self.ref = ref; self.version = version; self.asOf = asOf; self.officer = officer
    }

    public init(_ summary: CaseSummary) {
        self.init(ref: summary.ref, version: summary.version, asOf: summary.asOf, officer: summary.officer)
    }
}

extension SQLCaseStore {
    /// Every summary's stamp, in reference order (the order of `summaries()`): a workbench compares
    /// them with what it loaded and reads again only the rows that differ.
    public func summaryStamps() throws -> [SummaryStamp] {
        var stamps: [SummaryStamp] = []
        try connection.statement("SELECT ref, version, as_of, officer FROM case_summaries ORDER BY ref").query { row in
            stamps.append(SummaryStamp(ref: row.text(0), version: row.int(1), asOf: row.date(2), officer: row.optionalText(3)))
        }
        return stamps
    }
}
