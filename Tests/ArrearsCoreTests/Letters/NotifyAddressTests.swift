import Foundation
import Testing
@testable import ArrearsCore

/// GOV.UK Notify's postal address rules. Every expectation here was checked against a line-by-line
/// transcription of notifications-utils' `PostalAddress` run on the same input.
@Suite struct NotifyAddressTests {
    @Test(arguments: [
        // Every postcode shape: A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA.
        ("M1 1AE", "M1 1AE"), ("B33 8TH", "B33 8TH"), ("W1A 1AA", "W1A 1AA"), ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"), ("EC1A 1BB", "EC1A 1BB"),
        // Lower case, no space, extra spaces: reformatted as Royal Mail sorts them.
        ("e81hy", "E8 1HY"), ("sw1a2aa", "SW1A 2AA"), ("E9  6AA", "E9 6AA"), (" e9 6aa ", "E9 6AA"),
        // Python upper-cases the long s to S, so Notify accepts this too.
        ("ſw1a 2aa", "SW1A 2AA"),
    ])
    func acceptsRealPostcodes(raw: String, printed: String) {
        let check = NotifyAddress.check(["1 Mare Street", "London", raw])
        #expect(check.isValid, "\(check.problems)")
        #expect(check.normalisedLines == ["1 Mare Street", "London", printed])
        #expect(check.postcode == printed)
        #expect(check.postageZone == .unitedKingdom)
    }

    @Test(arguments: [
        "QQ1 1AA",   // invented area
        "GIR 0AA",   // Girobank: GIR is an area in Notify's list, but 0AA is too short after it
        "E9 6CA",    // C is never an inward letter
        "E9 6A",     // too short
        "E99 96AA",  // too long
        "E9 6ÅA",    // only ASCII letters
        "London",
    ])
    func refusesOtherLastLines(raw: String) {
        let check = NotifyAddress.check(["1 Mare Street", "London", raw])
        #expect(!check.isValid)
        #expect(check.failedRules == [.lastLineNotPostcodeOrCountry])
        #expect(check.postcode == nil)
        #expect(check.normalisedLines.last == raw.trimmingCharacters(in: .whitespaces))
    }

    @Test func knowsAllPostcodeAreas() {
        // The 126 areas, plus GIR, which Notify's own list includes.
        #expect(UKPostcode.shared.areaCount == 127)
        #expect(UKPostcode.shared.formatted("ZE1 0AA") == "ZE1 0AA")
        #expect(UKPostcode.shared.formatted("QQ1 0AA") == nil)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var lines: [String]
        var valid: Bool
        var printed: [String]
        var rules: [AddressRule] = []
        var zone: PostageZone = .unitedKingdom
        var testDescription: String { lines.joined(separator: " / ") }
    }

    @Test(arguments: [
        // BFPO alone, with "c/o", with leading zeros, with a postcode, with a country.
        Case(lines: ["Sergeant Smith", "Unit 1", "BFPO 105"], valid: true, printed: ["Sergeant Smith", "Unit 1", "BFPO 105"]),
        Case(lines: ["Sergeant Smith", "Unit 1", "bfpo c/o 105"], valid: true, printed: ["Sergeant Smith", "Unit 1", "BFPO 105"]),
        Case(lines: ["Sergeant Smith", "Unit 1", "BFPO 007"], valid: true, printed: ["Sergeant Smith", "Unit 1", "BFPO 7"]),
        Case(lines: ["Sergeant Smith", "Unit 1", "bf1 3aa", "BFPO 105"], valid: true,
             printed: ["Sergeant Smith", "Unit 1", "BF1 3AA", "BFPO 105"]),
        Case(lines: ["Sergeant Smith", "Unit 1", "BFPO 105", "France"], valid: false,
             printed: ["Sergeant Smith", "Unit 1", "BFPO 105", "France"], rules: [.bfpoWithCountry], zone: .europe),
        // "BFPO" without a number is an ordinary line.
        Case(lines: ["Sergeant Smith", "BFPO", "Unit 1"], valid: false, printed: ["Sergeant Smith", "BFPO", "Unit 1"],
             rules: [.lastLineNotPostcodeOrCountry]),
        Case(lines: ["BFPO 1"], valid: false, printed: ["BFPO 1"], rules: [.tooFewLines]),
    ])
    func bfpo(_ c: Case) {
        expect(c)
    }

