/// One of GOV.UK Notify's postal address rules, with the plain words a caseworker sees.
public enum AddressRule: String, Hashable, Sendable, CaseIterable {
    case tooFewLines
    case tooManyLines
    case lastLineNotPostcodeOrCountry
    case internationalNotAllowed
    case forbiddenFirstCharacter
    case noFixedAbode
    case firstTwoLinesNeedLetterOrDigit
    case bfpoWithCountry

    public var message: String {
        switch self {
        case .tooFewLines: return "The address needs at least 3 lines"
        case .tooManyLines: return "The address can have at most 7 lines"
        case .lastLineNotPostcodeOrCountry: return "The last line must be a real UK postcode or a country"
        case .internationalNotAllowed: return "Letters to addresses outside the UK are not allowed"
        case .forbiddenFirstCharacter: return "Address lines cannot start with @ ( ) = [ ] \" \\ / , < > ~"
        case .noFixedAbode: return "Letters cannot be sent to 'no fixed abode'"
        case .firstTwoLinesNeedLetterOrDigit: return "The first two lines must contain a letter or a number"
        case .bfpoWithCountry: return "A BFPO address cannot also name a country"
        }
    }
}

/// GOV.UK Notify's verdict on one postal address, and the address as Notify will print it.
public struct AddressCheck: Hashable, Sendable {
    /// The lines Notify prints: normalised, postcode formatted, BFPO and country lines in place.
    public var normalisedLines: [String]
    /// The rules the address breaks, in the order a caseworker should fix them. Empty when valid.
    public var failedRules: [AddressRule]
    public var postageZone: PostageZone
    /// Set when the address names a country other than the United Kingdom.
    public var country: NotifyCountry?
    /// The British Forces Post Office number, as printed (`BFPO 105`).
    public var bfpoNumber: String?
    /// The formatted UK postcode, when the last line is one.
    public var postcode: String?

    public var isValid: Bool { failedRules.isEmpty }
    public var isInternational: Bool { postageZone != .unitedKingdom }
    public var isBFPO: Bool { bfpoNumber != nil }
    /// Plain-words problems, one per broken rule.
    public var problems: [String] { failedRules.map(\.message) }
}

/// GOV.UK Notify's postal address rules (notifications-utils `PostalAddress`), step for step,
/// so that no caseworker learns about a bad address from a rejected letter.
public enum NotifyAddress {
    public static let minLines = 3
    public static let maxLines = 7
    static let forbiddenFirstCharacters: Set<Unicode.Scalar> = ["@", "(", ")", "=", "[", "]", "\"", "\\", "/", ",", "<", ">", "~"]

    /// Checks address lines (each may itself contain line breaks, as pasted text does).
    /// `allowInternational` mirrors Notify's per-service permission to post abroad.
    public static func check(_ lines: [String], allowInternational: Bool = true) -> AddressCheck {
        check(text: lines.joined(separator: "\n"), allowInternational: allowInternational)
    }

    public static func check(text raw: String, allowInternational: Bool = true) -> AddressCheck {
        let lines = normalisedLines(raw)
        let (bfpo, withoutBFPO) = extractBFPO(lines)
        let countries = NotifyCountries.shared

        var remaining = withoutBFPO
        var country: NotifyCountry?
        if let last = withoutBFPO.last, let named = countries.country(named: last) {
            // Notify's quirk: it counts every line naming the UK from the bottom up (passing over
            // lines that are not countries) and removes that many lines from the end, at least one.
            let drop = max(trailingUKCount(withoutBFPO, countries), 1)
            remaining = Array(withoutBFPO.dropLast(min(drop, withoutBFPO.count)))
            country = named
        }
        let zone = country?.zone ?? .unitedKingdom
        let international = zone != .unitedKingdom
        let postcode = international ? nil : remaining.last.flatMap { UKPostcode.shared.formatted($0) }

        var printed = remaining
        if postcode != nil { printed.removeLast() }
        if let postcode { printed.append(postcode) }
        if let bfpo { printed.append("BFPO \(bfpo)") }
        if international, let country { printed.append(country.canonicalName) }

        let rules = failedRules(printed: printed, international: international, bfpo: bfpo != nil,
                                hasPostcode: postcode != nil, allowInternational: allowInternational)
        return AddressCheck(normalisedLines: printed, failedRules: rules, postageZone: zone,
                            country: international ? country : nil,
                            bfpoNumber: bfpo.map { "BFPO \($0)" }, postcode: postcode)
    }

    // MARK: - Steps

    /// Split on every line break Python knows; turn the special spaces into spaces and drop the
    /// zero-width characters; collapse whitespace; strip trailing spaces and commas; drop empty
    /// lines; remove spaces before a comma or full stop.
    static func normalisedLines(_ raw: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func finishLine() {
            if let line = tidy(current) { result.append(line) }
            current = String.UnicodeScalarView()
        }
        for s in raw.unicodeScalars {
            if NotifyText.isLineBreak(s.value) { finishLine() } else { current.append(s) }
        }
        finishLine()
        return result
    }

