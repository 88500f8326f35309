/// Find-anywhere: every case a user may open — in arrears, clear or in credit, in any patch — by
/// reference, payment reference, name, address or postcode. The core decides which cases are searched
/// (the `view_case` permission for each account type, as `CaseViewing` applies it), so no screen can
/// offer a case its user may not read. Each keystroke scans one folded byte buffer — the same one the
/// worklist's `/` searches, so the workbench folds every case's text once — narrowing the last answer
/// while the query only grows.
public struct CaseFinder: Sendable {
    /// Positions of the cases the user may view, in the order given (reference order).
    private let visible: [Int32]
    /// `searchableText` of every summary given, folded.
    private let text: FoldedText

    /// The text a case is found by: reference, payment reference, name, address, postcode, and last the
    /// postcode without its space (so "N166BB" finds "N16 6BB"). The first two and the last are the
    /// words an exact match compares.
    public static func searchableText(_ s: CaseSummary) -> String {
        "\(s.ref) \(s.paymentRef) \(s.tenantName) \(s.shortAddress) \(s.postcode) \(s.postcode.filter { !$0.isWhitespace })"
    }

    /// Over `summaries`, whose `searchableText` is already folded in `text` (row for row). Refuses (with
    /// the core's reason) a user who may view no case at all.
    public init(user: User, summaries: [CaseSummary], text: FoldedText) throws {
        precondition(text.count == summaries.count, "the folded text must hold one row per summary")
        try Access.check(user: user, operation: .viewCase, account: nil)
        var viewable = Array(repeating: false, count: AccountType.allCases.count)
        for (i, type) in AccountType.allCases.enumerated() { viewable[i] = Access.allows(user: user, operation: .viewCase, account: type) }
        let typeIndex = Dictionary(uniqueKeysWithValues: AccountType.allCases.enumerated().map { ($1, $0) })
        var visible: [Int32] = []
        visible.reserveCapacity(summaries.count)
        for (i, s) in summaries.enumerated() where viewable[typeIndex[s.type]!] { visible.append(Int32(i)) }
        self.visible = visible
        self.text = text
    }

    /// Folds the summaries' text itself (for a caller without it at hand).
    public init(user: User, summaries: [CaseSummary]) throws {
        try self.init(user: user, summaries: summaries, text: FoldedText(summaries.map(CaseFinder.searchableText)))
    }

    /// How many cases the user may find.
    public var count: Int { visible.count }

    /// One search's answer: the cases matching, best first.
    public struct Found: Sendable {
        public let query: String
        /// Positions in the summaries the finder was built from: exact reference, payment reference or
        /// postcode matches first, then every case whose text holds each word typed, in reference order.
        public let positions: [Int32]
        /// How many of `positions` (at the front) are exact matches.
        public let exactCount: Int
        /// Every position holding all the words, in reference order, to narrow the next keystroke's search.
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
        let candidates = previous.flatMap { CaseFinder.narrows($0.words, to: words) ? $0.containing : nil } ?? visible
        let containing = text.rows(containingAll: words, among: candidates)
        // A reference or postcode typed whole, spaces aside, is an exact match. Every exact match holds the
        // query's words, since its text ends with the postcode both with and without its space.
        let key = words.flatMap { $0 }
        let exact = text.rows(among: containing) { CaseFinder.isExact(key, row: $0) }
        guard !exact.isEmpty else { return Found(query: query, positions: containing, exactCount: 0, containing: containing, words: words) }
        let exactSet = Set(exact)
        let positions = exact + containing.filter { !exactSet.contains($0) }
        return Found(query: query, positions: positions, exactCount: exact.count, containing: containing, words: words)
    }

    /// Whether the row's first word (reference), second (payment reference) or last (postcode without its
    /// space) is `key`.
    private static func isExact(_ key: [UInt8], row: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let space = UInt8(ascii: " ")
        guard let first = row.firstIndex(of: space), let last = row.lastIndex(of: space) else { return false }
        if row[row.startIndex..<first].elementsEqual(key) || row[(last + 1)...].elementsEqual(key) { return true }
        let second = row[(first + 1)...].firstIndex(of: space) ?? row.endIndex
        return row[(first + 1)..<second].elementsEqual(key)
    }

    /// Whether every row holding all of `new` also holds all of `old`: each old word lies inside a new
    /// word at the same place (the user typed on, or added a word).
    private static func narrows(_ old: [[UInt8]], to new: [[UInt8]]) -> Bool {
        guard old.count <= new.count else { return false }
        for (o, n) in zip(old, new) where !n.starts(with: o) { return false }
        return true
    }
}
