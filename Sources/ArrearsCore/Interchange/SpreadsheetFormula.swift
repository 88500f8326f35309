/// Text cells that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1+cmd|…`, `@SUM(…)`) are
/// written with a leading apostrophe, as OWASP's advice on CSV injection says: a value starting with
/// `=`, `+`, `-`, `@`, tab or CR. Only text columns are touched; amounts (`-12.50`) stay numbers.
/// Import removes the apostrophe again, so export → import gives back exactly what was exported. To
/// keep that exact for text that itself begins with apostrophes before such a character (`'=x`), the
/// rule looks past leading apostrophes: one more is added on export and one taken off on import.
public enum SpreadsheetFormula {
    static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]
    static let apostrophe = UInt8(ascii: "'")

    /// True when a spreadsheet could read the text (after any leading apostrophes) as a formula.
    static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != apostrophe }) else { return false }
        return triggers.contains(first)
    }

    /// The text as written into a CSV cell.
    public static func neutralised(_ text: String) -> String {
        startsLikeFormula(text) ? "'" + text : text
    }

    /// The value a neutralised cell stands for (other text is returned as it is).
    public static func restored(_ text: String) -> String {
        guard text.utf8.first == apostrophe, startsLikeFormula(text) else { return text }
        return String(text.dropFirst())
    }
}
