import Testing
@testable import ArrearsCore

/// The checks on corrected contact details at every rule's edge: each of Notify's address rules, the
/// UK mobile rule, landlines, email, and hostile text, each refusal naming its field.
@Suite struct ContactDetailsInputTests {
    static let name = "Ms Test Tenant"

    struct AddressCase: CustomStringConvertible, Sendable {
        var label: String
        var lines: [String]
        var postcode: String
        /// nil: accepted.
        var field: String?
        var message: String? = nil
        var description: String { label }
    }

    static let addressCases: [AddressCase] = [
        // Lines: the name, one line and the postcode make 3 (the least); the name, five lines and the postcode make 7 (the most).
        AddressCase(label: "3 lines with the name", lines: ["1 Mare Street"], postcode: "E8 1HY", field: nil),
        AddressCase(label: "2 lines with the name", lines: [], postcode: "E8 1HY", field: "Line 1", message: "The address needs at least 3 lines."),
        AddressCase(label: "7 lines with the name", lines: ["Flat 1", "Mare House", "1 Mare Street", "Hackney", "London"], postcode: "E8 1HY", field: nil),
        // The last line.
        AddressCase(label: "postcode one character short", lines: ["1 Mare Street", "London"], postcode: "E8 1H", field: "Postcode",
                    message: "The last line must be a real UK postcode or a country."),
        AddressCase(label: "postcode in lower case without space", lines: ["1 Mare Street", "London"], postcode: "e81hy", field: nil),
        AddressCase(label: "GIR 0AA is not accepted", lines: ["1 Mare Street", "London"], postcode: "GIR 0AA", field: "Postcode"),
        AddressCase(label: "no postcode: the last line is a street", lines: ["1 Mare Street", "London"], postcode: "", field: "Postcode"),
        AddressCase(label: "a country abroad", lines: ["12 Rue de Rivoli", "75001 Paris"], postcode: "France", field: nil),
        AddressCase(label: "BFPO with a country", lines: ["Unit 4", "BFPO 105"], postcode: "France", field: "Postcode",
                    message: "A BFPO address cannot also name a country."),
        // First characters, on the line that breaks the rule.
        AddressCase(label: "line 2 starts with a bracket", lines: ["1 Mare Street", "(rear)", "London"], postcode: "E8 1HY", field: "Line 2",
                    message: "Address lines cannot start with @ ( ) = [ ] \" \\ / , < > ~."),
        AddressCase(label: "line 3 starts with a slash", lines: ["1 Mare Street", "London", "/x"], postcode: "E8 1HY", field: "Line 3"),
        AddressCase(label: "a hyphen inside a line is fine", lines: ["1-3 Mare Street", "London"], postcode: "E8 1HY", field: nil),
        // No fixed abode, wherever it is.
        AddressCase(label: "NFA", lines: ["NFA", "London"], postcode: "E8 1HY", field: "Line 1", message: "Letters cannot be sent to 'no fixed abode'."),
        AddressCase(label: "no fixed address in line 2", lines: ["Care of the office", "No Fixed Address"], postcode: "E8 1HY", field: "Line 2"),
        AddressCase(label: "NFA inside a word is fine", lines: ["1 Nfacet Road", "London"], postcode: "E8 1HY", field: nil),
        // The name and line 1 need a Latin letter or digit.
        AddressCase(label: "line 1 of only an ellipsis", lines: ["\u{2026}", "London"], postcode: "E8 1HY", field: "Line 1",
                    message: "The first two lines must contain a letter or a number."),
        // Hostile text.
        AddressCase(label: "an escape sequence", lines: ["1 Mare Street", "Lon\u{1B}[2Jdon"], postcode: "E8 1HY", field: "Line 2",
                    message: "Contains a control character (U+001B); type plain text."),
        AddressCase(label: "a bidi override", lines: ["1 Mare \u{202E}Street"], postcode: "E8 1HY", field: "Line 1"),
        AddressCase(label: "a formula", lines: ["1 Mare Street", "+cmd|' /C calc'!A0"], postcode: "E8 1HY", field: "Line 2",
                    message: "Cannot start with = + - or @ (a spreadsheet would run it as a formula)."),
        AddressCase(label: "60 characters fit", lines: [String(repeating: "a", count: 60)], postcode: "E8 1HY", field: nil),
        AddressCase(label: "61 characters do not", lines: [String(repeating: "a", count: 61)], postcode: "E8 1HY", field: "Line 1",
                    message: "61 characters long; at most 60 fit."),
        AddressCase(label: "an overlong postcode", lines: ["1 Mare Street"], postcode: String(repeating: "E8 1HY ", count: 20), field: "Postcode"),
    ]

