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

    /// The addressee's name is the first line, as on any envelope; Notify checks the block with it
    /// (so the name counts towards the 7 lines and must not start with a character Notify refuses).
    public static func resolve(contact: Contact, property: Property) -> LetterAddress {
        let addressee = addresseeLines(contact)
        if let correspondence = contact.correspondenceAddress, correspondence.contains(where: { !isBlank($0) }) {
            return make(.correspondence, addressee: addressee, lines: correspondence, presence: [])
        }
        var presence: [LetterProblem] = []
        if !property.addressLines.contains(where: { !isBlank($0) }) { presence.append(.missing("Property address")) }
        if isBlank(property.postcode ?? "") { presence.append(.missing("Property postcode")) }
        return make(.property, addressee: addressee, lines: property.fullLines, presence: presence)
    }

    /// "Ms Keisha Morgan", or nothing when the contact has no name (validation reports the missing name).
    static func addresseeLines(_ contact: Contact) -> [String] {
        let name = LetterText.trimmed(contact.fullName)
        return name.isEmpty ? [] : [name]
    }

    private static func make(_ source: LetterAddressSource, addressee: [String], lines: [String],
                             presence: [LetterProblem]) -> LetterAddress {
        let check = NotifyAddress.check(addressee + lines)
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
            let withName = rule == .tooManyLines && !addressee.isEmpty ? ", counting the addressee's name" : ""
            problems.append(LetterProblem(field: source.fieldName, message: "\(source.fieldName): \(rule.message)\(withName)"))
        }
        return LetterAddress(source: source, rawLines: addressee + lines, check: check, problems: problems)
    }

    private static func isBlank(_ s: String) -> Bool { LetterText.isBlank(s) }
}
