import Foundation

/// Many short texts folded (lower case, accents removed: "zoe" finds Zoë) into one byte buffer, so that
/// a search keystroke over 100,000 cases is a scan of bytes rather than 100,000 string comparisons.
/// The worklist's `/` search and the find-anywhere index (`CaseFinder`) both keep one.
public struct FoldedText: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]

    public init(_ texts: [String]) {
        bytes.reserveCapacity(texts.count * 48)
        starts.reserveCapacity(texts.count + 1)
        for t in texts {
            bytes += FoldedText.fold(t)
            starts.append(bytes.count)
        }
    }

    public var count: Int { starts.count - 1 }

    /// ASCII text is only lower-cased (the common case, and cheap); anything else goes through
    /// Foundation's folding.
    public static func fold(_ s: String) -> [UInt8] {
        let utf8 = Array(s.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        }
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return Array(folded.lowercased().utf8)
    }

    /// Whether text `row` contains `needle` (already folded).
    public func contains(_ needle: [UInt8], row: Int) -> Bool {
        bytes.withUnsafeBufferPointer { FoldedText.contains(needle, in: $0, from: starts[row], to: starts[row + 1]) }
    }

    /// The rows among `candidates` (in their order) whose text contains every needle. One pass over the
    /// bytes without bounds checks: this is the per-keystroke cost of a search over every case.
    public func rows(containingAll needles: [[UInt8]], among candidates: [Int32]) -> [Int32] {
        let needles = needles.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        guard !needles.isEmpty else { return candidates }
        var found: [Int32] = []
        bytes.withUnsafeBufferPointer { text in
            starts.withUnsafeBufferPointer { starts in
                for row in candidates {
                    let (from, to) = (starts[Int(row)], starts[Int(row) + 1])
                    if needles.allSatisfy({ FoldedText.contains($0, in: text, from: from, to: to) }) { found.append(row) }
                }
            }
        }
        return found
    }

    /// The rows among `candidates` (in their order) whose folded bytes satisfy `test`.
    public func rows(among candidates: [Int32], where test: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> [Int32] {
        var found: [Int32] = []
        bytes.withUnsafeBufferPointer { text in
            for row in candidates where test(text[starts[Int(row)]..<starts[Int(row) + 1]]) { found.append(row) }
        }
        return found
    }

    private static func contains(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard let first = needle.first else { return false }
        let n = needle.count
        let end = to - n
        var i = from
        return needle.withUnsafeBufferPointer { needle in
            while i <= end {
                if text[i] == first {
                    var j = 1
                    while j < n && text[i + j] == needle[j] { j += 1 }
                    if j == n { return true }
                }
                i += 1
            }
            return false
        }
    }
}
