/// The checks on a contact's correspondence address, phone numbers and email address as typed into a
/// form. The same functions decide in the core (the action refuses) and in the form (the officer sees
/// the problem as they type), so the two can never disagree. Every problem names its field.
public enum ContactDetailsInput {
    /// The fields of the address form: lines without the addressee's name (letters put the name
    /// first), then the postcode (or, for an address abroad, the country). Five lines, the postcode
    /// and the name make Notify's limit of seven.
    public static let addressLineFields = ["Line 1", "Line 2", "Line 3", "Line 4", "Line 5"]
    public static let postcodeField = "Postcode"
    public static let mobileField = "Mobile"
    public static let homeField = "Home phone"
    public static let workField = "Work phone"
    public static let emailField = "Email"

    /// Longer than this, a line no longer fits the letter's address window (90 mm at 10 point).
    public static let maximumLineLength = 60
    /// Notify's limit for an email address.
    public static let maximumEmailLength = 320
    /// Phone numbers as typed, spaces and brackets included.
    public static let maximumPhoneLength = 25

    // MARK: Text from a form

    /// Trimmed text with runs of spaces collapsed, or the field's problem: control and bidi
    /// characters (line breaks included: one field is one line), text a spreadsheet would run as a
    /// formula when the case is exported (unless `formulasPossible` is false: a phone number's own
    /// check allows only digits after its `+`), and text longer than `limit`.
    public static func plainLine(_ text: String, field: String, limit: Int, formulasPossible: Bool = true) -> Result<String, ActionRefused> {
        if let bad = text.unicodeScalars.first(where: { TerminalSafeText.isHostile($0) || $0 == "\n" || $0 == "\t" }) {
            let code = String(bad.value, radix: 16, uppercase: true)
            return .failure(ActionRefused(field: field, "Contains a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)); type plain text."))
        }
        let line = text.split(whereSeparator: { $0 == " " }).joined(separator: " ")
        if line.count > limit {
            return .failure(ActionRefused(field: field, "\(line.count) characters long; at most \(limit) fit."))
        }
        if formulasPossible && SpreadsheetFormula.startsLikeFormula(line) {
            return .failure(ActionRefused(field: field, "Cannot start with = + - or @ (a spreadsheet would run it as a formula)."))
        }
        return .success(line)
    }

    // MARK: Address

    /// The correspondence address as it will be stored (lines then postcode, blanks dropped), nil when
    /// every field is empty (letters then go to the property), or the first problem, naming the field.
    /// Notify's rules are checked with the addressee's name first, as the letter prints it.
    public static func address(lines: [String], postcode: String, addressee: String) -> Result<[String]?, ActionRefused> {
        var kept: [(field: String, text: String)] = []
        let typed = Array(zip(addressLineFields, lines)) + [(postcodeField, postcode)]
        for (field, text) in typed {
            switch plainLine(text, field: field, limit: maximumLineLength) {
            case .failure(let refused): return .failure(refused)
            case .success(let line): if !line.isEmpty { kept.append((field, line)) }
            }
        }
        guard !kept.isEmpty else { return .success(nil) }
        let name = addressee.isEmpty ? [] : [addressee]
        let check = NotifyAddress.check(name + kept.map(\.text))
        if let rule = check.failedRules.first {
            let field = self.field(breaking: rule, kept: kept)
            return .failure(ActionRefused(field: field, "\(rule.message)."))
        }
        // Stored as Notify prints it (postcode formatted, trailing commas gone), without the name.
        let printed = check.normalisedLines
        return .success(name.isEmpty || printed.first != name.first ? kept.map(\.text) : Array(printed.dropFirst()))
    }

    /// The field to point at for a broken rule: the line that breaks it where one does.
    private static func field(breaking rule: AddressRule, kept: [(field: String, text: String)]) -> String {
        func first(_ matches: (String) -> Bool) -> String? { kept.first { matches($0.text) }?.field }
        switch rule {
        case .forbiddenFirstCharacter:
            return first { $0.unicodeScalars.first.map(NotifyAddress.forbiddenFirstCharacters.contains) ?? false } ?? addressLineFields[0]
        case .noFixedAbode:
            return first { NotifyAddress.isNoFixedAbode([$0]) } ?? addressLineFields[0]
        case .tooFewLines, .firstTwoLinesNeedLetterOrDigit:
            return addressLineFields[kept.count > 1 && rule == .tooFewLines ? 1 : 0]
        case .tooManyLines:
            return kept.dropLast().last?.field ?? addressLineFields[0]
        case .lastLineNotPostcodeOrCountry, .internationalNotAllowed, .bfpoWithCountry:
            return postcodeField
        }
    }

