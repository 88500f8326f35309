/// The bytes of a PDF file: numbered objects, a cross-reference table and a trailer.
/// Object numbers are handed out first, so objects may point to ones written later.
struct PDFWriter {
    private(set) var bytes: [UInt8] = []
    private var offsets: [Int] = []

    init() {
        append("%PDF-1.7\n")
        // The binary comment line tells transfer tools the file is not text.
        bytes += [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    mutating func reserve() -> Int {
        offsets.append(-1)
        return offsets.count
    }

    mutating func object(_ number: Int, _ body: String) {
        begin(number)
        append(body)
        append("\nendobj\n")
    }

    /// A stream object; `compressed` says the data is already deflated.
    mutating func stream(_ number: Int, dictionary: String = "", data: [UInt8], compressed: Bool) {
        begin(number)
        append("<< /Length \(data.count)\(compressed ? " /Filter /FlateDecode" : "")\(dictionary.isEmpty ? "" : " " + dictionary) >>\nstream\n")
        bytes.append(contentsOf: data)
        append("\nendstream\nendobj\n")
    }

    mutating func finish(root: Int, info: Int) -> [UInt8] {
        let xref = bytes.count
        append("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n")
        for offset in offsets {
            precondition(offset >= 0, "a reserved PDF object was never written")
            let digits = String(offset)
            append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
        }
        append("trailer\n<< /Size \(offsets.count + 1) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(xref)\n%%EOF\n")
        return bytes
    }

    private mutating func begin(_ number: Int) {
        offsets[number - 1] = bytes.count
        append("\(number) 0 obj\n")
    }

    /// Object text is ASCII (names, numbers, hex, escaped literals), so its UTF-8 is its bytes.
    private mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// A PDF text string in a literal: ASCII printable, with the three special characters escaped.
    static func literal(_ s: String) -> String {
        var out = "("
        for scalar in s.unicodeScalars {
            switch scalar {
            case "(", ")", "\\": out += "\\" + String(scalar)
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "?"
            }
        }
        return out + ")"
    }

    /// A number with at most two decimals, as PDF operators take them.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(magnitude / 100) }
        return sign + String(magnitude / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }
}