    @Test(arguments: [
        Case(lines: ["12 Rue de Rivoli", "75001 Paris", "France"], valid: true,
             printed: ["12 Rue de Rivoli", "75001 Paris", "France"], zone: .europe),
        Case(lines: ["12 Rue de Rivoli", "Paris", "FRANCE"], valid: true, printed: ["12 Rue de Rivoli", "Paris", "France"], zone: .europe),
        // Names are also tried with "the", "yr" and "y" in front.
        Case(lines: ["1 Kairaba Avenue", "Serrekunda", "Gambia"], valid: true,
             printed: ["1 Kairaba Avenue", "Serrekunda", "The Gambia"], zone: .restOfWorld),
        // Accents and curly apostrophes fold; synonyms give the canonical name.
        Case(lines: ["Rue 1", "Abidjan", "Côte d’Ivoire"], valid: true, printed: ["Rue 1", "Abidjan", "Ivory Coast"], zone: .restOfWorld),
        Case(lines: ["Rue 1", "Abidjan", "cote d'ivoire"], valid: true, printed: ["Rue 1", "Abidjan", "Ivory Coast"], zone: .restOfWorld),
        Case(lines: ["Kaya 1", "Willemstad", "Curacao"], valid: true, printed: ["Kaya 1", "Willemstad", "Curaçao"], zone: .restOfWorld),
        // A trailing UK name is removed.
        Case(lines: ["1 Mare Street", "London", "E8 1HY", "England"], valid: true, printed: ["1 Mare Street", "London", "E8 1HY"]),
        Case(lines: ["1 Mare Street", "London", "E8 1HY", "England", "UK"], valid: true, printed: ["1 Mare Street", "London", "E8 1HY"]),
        // Notify's quirk: it counts every UK line from the bottom, passing over other lines, and
        // removes that many from the end, so "London" goes too.
        Case(lines: ["1 Mare Street", "England", "London", "UK"], valid: false, printed: ["1 Mare Street", "England"],
             rules: [.tooFewLines, .lastLineNotPostcodeOrCountry]),
        Case(lines: ["1 Mare Street", "Paris", "France", "UK"], valid: false, printed: ["1 Mare Street", "Paris", "France"],
             rules: [.lastLineNotPostcodeOrCountry]),
        Case(lines: ["France"], valid: false, printed: ["France"], rules: [.tooFewLines], zone: .europe),
    ])
    func countries(_ c: Case) {
        expect(c)
    }

    @Test func internationalPostCanBeRefused() {
        let check = NotifyAddress.check(["12 Rue de Rivoli", "Paris", "France"], allowInternational: false)
        #expect(check.failedRules == [.internationalNotAllowed])
    }

    @Test(arguments: ["@", "(", ")", "=", "[", "]", "\"", "\\", "/", ",", "<", ">", "~"])
    func refusesForbiddenFirstCharacters(character: String) {
        let check = NotifyAddress.check(["Flat 1", "Mare Street", "\(character)London", "E8 1HY"])
        // A leading comma on a line is not stripped (only trailing ones are).
        #expect(check.failedRules == [.forbiddenFirstCharacter])
    }

    @Test(arguments: ["-London", "#London", "'London", "*London"])
    func allowsOtherFirstCharacters(line: String) {
        #expect(NotifyAddress.check(["Flat 1", "Mare Street", line, "E8 1HY"]).isValid)
    }

    @Test(arguments: [
        Case(lines: ["NFA", "Mare Street", "London", "E8 1HY"], valid: false, printed: ["NFA", "Mare Street", "London", "E8 1HY"],
             rules: [.noFixedAbode]),
        Case(lines: ["Mr A Smith", "No Fixed Abode", "London", "E8 1HY"], valid: false,
             printed: ["Mr A Smith", "No Fixed Abode", "London", "E8 1HY"], rules: [.noFixedAbode]),
        Case(lines: ["Mr A Smith", "Mare Street", "London (no fixed address)", "E8 1HY"], valid: false,
             printed: ["Mr A Smith", "Mare Street", "London (no fixed address)", "E8 1HY"], rules: [.noFixedAbode]),
        // The special space becomes a space first; Python's caseless match takes the dotted capital I.
        Case(lines: ["Mr A Smith", "no fixed\u{00A0}abode", "E8 1HY"], valid: false, printed: ["Mr A Smith", "no fixed abode", "E8 1HY"],
             rules: [.noFixedAbode]),
        Case(lines: ["Mr A Smith", "NO F\u{0130}XED ABODE", "E8 1HY"], valid: false,
             printed: ["Mr A Smith", "NO F\u{0130}XED ABODE", "E8 1HY"], rules: [.noFixedAbode]),
        // A line merely containing the letters NFA is fine.
        Case(lines: ["Mr A Smith", "Nfa House", "London", "E8 1HY"], valid: true, printed: ["Mr A Smith", "Nfa House", "London", "E8 1HY"]),
    ])
    func noFixedAbode(_ c: Case) {
        expect(c)
    }