    // MARK: Phones and email

    /// A UK mobile in the form the workbench shows (`07700 900123`), "" when left empty, or the
    /// problem in Notify's words (domain-and-peers.md §2.6).
    public static func mobile(_ text: String) -> Result<String, ActionRefused> {
        let line: String
        switch plainLine(text, field: mobileField, limit: maximumPhoneLength, formulasPossible: false) {
        case .failure(let refused): return .failure(refused)
        case .success(let l): line = l
        }
        if line.isEmpty { return .success("") }
        switch UKMobileNumber.normalise(line) {
        case .failure(let problem): return .failure(ActionRefused(field: mobileField, "\(problem.rawValue)."))
        case .success(let number):
            let national = "0" + number.dropFirst(2)
            return .success(national.prefix(5) + " " + national.dropFirst(5))
        }
    }

    /// A home or work number: digits with the usual spaces, brackets and hyphens, an optional `+` in
    /// front, 10 to 15 digits (a UK number has 10 or 11; abroad up to 15). Kept as typed, tidied.
    public static func landline(_ text: String, field: String) -> Result<String, ActionRefused> {
        let line: String
        switch plainLine(text, field: field, limit: maximumPhoneLength, formulasPossible: false) {
        case .failure(let refused): return .failure(refused)
        case .success(let l): line = l
        }
        if line.isEmpty { return .success("") }
        var body = Substring(line)
        if body.hasPrefix("+") { body = body.dropFirst() }
        let kept = body.filter { !" ()-".contains($0) }
        guard kept.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(ActionRefused(field: field, "\(UKMobileNumber.Problem.lettersOrSymbols.rawValue)."))
        }
        if kept.count < 10 { return .failure(ActionRefused(field: field, "\(UKMobileNumber.Problem.notEnoughDigits.rawValue).")) }
        if kept.count > 15 { return .failure(ActionRefused(field: field, "\(UKMobileNumber.Problem.tooManyDigits.rawValue).")) }
        return .success(line)
    }

    /// An email address Notify accepts, "" when left empty.
    public static func email(_ text: String) -> Result<String, ActionRefused> {
        let line: String
        switch plainLine(text, field: emailField, limit: maximumEmailLength) {
        case .failure(let refused): return .failure(refused)
        case .success(let l): line = l
        }
        if line.isEmpty { return .success("") }
        guard let address = EmailAddress.normalised(line) else {
            return .failure(ActionRefused(field: emailField, "Not a valid email address (name@example.org)."))
        }
        return .success(address)
    }
}

/// A contact's phone numbers by kind. The store keeps a plain list (mobile, home, work, blanks left
/// out); a list from elsewhere is read by judging each number: the first UK mobile is the mobile, the
/// others are home then work.
public struct ContactPhones: Hashable, Sendable {
    public var mobile: String
    public var home: String
    public var work: String

    public init(mobile: String = "", home: String = "", work: String = "") {
        self.mobile = mobile; self.home = home; self.work = work
    }

    public init(_ phones: [String]) {
        var rest = phones
        let mobileIndex = rest.firstIndex { UKMobileNumber.normalised($0) != nil }
        mobile = mobileIndex.map { rest.remove(at: $0) } ?? ""
        home = rest.first ?? ""
        work = rest.dropFirst().first ?? ""
    }

    /// The list as stored: mobile, home, work, empty ones left out.
    public var list: [String] { [mobile, home, work].filter { !$0.isEmpty } }

    /// Each number checked (mobile by Notify's rule), or the first problem, naming its field.
    public static func checked(mobile: String, home: String, work: String) -> Result<ContactPhones, ActionRefused> {
        let results = [ContactDetailsInput.mobile(mobile), ContactDetailsInput.landline(home, field: ContactDetailsInput.homeField),
                       ContactDetailsInput.landline(work, field: ContactDetailsInput.workField)]
        var numbers: [String] = []
        for result in results {
            switch result {
            case .failure(let refused): return .failure(refused)
            case .success(let number): numbers.append(number)
            }
        }
        return .success(ContactPhones(mobile: numbers[0], home: numbers[1], work: numbers[2]))
    }
}
