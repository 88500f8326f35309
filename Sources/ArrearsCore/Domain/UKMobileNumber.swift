/// GOV.UK Notify's classic UK mobile rule (notifications-utils, domain-and-peers.md §2.6), so that a
/// number is judged before an SMS is queued, never first by Notify: remove whitespace and `()-+`,
/// refuse anything but digits, drop the leading zeros and the `44` country code, and what is left must
/// start with 7 and be exactly ten digits. Normalised as `447XXXXXXXXX`, the form Notify sends to.
public enum UKMobileNumber {
    public enum Problem: String, Error, Sendable, Equatable, CustomStringConvertible {
        case lettersOrSymbols = "Must not contain letters or symbols"
        case notMobile = "Not a UK mobile number"
        case tooManyDigits = "Too many digits"
        case notEnoughDigits = "Not enough digits"

        public var description: String { rawValue }
    }

    /// The number in Notify's form, or the reason it is not a UK mobile, in Notify's words.
    public static func normalise(_ text: String) -> Result<String, Problem> {
        let kept = text.unicodeScalars.filter { !$0.properties.isWhitespace && !"()-+".unicodeScalars.contains($0) }
        guard kept.allSatisfy({ ("0"..."9").contains($0) }) else { return .failure(.lettersOrSymbols) }
        // As Notify does it: leading zeros, then leading 4s (its `lstrip("44")` strips the characters),
        // then leading zeros again.
        var digits = Substring(String(String.UnicodeScalarView(kept)))
        digits = digits.drop { $0 == "0" }
        digits = digits.drop { $0 == "4" }
        digits = digits.drop { $0 == "0" }
        guard digits.first == "7" else { return .failure(.notMobile) }
        if digits.count > 10 { return .failure(.tooManyDigits) }
        if digits.count < 10 { return .failure(.notEnoughDigits) }
        return .success("44" + digits)
    }

    /// The normalised number, or nil when it is not a UK mobile.
    public static func normalised(_ text: String) -> String? {
        if case .success(let number) = normalise(text) { return number }
        return nil
    }
}
