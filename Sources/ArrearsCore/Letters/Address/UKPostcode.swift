import Foundation

/// Notify's UK postcode check: with all whitespace removed and upper-cased, the text must be one
/// of the 126 postcode areas followed by `[0-9][0-9A-Z]?[0-9]` and two letters from
/// `[ABD-HJLNP-UW-Z]`. There is no other check, so an invented area such as QQ fails while any
/// well-formed code in a real area passes.
public struct UKPostcode: Sendable {
    private let areas: Set<String>

    public static let shared = UKPostcode(areasText: NotifyResource.text("uk-postcode-areas", "txt"))

    init(areasText: String) {
        var set = Set<String>()
        for line in areasText.split(separator: "\n") {
            let area = line.trimmingCharacters(in: .whitespaces)
            if area.isEmpty || area.hasPrefix("#") { continue }
            set.insert(area)
        }
        areas = set
    }

    public var areaCount: Int { areas.count }

    /// The postcode as Royal Mail sorts it (`e81hy` → `E8 1HY`), or nil if Notify would refuse it.
    public func formatted(_ raw: String) -> String? {
        var upper = String.UnicodeScalarView()
        for s in raw.unicodeScalars where !Self.isRemovedWhitespace(s.value) {
            NotifyText.appendUppercase(s, to: &upper)
        }
        let chars = Array(upper)
        guard chars.count >= 5, chars.count <= 9, chars.allSatisfy(\.isASCII) else { return nil }
        // Python's regex alternation backtracks over every area, so try each length that is an area.
        for areaLength in 1...3 where areaLength < chars.count {
            let area = String(String.UnicodeScalarView(chars[0..<areaLength]))
            guard areas.contains(area), Self.matchesDistrictAndInward(chars[areaLength...]) else { continue }
            let text = String(String.UnicodeScalarView(chars))
            return String(text.dropLast(3)) + " " + String(text.suffix(3))
        }
        return nil
    }

    /// `[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}` matched against the whole remainder.
    private static func matchesDistrictAndInward(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let r = Array(rest)
        guard r.count == 4 || r.count == 5, isDigit(r[0]) else { return false }
        if r.count == 5 && !(isDigit(r[1]) || isUpperLetter(r[1])) { return false }
        let n = r.count
        return isDigit(r[n - 3]) && isInwardLetter(r[n - 2]) && isInwardLetter(r[n - 1])
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    private static func isUpperLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }
    private static func isInwardLetter(_ s: Unicode.Scalar) -> Bool {
        isUpperLetter(s) && !"CIKMOV".unicodeScalars.contains(s)
    }

    /// Notify's `remove_whitespace`: ASCII whitespace plus its list of obscure spaces.
    private static func isRemovedWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20: return true
        default: return NotifyText.isObscureZeroWidth(v) || NotifyText.isObscureFullWidthSpace(v)
        }
    }
}