    @Test(arguments: [
        Case(lines: ["北京市", "朝阳区", "London", "E8 1HY"], valid: false, printed: ["北京市", "朝阳区", "London", "E8 1HY"],
             rules: [.firstTwoLinesNeedLetterOrDigit]),
        Case(lines: ["Flat 1", "---", "London", "E8 1HY"], valid: false, printed: ["Flat 1", "---", "London", "E8 1HY"],
             rules: [.firstTwoLinesNeedLetterOrDigit]),
        Case(lines: ["Flat 1", "朝阳区 2", "London", "E8 1HY"], valid: true, printed: ["Flat 1", "朝阳区 2", "London", "E8 1HY"]),
    ])
    func firstTwoLinesNeedALetterOrDigit(_ c: Case) {
        expect(c)
    }

    @Test(arguments: [
        Case(lines: ["Flat 1", "E8 1HY"], valid: false, printed: ["Flat 1", "E8 1HY"], rules: [.tooFewLines]),
        Case(lines: ["1", "2", "3", "4", "5", "6", "7", "E8 1HY"], valid: false, printed: ["1", "2", "3", "4", "5", "6", "7", "E8 1HY"],
             rules: [.tooManyLines]),
        Case(lines: ["1", "2", "3", "4", "5", "6", "E8 1HY"], valid: true, printed: ["1", "2", "3", "4", "5", "6", "E8 1HY"]),
        Case(lines: ["1", "London", "E8 1HY"], valid: true, printed: ["1", "London", "E8 1HY"]),
        Case(lines: [], valid: false, printed: [], rules: [.tooFewLines, .lastLineNotPostcodeOrCountry]),
    ])
    func lineCounts(_ c: Case) {
        expect(c)
    }

    @Test(arguments: [
        // No-break and narrow no-break spaces become spaces; zero-width characters vanish.
        Case(lines: ["Flat\u{00A0}1", "Mare\u{202F}Street", "Lon\u{200B}d\u{200C}o\u{200D}n\u{FEFF}", "E8\u{2060}1HY"], valid: true,
             printed: ["Flat 1", "Mare Street", "London", "E8 1HY"]),
        // Whitespace collapses; trailing commas and spaces go; spaces before , and . go; blank lines go.
        Case(lines: ["  Flat   1 , ", "", "  ,  ", "Mare St .", "London,", "E8 1HY ,"], valid: true,
             printed: ["Flat 1", "Mare St.", "London", "E8 1HY"]),
        Case(lines: ["Flat 1 , Mare St .", "London", "E8 1HY"], valid: true, printed: ["Flat 1, Mare St.", "London", "E8 1HY"]),
        // Python's splitlines also breaks on U+2028, U+0085 and the other line separators, so
        // these make new lines (they do not just vanish).
        Case(lines: ["Flat 1\u{2028}Mare Street", "London", "E8 1HY"], valid: true, printed: ["Flat 1", "Mare Street", "London", "E8 1HY"]),
        Case(lines: ["Flat 1\u{0085}Mare Street\r\nLondon\u{000B}E8 1HY"], valid: true, printed: ["Flat 1", "Mare Street", "London", "E8 1HY"]),
        // Tabs and other Unicode spaces collapse like spaces.
        Case(lines: ["Flat\t1", "Mare\u{2003}Street", "London\u{3000}", "E8 1HY"], valid: true,
             printed: ["Flat 1", "Mare Street", "London", "E8 1HY"]),
    ])
    func normalisesLines(_ c: Case) {
        expect(c)
    }

    @Test func messagesArePlainWords() {
        let check = NotifyAddress.check(["(Flat 1)", "London"])
        #expect(check.problems == [
            "The address needs at least 3 lines",
            "The last line must be a real UK postcode or a country",
            "Address lines cannot start with @ ( ) = [ ] \" \\ / , < > ~",
        ])
    }

    @Test func matchingKeysFollowNotify() {
        #expect(NotifyCountries.matchingKey("Côte d’Ivoire") == "cotedivoire")
        #expect(NotifyCountries.matchingKey("Bosnia & Herzegovina") == "bosniaandherzegovina")
        #expect(NotifyCountries.matchingKey("St. Kitts + Nevis") == "stkittsandnevis")
        // An unfoldable character keeps the whole key unfolded, as Notify does.
        #expect(NotifyCountries.matchingKey("Almaɣréb") == "almaɣréb")
        #expect(NotifyCountries.shared.country(named: "Almaɣréb")?.canonicalName == "Morocco")
        #expect(NotifyCountries.shared.country(named: "France 2") == nil)
        #expect(NotifyCountries.shared.country(named: "Wales")?.isUnitedKingdom == true)
    }

    private func expect(_ c: Case, sourceLocation: SourceLocation = #_sourceLocation) {
        let check = NotifyAddress.check(c.lines)
        #expect(check.isValid == c.valid, "\(check.problems)", sourceLocation: sourceLocation)
        #expect(check.normalisedLines == c.printed, sourceLocation: sourceLocation)
        #expect(check.failedRules == c.rules, sourceLocation: sourceLocation)
        #expect(check.postageZone == c.zone, sourceLocation: sourceLocation)
    }
}
