/// Breaks text into printed lines of the page width. Works on UTF-8 bytes, because it runs for
/// every paragraph of every letter in a 20,000-letter run.
enum LetterLineWrap {
    /// Greedy word wrap that never breaks inside a date ("4 June 2026"); a word longer than the
    /// line is split. Runs of spaces count as one.
    static func wrap(_ text: String, width: Int) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var line: [UInt8] = []
            line.reserveCapacity(width * 2)
            var lineColumns = 0
            func finishLine() {
                if lineColumns > 0 { lines.append(String(decoding: line, as: UTF8.self)) }
                line.removeAll(keepingCapacity: true); lineColumns = 0
            }
            for unit in unbreakableUnits(bytes) {
                if unit.columns > width {
                    finishLine()
                    var unitBytes: [UInt8] = []
                    unit.append(to: &unitBytes, from: bytes)
                    var rest = Substring(String(decoding: unitBytes, as: UTF8.self))
                    while TextColumns.count(rest) > width { lines.append(String(rest.prefix(width))); rest = rest.dropFirst(width) }
                    line = Array(rest.utf8); lineColumns = TextColumns.count(rest)
                    continue
                }
                if lineColumns > 0 && lineColumns + 1 + unit.columns > width { finishLine() }
                if lineColumns > 0 { line.append(UInt8(ascii: " ")); lineColumns += 1 }
                unit.append(to: &line, from: bytes)
                lineColumns += unit.columns
            }
            finishLine()
            return lines
        }
    }

    /// A form line as written; if data made it too long, wrapped with its continuation indented.
    static func fitted(_ line: String, width: Int) -> [String] {
        guard TextColumns.count(Substring(line)) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let hanging = indent + "  "
        let parts = wrap(String(line.dropFirst(indent.count)), width: width - hanging.count)
        return parts.enumerated().map { ($0.offset == 0 ? indent : hanging) + $0.element }
    }

    /// A word, or words joined where a line must not break (a day and its month, a month and its
    /// year), as a byte range of the text. `columns` counts one space between joined words.
    struct Unit {
        var start: Int
        var end: Int
        var columns: Int
        var joined: Bool

        /// Appends the unit's bytes, printing any run of spaces inside a joined unit as one.
        func append(to line: inout [UInt8], from text: UnsafeBufferPointer<UInt8>) {
            guard joined else { line.append(contentsOf: text[start..<end]); return }
            for i in start..<end where !(text[i] == UInt8(ascii: " ") && text[i - 1] == UInt8(ascii: " ")) {
                line.append(text[i])
            }
        }
    }

    static func unbreakableUnits(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unit] {
        var units: [Unit] = []
        var previous = 0..<0
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: " ") { i += 1; continue }
            var end = i
            var ascii = true
            while end < bytes.count && bytes[end] != UInt8(ascii: " ") { if bytes[end] >= 0x80 { ascii = false }; end += 1 }
            let word = bytes[i..<end]
            let columns = ascii ? word.count : TextColumns.count(Substring(String(decoding: word, as: UTF8.self)))
            let last = bytes[previous]
            if !units.isEmpty, (isDayNumber(last) && isMonth(word)) || (isYear(word) && isMonth(last)) {
                units[units.count - 1].end = end
                units[units.count - 1].columns += 1 + columns
                units[units.count - 1].joined = true
            } else {
                units.append(Unit(start: i, end: end, columns: columns, joined: false))
            }
            previous = i..<end
            i = end
        }
        return units
    }

    private static let monthBytes = CivilDate.monthNames.map { Array($0.utf8) }
    private static func isMonth(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { monthBytes.contains { $0.elementsEqual(w) } }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isDayNumber(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { (1...2).contains(w.count) && w.allSatisfy(isDigit) }
    /// Four digits, perhaps followed by punctuation ("2026," or "2026.").
    private static func isYear(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        w.count >= 4 && w.prefix(4).allSatisfy(isDigit) && w.dropFirst(4).allSatisfy { ".,;:)".utf8.contains($0) }
    }
}

/// Columns a piece of text takes in the monospaced layout: one per character, found cheaply.
enum TextColumns {
    static func count(_ s: Substring) -> Int {
        var ascii = true
        for byte in s.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii { return s.utf8.count }
        var n = 0
        // Nothing below U+0300 (where combining marks start) is zero-width: skip the lookup.
        for scalar in s.unicodeScalars where scalar.value < 0x300 || !isZeroWidth(scalar) { n += 1 }
        return n
    }

    /// Combining marks, joiners and variation selectors add no column of their own.
    private static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value)
        }
    }
}
