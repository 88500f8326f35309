/// A fuzzy match of a query against a title: the characters of the query appear in order.
public struct FuzzyMatch: Hashable, Sendable {
    public var score: Int
    /// Character offsets in the candidate that matched, for highlighting.
    public var positions: [Int]
}

/// Subsequence matching with the usual bonuses (fzf, Sublime's palette): matches at the start of a
/// word and runs of consecutive matches score higher, gaps cost a little. Case-insensitive.
public enum FuzzyMatcher {
    static let matchScore = 16
    static let wordStartBonus = 12
    static let consecutiveBonus = 8
    static let firstCharacterBonus = 6
    static let gapPenalty = 1

    public static func match(_ query: String, in candidate: String) -> FuzzyMatch? {
        let q = Array(query.lowercased().filter { !$0.isWhitespace })
        let c = Array(candidate)
        let lower = c.map { Character($0.lowercased()) }
        if q.isEmpty { return FuzzyMatch(score: 0, positions: []) }
        if q.count > c.count { return nil }

        // best[i][j]: best score with q[0...i] matched and q[i] at candidate position j. A gap between
        // matches costs `gapPenalty` per skipped character, so the running maximum of
        // best[i-1][k] + gapPenalty * k over k ≤ j-2 gives the best non-adjacent predecessor in O(1).
        let none = Int.min / 4
        var best = Array(repeating: Array(repeating: none, count: c.count), count: q.count)
        var from = Array(repeating: Array(repeating: -1, count: c.count), count: q.count)
        for i in 0..<q.count {
            var running = none
            var runningFrom = -1
            for j in 0..<c.count {
                if i > 0, j >= 2, best[i - 1][j - 2] > none, best[i - 1][j - 2] + gapPenalty * (j - 2) > running {
                    running = best[i - 1][j - 2] + gapPenalty * (j - 2)
                    runningFrom = j - 2
                }
                guard lower[j] == q[i] else { continue }
                let bonus = matchScore + (isWordStart(c, j) ? wordStartBonus : 0) + (j == 0 ? firstCharacterBonus : 0)
                if i == 0 {
                    best[i][j] = bonus - gapPenalty * j
                    continue
                }
                var score = none
                if runningFrom >= 0 {
                    score = running - gapPenalty * (j - 1)
                    from[i][j] = runningFrom
                }
                if j >= 1, best[i - 1][j - 1] > none, best[i - 1][j - 1] + consecutiveBonus >= score {
                    score = best[i - 1][j - 1] + consecutiveBonus
                    from[i][j] = j - 1
                }
                if score > none { best[i][j] = score + bonus }
            }
        }
        guard let end = (0..<c.count).max(by: { best[q.count - 1][$0] < best[q.count - 1][$1] }),
              best[q.count - 1][end] > none else { return nil }
        var positions = [end]
        var j = end
        for i in stride(from: q.count - 1, to: 0, by: -1) {
            j = from[i][j]
            positions.append(j)
        }
        return FuzzyMatch(score: best[q.count - 1][end], positions: positions.reversed())
    }

    private static func isWordStart(_ c: [Character], _ j: Int) -> Bool {
        j == 0 || !c[j - 1].isLetter && !c[j - 1].isNumber || (c[j].isUppercase && c[j - 1].isLowercase)
    }

    /// Candidates that match, best first; ties keep the candidates' order.
    public static func rank<T>(_ query: String, _ items: [T], title: (T) -> String) -> [(item: T, match: FuzzyMatch)] {
        var scored: [(offset: Int, item: T, match: FuzzyMatch)] = []
        for (offset, item) in items.enumerated() {
            if let m = match(query, in: title(item)) { scored.append((offset, item, m)) }
        }
        scored.sort { ($0.match.score, -$0.offset) > ($1.match.score, -$1.offset) }
        return scored.map { ($0.item, $0.match) }
    }
}
