/// An amount of money in integer pence. Never floating point.
/// Positive amounts on a ledger are charges (debits); negative amounts are payments (credits).
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var pence: Int64

    public init(pence: Int64) { self.pence = pence }
    public init(pounds: Int64, pence: Int64 = 0) { self.pence = pounds * 100 + (pounds < 0 ? -pence : pence) }

    public static let zero = Money(pence: 0)

    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }
    // Amounts come from outside (imports), so every operation saturates at ±Int64.max rather than
    // trapping: see SaturatingArithmetic.swift. Imports bound each amount far below that (`importLimit`).
    public static func + (a: Money, b: Money) -> Money { Money(pence: a.pence.saturatingAdd(b.pence)) }
    public static func - (a: Money, b: Money) -> Money { Money(pence: a.pence.saturatingSubtract(b.pence)) }
    public static func += (a: inout Money, b: Money) { a = a + b }
    public static func -= (a: inout Money, b: Money) { a = a - b }
    public static prefix func - (a: Money) -> Money { Money(pence: Int64(0).saturatingSubtract(a.pence)) }
    public static func * (a: Money, n: Int64) -> Money { Money(pence: a.pence.saturatingMultiply(n)) }
    public static func * (a: Money, n: Int) -> Money { a * Int64(n) }

    /// The largest amount one value of an import may hold, either sign: £100,000,000.00. No council's
    /// single ledger line, charge or agreement comes near it, and a ledger of a million such lines still
    /// sums far inside 64 bits (docs/data-formats.md).
    public static let importLimit = Money(pence: 10_000_000_000)

    public var magnitude: Money { pence < 0 ? -self : self }
    public var isPositive: Bool { pence > 0 }
    public var isNegative: Bool { pence < 0 }

    /// Table style: `£1,234.56`, negatives as `-£1,234.56`. Always two decimals.
    public var tableText: String {
        let sign = pence < 0 ? "-" : ""
        let abs = magnitude.pence
        let pounds = abs / 100
        let p = abs % 100
        return "\(sign)£\(Money.groupThousands(pounds)).\(p < 10 ? "0" : "")\(p)"
    }

    /// GOV.UK style for letters: `£75`, `£75.50`, `£10,000`; never `£75.00`. Negatives use a minus sign.
    public var letterText: String {
        let sign = pence < 0 ? "\u{2212}" : ""
        let abs = magnitude.pence
        let pounds = abs / 100
        let p = abs % 100
        if p == 0 { return "\(sign)£\(Money.groupThousands(pounds))" }
        return "\(sign)£\(Money.groupThousands(pounds)).\(p < 10 ? "0" : "")\(p)"
    }

    /// Plain decimal for files: `1234.56`, `-12.50`. This is the money format of CSV import and export.
    public var decimalText: String {
        let sign = pence < 0 ? "-" : ""
        let abs = magnitude.pence
        let p = abs % 100
        return "\(sign)\(abs / 100).\(p < 10 ? "0" : "")\(p)"
    }

    public var description: String { tableText }

    static func groupThousands(_ value: Int64) -> String {
        let digits = String(value)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// Parses `1234.56`, `1,234.5`, `£12`, `-3.07`, `−3.07`. At most two decimals.
    /// Returns nil for anything else (so callers can name the field in their message).
    public static func parse(_ raw: String) -> Money? {
        var s = Substring(raw.trimmingCharacters(in: .whitespaces))
        var negative = false
        if s.hasPrefix("-") || s.hasPrefix("\u{2212}") { negative = true; s = s.dropFirst() }
        if s.hasPrefix("£") { s = s.dropFirst() }
        if !negative, s.hasPrefix("-") { negative = true; s = s.dropFirst() }
        guard !s.isEmpty else { return nil }
        var pounds: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        for ch in s {
            if ch == "," && !seenPoint { continue }
            if ch == "." {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard let d = ch.wholeNumberValue, ch.isASCII else { return nil }
            seenDigit = true
            if seenPoint {
                fractionDigits += 1
                if fractionDigits > 2 { return nil }
                fraction = fraction * 10 + Int64(d)
            } else {
                if pounds > 900_000_000_000 { return nil }
                pounds = pounds * 10 + Int64(d)
            }
        }
        guard seenDigit else { return nil }
        if fractionDigits == 1 { fraction *= 10 }
        let total = pounds * 100 + fraction
        return Money(pence: negative ? -total : total)
    }
}

import Foundation
