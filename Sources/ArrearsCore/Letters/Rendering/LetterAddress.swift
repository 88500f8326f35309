/// Where a letter goes: the contact's correspondence address if they have one, else the property.
public enum LetterAddressSource: String, Hashable, Sendable, Codable {
    case correspondence
    case property

    /// How messages name the address.
    public var fieldName: String { self == .correspondence ? "Correspondence address" : "Address" }
}

/// The address block of one letter: what was on file, and Notify's verdict on it.
public struct LetterAddress: Hashable, Sendable {
    public var source: LetterAddressSource
    public var rawLines: [String]
    public var check: AddressCheck
    /// Presence and Notify-rule problems, each naming the address field.
    public var problems: [LetterProblem]

    /// The lines printed in the address window: exactly what Notify will print.
    public var printedLines: [String] { check.normalisedLines }

    public static func resolve(contact: Contact, property: Property) -> LetterAddress {
        if let correspondence = contact.correspondenceAddress, correspondence.contains(where: { !isBlank($0) }) {
            return make(.correspondence, lines: correspondence, presence: [])
        }
        var presence: [LetterProblem] = []
        if !property.addressLines.contains(where: { !isBlank($0) }) { presence.append(.missing("Property address")) }
        if isBlank(property.postcode ?? "") { presence.append(.missing("Property postcode")) }
        return make(.property, lines: property.fullLines, presence: presence)
    }

    private static func make(_ source: LetterAddressSource, lines: [String], presence: [LetterProblem]) -> LetterAddress {
        let check = NotifyAddress.check(lines)
        var problems = presence
        let postcodeMissing = presence.contains { $0.field == "Property postcode" }
        let linesMissing = presence.contains { $0.field == "Property address" }
        for rule in check.failedRules {
            // A missing postcode or missing lines already explain these rules.
            if postcodeMissing && rule == .lastLineNotPostcodeOrCountry { continue }
            if linesMissing && (rule == .tooFewLines || rule == .firstTwoLinesNeedLetterOrDigit) { continue }
            if source == .correspondence && rule == .lastLineNotPostcodeOrCountry,
               let last = check.normalisedLines.last, !last.unicodeScalars.contains(where: NotifyText.isPythonDigit) {
                // A last line without a digit cannot be a mistyped postcode: the postcode is absent.
                problems.append(.missing("Correspondence postcode"))
                continue
            }
            problems.append(LetterProblem(field: source.fieldName, message: "\(source.fieldName): \(rule.message)"))
        }
        return LetterAddress(source: source, rawLines: lines, check: check, problems: problems)
    }

    private static func isBlank(_ s: String) -> Bool { LetterText.isBlank(s) }
}
