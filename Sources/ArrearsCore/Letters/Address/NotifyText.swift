/// Text primitives that behave exactly as the Python string operations GOV.UK Notify uses
/// (`str.splitlines`, `str.split`, `str.lower`, `str.upper`, `str.isdigit`, `re` with `\d`),
/// so that our address verdicts match Notify's on every input, not just on ASCII.
/// Everything works on Unicode scalars, because Python strings are sequences of code points.
enum NotifyText {
    /// Scalars on which Python's `str.splitlines()` breaks a line.
    static func isLineBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Python's `str.isspace()`: what `str.split()` with no argument splits on.
    static func isPythonSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    /// Notify turns these into ordinary spaces before collapsing whitespace.
    static func isObscureFullWidthSpace(_ v: UInt32) -> Bool { v == 0xA0 || v == 0x202F }

    /// Notify deletes these outright (they have no width, so they must not become spaces).
    static func isObscureZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Python's `str.isdigit()`: decimal digits and other digits such as superscripts.
    static func isPythonDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x30 && s.value <= 0x39 }
        let type = s.properties.numericType
        return type == .decimal || type == .digit
    }

    /// Python's `\d` in a `str` pattern: Unicode decimal digits (category Nd), and their value.
    static func decimalDigitValue(_ s: Unicode.Scalar) -> Int? {
        if s.isASCII { return (s.value >= 0x30 && s.value <= 0x39) ? Int(s.value - 0x30) : nil }
        guard s.properties.numericType == .decimal, let v = s.properties.numericValue else { return nil }
        return Int(v)
    }

    /// Python's `c.lower()` for one code point (full case mapping, so `İ` becomes two scalars).
    static func appendLowercase(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if s.isASCII {
            out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s)
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Python's `c.upper()` for one code point (full case mapping, so `ß` becomes `SS`).
    static func appendUppercase(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if s.isASCII {
            out.append(s.value >= 0x61 && s.value <= 0x7A ? Unicode.Scalar(s.value - 32)! : s)
        } else {
            out.append(contentsOf: s.properties.uppercaseMapping.unicodeScalars)
        }
    }

    static func lowercased(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { appendLowercase(s, to: &out) }
        return String(out)
    }

    /// Folding for a case-insensitive search for ASCII words with Python's `re.IGNORECASE`:
    /// besides A–Z, `İ` and dotless `ı` match `i`, and long `ſ` matches `s`.
    static func foldedForCaselessSearch(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x41...0x5A: return Unicode.Scalar(s.value + 32)!
        case 0x130, 0x131: return "i"
        case 0x17F: return "s"
        default: return s
        }
    }

    static func containsCaseless(_ haystack: String.UnicodeScalarView, _ needle: StaticString) -> Bool {
        let n = needle.withUTF8Buffer { Array($0) }
        var matched = 0
        var start = haystack.startIndex
        var i = haystack.startIndex
        // Naive search restarting one past each partial match's start: the needles are short.
        while i < haystack.endIndex {
            let folded = foldedForCaselessSearch(haystack[i])
            if folded.isASCII && UInt8(folded.value) == n[matched] {
                if matched == 0 { start = i }
                matched += 1
                if matched == n.count { return true }
                i = haystack.index(after: i)
            } else if matched > 0 {
                matched = 0
                i = haystack.index(after: start)
            } else {
                i = haystack.index(after: i)
            }
        }
        return false
    }

    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }
}
