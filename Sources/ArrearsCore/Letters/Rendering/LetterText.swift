/// Small text checks used for every letter, kept off Foundation's slower trimming.
enum LetterText {
    static func isBlank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { NotifyText.isPythonSpace($0.value) }
    }

    /// Whitespace off both ends.
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !NotifyText.isPythonSpace($0.value) }),
              let last = scalars.lastIndex(where: { !NotifyText.isPythonSpace($0.value) }) else { return "" }
        return String(scalars[first...last])
    }

    /// A run of spaces, from a table: `String(repeating:count:)` is slow when called for every
    /// line of 20,000 letters.
    static func spaces(_ n: Int) -> String {
        n <= 0 ? "" : n < spaceRuns.count ? spaceRuns[n] : String(repeating: " ", count: n)
    }

    private static let spaceRuns: [String] = (0...80).map { String(repeating: " ", count: $0) }
}
