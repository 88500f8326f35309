/// Find-anywhere: every case a user may open — in arrears, clear or in credit, in any patch — by
/// reference, payment reference, name, address or postcode. The core decides which cases are searched
/// (the `view_case` permission for each account type, as `CaseViewing` applies it), so no screen can
/// offer a case its user may not read. Built once from the loaded summaries; each keystroke then scans
/// one folded byte buffer, narrowing the last result while the query only grows.
public struct CaseFinder: Sendable {
    /// Positions in the summaries given of the cases the user may view; the folded text's rows follow it.
    private let visible: [Int32]
    private let text: FoldedText
    /// Folded reference, payment reference and postcode without spaces → rows, for exact matches.
    private let exact: [[UInt8]: [Int32]]
    private let everyRow: [Int32]

    /// Refuses (with the core's reason) a user who may view no case at all.
    public init(user: User, summaries: [CaseSummary]) throws {
        try Access.check(user: user, operation: .viewCase, account: nil)
        let viewable = Set(AccountType.allCases.filter { Access.allows(user: user, operation: .viewCase, account: $0) })
        var visible: [Int32] = []
        visible.reserveCapacity(summaries.count)
        for (i, s) in summaries.enumerated() where viewable.contains(s.type) { visible.append(Int32(i)) }
        self.visible = visible
        text = FoldedText(visible.map { CaseFinder.searchable(summaries[Int($0)]) })
        var exact: [[UInt8]: [Int32]] = [:]
        exact.reserveCapacity(visible.count * 3)
        for (row, i) in visible.enumerated() {
            let s = summaries[Int(i)]
            for key in Set([s.ref, s.paymentRef, s.postcode].map(CaseFinder.key)) where !key.isEmpty {
                exact[key, default: []].append(Int32(row))
            }
        }
        self.exact = exact
        everyRow = Array(0..<Int32(visible.count))
    }

    /// How many cases the user may find.
    public var count: Int { visible.count }

    /// One search's answer: the cases matching, best first.
    public struct Found: Sendable {
        public let query: String
        /// Positions in the summaries the finder was built from: exact reference, payment reference or postcode matches first, then
        /// every case whose text holds each word typed, in reference order.
        public let positions: [Int32]
        /// How many of `positions` (at the front) are exact matches.
        public let exactCount: Int
        /// The rows holding every word (exact matches aside), kept to narrow the next keystroke's search.
        fileprivate let containing: [Int32]
        fileprivate let words: [[UInt8]]
    }

    /// The cases matching `query`: each whitespace-separated word must appear somewhere in the case's
    /// reference, payment reference, name, address or postcode, ignoring case and accents. An empty
    /// query finds nothing. Pass the previous answer while the user types on, so a longer query only
    /// looks again at the cases the shorter one found.
    public func find(_ query: String, after previous: Found? = nil) -> Found {
        let words = query.split(whereSeparator: \.isWhitespace).map { FoldedText.fold(String($0)) }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return Found(query: query, positions: [], exactCount: 0, containing: [], words: []) }
        let candidates = previous.flatMap { CaseFinder.narrows($0.words, to: words) ? $0.containing : nil } ?? everyRow
        let containing = text.rows(containingAll: words, among: candidates)
        let exactRows = exact[CaseFinder.key(query)] ?? []
        var positions = exactRows.map { visible[Int($0)] }
        positions.reserveCapacity(exactRows.count + containing.count)
        if exactRows.isEmpty {
            positions += containing.map { visible[Int($0)] }
        } else {
            let skip = Set(exactRows)
            for row in containing where !skip.contains(row) { positions.append(visible[Int(row)]) }
        }
        return Found(query: query, positions: positions, exactCount: exactRows.count, containing: containing, words: words)
    }

    /// Whether every row holding all of `new` also holds all of `old`: each old word lies inside a new
    /// word at the same place (the user typed on, or added a word).
    private static func narrows(_ old: [[UInt8]], to new: [[UInt8]]) -> Bool {
        guard old.count <= new.count else { return false }
        for (o, n) in zip(old, new) where !n.starts(with: o) { return false }
        return true
    }

    private static func searchable(_ s: CaseSummary) -> String {
        "\(s.ref) \(s.paymentRef) \(s.tenantName) \(s.shortAddress) \(s.postcode) \(s.postcode.filter { !$0.isWhitespace })"
    }

    /// A reference or postcode as compared for an exact match: folded, without spaces ("n16 6bb" = "N166BB").
    private static func key(_ text: String) -> [UInt8] {
        FoldedText.fold(text.filter { !$0.isWhitespace })
    }
}
