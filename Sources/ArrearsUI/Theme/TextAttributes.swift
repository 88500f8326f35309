/// Text attributes a theme can ask for, in colour and in monochrome.
public struct TextAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)

    /// Names in theme files, in the order they are written back out.
    public static let named: [(name: String, value: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim), ("italic", .italic),
    ]

    /// `normal` means no attribute; it cannot be combined with others.
    public static let normalName = "normal"

    public var description: String {
        let words = TextAttributes.named.filter { contains($0.value) }.map(\.name)
        return words.isEmpty ? TextAttributes.normalName : words.joined(separator: " ")
    }
}
