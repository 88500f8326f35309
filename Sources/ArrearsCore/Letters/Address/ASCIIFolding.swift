/// Notify's `SanitiseASCII`, used to fold accents when matching country names: a character is
/// kept if it is printable ASCII; otherwise it becomes the first code point of its canonical
/// (one-level) Unicode decomposition when that is printable ASCII (é → e, but ǘ → ? because its
/// decomposition starts with ü), or a fixed replacement (dashes, curly quotes, zero-width
/// characters); anything else cannot be folded.
///
/// The table was generated from Unicode 14 decomposition data with the same rule; it lists every
/// non-ASCII code point that folds. Characters whose decomposition starts beyond U+FFFF make
/// Notify's own code raise an error; they are treated here as unfoldable.
enum ASCIIFolding {
    /// Runs of consecutive code points, each folding to one ASCII character.
    private static let runs: [(start: UInt32, folded: String)] = [
        (0x0009, " "),
        (0x00A0, " "),
        (0x00C0, "AAAAAA"),
        (0x00C7, "CEEEEIIII"),
        (0x00D1, "NOOOOO"),
        (0x00D9, "UUUUY"),
        (0x00E0, "aaaaaa"),
        (0x00E7, "ceeeeiiii"),
        (0x00F1, "nooooo"),
        (0x00F9, "uuuuy"),
        (0x00FF, "yAaAaAaCcCcCcCcDd"),
        (0x0112, "EeEeEeEeEeGgGgGgGgHh"),
        (0x0128, "IiIiIiIiI"),
        (0x0134, "JjKk"),
        (0x0139, "LlLlLl"),
        (0x0141, "LlNnNnNn"),
        (0x014C, "OoOoOo"),
        (0x0154, "RrRrRrSsSsSsSsTtTt"),
        (0x0168, "UuUuUuUuUuUuWwYyYZzZzZz"),
        (0x01A0, "Oo"),
        (0x01AF, "Uu"),
        (0x01CD, "AaIiOoUu"),
        (0x01E6, "GgKkOo"),
        (0x01F0, "j"),
        (0x01F4, "Gg"),
        (0x01F8, "Nn"),
        (0x0200, "AaAaEeEeIiIiOoOoRrRrUuUuSsTt"),
        (0x021E, "Hh"),
        (0x0226, "AaEe"),
        (0x022E, "Oo"),
        (0x0232, "Yy"),
        (0x037E, ";"),
        (0x1E00, "AaBbBbBb"),
        (0x1E0A, "DdDdDdDdDd"),
        (0x1E18, "EeEe"),
        (0x1E1E, "FfGgHhHhHhHhHhIi"),
        (0x1E30, "KkKkKkLl"),
        (0x1E3A, "LlLlMmMmMmNnNnNnNn"),
        (0x1E54, "PpPpRrRr"),
        (0x1E5E, "RrSsSs"),
        (0x1E6A, "TtTtTtTtUuUuUu"),
        (0x1E7C, "VvVvWwWwWwWwWwXxXxYyZzZzZzhtwy"),
        (0x1EA0, "AaAa"),
        (0x1EB8, "EeEeEe"),
        (0x1EC8, "IiIiOoOo"),
        (0x1EE4, "UuUu"),
        (0x1EF2, "YyYyYyYy"),
        (0x1FEF, "`"),
        (0x2011, "-"),
        (0x2013, "--"),
        (0x2018, "'''"),
        (0x201C, "\"\"\""),
        (0x202F, " "),
        (0x212A, "K"),
        (0x2212, "-"),
        (0x2260, "="),
        (0x226E, "<>"),
    ]

    /// Code points that fold to nothing or to several characters.
    private static let others: [(UInt32, String)] = [
        (0x180E, ""),
        (0x200B, ""),
        (0x200C, ""),
        (0x200D, ""),
        (0x2026, "..."),
        (0x2028, ""),
        (0x2029, ""),
        (0x2060, ""),
        (0xFEFF, ""),
    ]

    private static let table: [UInt32: String] = {
        var t: [UInt32: String] = [:]
        for run in runs {
            for (offset, ch) in run.folded.unicodeScalars.enumerated() {
                t[run.start + UInt32(offset)] = String(ch)
            }
        }
        for (code, folded) in others { t[code] = folded }
        return t
    }()

    /// The folded text, or nil when some character cannot be folded (Notify then uses the
    /// unfolded text). A literal `?` also counts as unfoldable, exactly as in Notify, which
    /// looks for `?` in the folded result.
    static func fold(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x20 && s.value <= 0x7E {
                if s == "?" { return nil }
                out.append(s)
            } else if let folded = table[s.value] {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                return nil
            }
        }
        return String(out)
    }
}