    @Test(arguments: addressCases) func addressRules(_ c: AddressCase) {
        let result = ContactDetailsInput.address(lines: c.lines, postcode: c.postcode, addressee: Self.name)
        switch result {
        case .success(let stored):
            #expect(c.field == nil, "accepted, expected \(c.field ?? "")")
            #expect(stored != nil)
        case .failure(let refused):
            #expect(refused.field == c.field, "\(refused.message)")
            if let message = c.message { #expect(refused.message == message) }
        }
    }

    @Test func addressesAreStoredAsNotifyPrintsThem() throws {
        let stored = try ContactDetailsInput.address(lines: ["  1  Mare Street ,", "", "London"], postcode: "e81hy", addressee: Self.name).get()
        #expect(stored == ["1 Mare Street", "London", "E8 1HY"])
        #expect(try ContactDetailsInput.address(lines: ["", ""], postcode: " ", addressee: Self.name).get() == nil,
                "every field empty: no correspondence address")
    }

    /// Notify's classic UK mobile rule (domain-and-peers.md §2.6): what remains must start with 7 and be 10 digits.
    @Test(arguments: [
        ("07700 900123", "07700 900123"), ("+44 (0)7700 900123", "07700 900123"), ("447700900123", "07700 900123"),
        ("7700900123", "07700 900123"), ("", ""),
        ("020 7946 0123", "Not a UK mobile number."), ("0770090012", "Not enough digits."), ("077009001234", "Too many digits."),
        ("07700 9OO123", "Must not contain letters or symbols."), ("=07700900123", "Must not contain letters or symbols."),
        ("07700\u{1B}900123", "Contains a control character (U+001B); type plain text."),
    ] as [(String, String)])
    func mobiles(typed: String, expected: String) {
        switch ContactDetailsInput.mobile(typed) {
        case .success(let number): #expect(number == expected)
        case .failure(let refused):
            #expect(refused.field == "Mobile")
            #expect(refused.message == expected)
        }
    }

    /// Home and work numbers: 10 to 15 digits, an optional + in front.
    @Test(arguments: [
        ("020 7946 0123", nil), ("(020) 7946-0123", nil), ("020 7946 012", nil), ("020 794 601", "Not enough digits."),
        ("+33 1 23 45 67 89 01 23", nil), ("+33 1 23 45 67 89 01 234", "Too many digits."), ("020 7946 0123 ext 4", "Must not contain letters or symbols."),
        ("07700 900123", nil),
    ] as [(String, String?)])
    func landlines(typed: String, problem: String?) {
        switch ContactDetailsInput.landline(typed, field: "Home phone") {
        case .success(let number): #expect(problem == nil && number == typed)
        case .failure(let refused):
            #expect(refused.field == "Home phone")
            #expect(refused.message == problem)
        }
    }

    @Test(arguments: [
        ("keisha.morgan@example.org", true), (" keisha@example.org ", true), ("keisha@example", false), ("keisha@@example.org", false),
        ("=keisha@example.org", false), ("-keisha@example.org", false), ("kei\u{7}sha@example.org", false),
        (String(repeating: "a", count: 64) + "@example.org", true), (String(repeating: "a", count: 65) + "@example.org", false),
    ] as [(String, Bool)])
    func emails(typed: String, accepted: Bool) {
        switch ContactDetailsInput.email(typed) {
        case .success(let email): #expect(accepted && email == typed.trimmingCharacters(in: .whitespaces))
        case .failure(let refused): #expect(!accepted && refused.field == "Email")
        }
    }

    /// The store keeps a plain list; the first UK mobile is the mobile, the rest home then work.
    @Test func phonesAreReadByKind() {
        let read = ContactPhones(["020 7946 0123", "07700 900123", "020 7946 0999", "07700 900456"])
        #expect(read == ContactPhones(mobile: "07700 900123", home: "020 7946 0123", work: "020 7946 0999"))
        #expect(ContactPhones(mobile: "07700 900123", home: "", work: "020 7946 0999").list == ["07700 900123", "020 7946 0999"])
        #expect(ContactPhones([]) == ContactPhones())
    }
}
