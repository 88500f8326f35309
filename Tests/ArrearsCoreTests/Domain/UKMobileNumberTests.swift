import Testing
@testable import ArrearsCore

/// Notify's UK mobile rule, case by case, including its quirks (leading 4s and zeros all stripped).
@Suite struct UKMobileNumberTests {
    @Test(arguments: [
        ("07700 900123", "447700900123"),
        ("07700900123", "447700900123"),
        ("+44 7700 900123", "447700900123"),
        ("+44 (0)7700 900123", "447700900123"),
        ("0044 7700-900-123", "447700900123"),
        ("7700900123", "447700900123"),
        ("\t07700\u{00A0}900123\n", "447700900123"),
    ])
    func accepted(input: String, normalised: String) {
        #expect(UKMobileNumber.normalise(input) == .success(normalised), "\(input)")
    }

    @Test(arguments: [
        ("020 7946 0000", UKMobileNumber.Problem.notMobile),
        ("01632 960123", .notMobile),
        ("0800 123 4567", .notMobile),
        ("07700 90012", .notEnoughDigits),
        ("07700 9001234", .tooManyDigits),
        ("07700 900l23", .lettersOrSymbols),
        ("07700.900123", .lettersOrSymbols),
        ("", .notMobile),
        ("+1 212 555 0100", .notMobile),
    ])
    func refused(input: String, problem: UKMobileNumber.Problem) {
        #expect(UKMobileNumber.normalise(input) == .failure(problem), "\(input)")
        #expect(UKMobileNumber.normalised(input) == nil)
    }
}