    private static func tidy(_ line: String.UnicodeScalarView) -> String? {
        // Collapse whitespace runs (after the special spaces become spaces and zero-widths vanish).
        var collapsed: [Unicode.Scalar] = []
        var pendingSpace = false
        for s in line {
            if NotifyText.isObscureZeroWidth(s.value) { continue }
            if NotifyText.isPythonSpace(s.value) {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace { collapsed.append(" "); pendingSpace = false }
            collapsed.append(s)
        }
        while let last = collapsed.last, last == " " || last == "," { collapsed.removeLast() }
        if collapsed.isEmpty { return nil }
        var out = String.UnicodeScalarView()
        for (i, s) in collapsed.enumerated() {
            if s == " " || s == "\t", i + 1 < collapsed.count {
                // A run of spaces directly before a comma or full stop is removed.
                var j = i
                while j < collapsed.count && (collapsed[j] == " " || collapsed[j] == "\t") { j += 1 }
                if j < collapsed.count && (collapsed[j] == "," || collapsed[j] == ".") { continue }
            }
            out.append(s)
        }
        return String(out)
    }

    /// Lines matching `^\s*bfpo\s*(c/o)?\s*(\d+)?\s*$` (any case). The first such line with a
    /// number gives the BFPO number; only then are all matching lines taken out.
    static func extractBFPO(_ lines: [String]) -> (number: String?, rest: [String]) {
        let parsed = lines.map(bfpoLine)
        guard let first = parsed.compactMap({ $0 ?? nil }).first else { return (nil, lines) }
        let rest = zip(lines, parsed).filter { $0.1 == nil }.map(\.0)
        return (first, rest)
    }

    /// nil: not a BFPO line. `.some(nil)`: a BFPO line without a number. `.some(n)`: with number n
    /// (leading zeros dropped, as Python's `int()` does).
    private static func bfpoLine(_ line: String) -> String?? {
        // Cheap test first: the line must start, after spaces, with b or B.
        guard let first = line.unicodeScalars.first(where: { !NotifyText.isPythonSpace($0.value) }), first == "b" || first == "B"
        else { return nil }
        let lowered = Array(NotifyText.lowercased(line).unicodeScalars)
        var i = 0
        func skipSpaces() { while i < lowered.count && NotifyText.isPythonSpace(lowered[i].value) { i += 1 } }
        func take(_ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            guard i + w.count <= lowered.count, Array(lowered[i..<(i + w.count)]) == w else { return false }
            i += w.count
            return true
        }
        skipSpaces()
        guard take("bfpo") else { return nil }
        skipSpaces()
        _ = take("c/o")
        skipSpaces()
        var digits: [Int] = []
        while i < lowered.count, let d = NotifyText.decimalDigitValue(lowered[i]) { digits.append(d); i += 1 }
        skipSpaces()
        guard i == lowered.count else { return nil }
        if digits.isEmpty { return .some(nil) }
        let significant = digits.drop { $0 == 0 }
        return .some(significant.isEmpty ? "0" : significant.map(String.init).joined())
    }

    private static func trailingUKCount(_ lines: [String], _ countries: NotifyCountries) -> Int {
        var count = 0
        for line in lines.reversed() {
            guard let c = countries.country(named: line) else { continue }
            if !c.isUnitedKingdom { break }
            count += 1
        }
        return count
    }

    private static func failedRules(printed: [String], international: Bool, bfpo: Bool, hasPostcode: Bool,
                                    allowInternational: Bool) -> [AddressRule] {
        var rules: [AddressRule] = []
        if printed.count < minLines { rules.append(.tooFewLines) }
        if printed.count > maxLines { rules.append(.tooManyLines) }
        let lastLineGood = (allowInternational && international && !bfpo) || hasPostcode || (bfpo && !international)
        if international && bfpo {
            rules.append(.bfpoWithCountry)
        } else if !lastLineGood {
            rules.append(international ? .internationalNotAllowed : .lastLineNotPostcodeOrCountry)
        }
        if printed.contains(where: { $0.unicodeScalars.first.map(forbiddenFirstCharacters.contains) ?? false }) {
            rules.append(.forbiddenFirstCharacter)
        }
        if isNoFixedAbode(printed) { rules.append(.noFixedAbode) }
        // Fewer than two lines also fails this rule in Notify; "at least 3 lines" already says so.
        let firstTwo = printed.prefix(2)
        if firstTwo.count == 2 && !firstTwo.allSatisfy({ $0.unicodeScalars.contains(where: NotifyText.isASCIIAlphanumeric) }) {
            rules.append(.firstTwoLinesNeedLetterOrDigit)
        }
        return rules
    }

    /// A line that is just "NFA", or "no fixed abode" / "no fixed address" anywhere (any case).
    static func isNoFixedAbode(_ lines: [String]) -> Bool {
        for line in lines {
            if line.utf8.count == 3 && NotifyText.lowercased(line) == "nfa" { return true }
            // Lines are joined with line breaks before Notify searches, so a phrase never spans
            // two lines: searching line by line gives the same answer.
            if NotifyText.containsCaseless(line.unicodeScalars, "no fixed abode")
                || NotifyText.containsCaseless(line.unicodeScalars, "no fixed address") { return true }
        }
        return false
    }
}
