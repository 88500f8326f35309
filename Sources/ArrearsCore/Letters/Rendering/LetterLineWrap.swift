/// Breaks letter text into printed lines of the page width with the one word wrap (`WordWrap`),
/// adding the letter's rule: a line never breaks inside a date ("4 June 2026").
enum LetterLineWrap {
    /// The paragraph's lines; runs of spaces print as one, and a blank paragraph prints no line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let lines = WordWrap.lines(text, width: width, keepTogether: keepsDateTogether)
        return lines == [""] ? [] : lines
    }

    /// A form line as written; if data made it too long, wrapped with its continuation indented.
    static func fitted(_ line: String, width: Int) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let hanging = indent + "  "
        let parts = wrap(String(line.dropFirst(indent.count)), width: width - hanging.count)
        return parts.enumerated().map { ($0.offset == 0 ? indent : hanging) + $0.element }
    }

    /// A day and its month, and a month and its year, stay on one line.
    static func keepsDateTogether(_ previous: WordWrap.Word, _ word: WordWrap.Word) -> Bool {
        (isDayNumber(previous) && isMonth(word)) || (isYear(word) && isMonth(previous))
    }

    private static let monthBytes = CivilDate.monthNames.map { Array($0.utf8) }
    private static func isMonth(_ w: WordWrap.Word) -> Bool { monthBytes.contains { $0.elementsEqual(w) } }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isDayNumber(_ w: WordWrap.Word) -> Bool { (1...2).contains(w.count) && w.allSatisfy(isDigit) }
    /// Four digits, perhaps followed by punctuation ("2026," or "2026.").
    private static func isYear(_ w: WordWrap.Word) -> Bool {
        w.count >= 4 && w.prefix(4).allSatisfy(isDigit) && w.dropFirst(4).allSatisfy { ".,;:)".utf8.contains($0) }
    }
}
