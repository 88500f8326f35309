import ArrearsCore

/// Drawing characters, with an ASCII set for terminals whose locale is not UTF-8 (htop's tree glyphs).
public struct Glyphs: Hashable, Sendable {
    public var isUnicode: Bool
    public var horizontal: String
    public var vertical: String
    public var topLeft: String, topRight: String, bottomLeft: String, bottomRight: String
    public var separator: String
    public var breadcrumb: String
    public var ellipsis: String
    public var increase: String
    public var decrease: String
    public var unchanged: String
    public var expanded: String
    public var collapsed: String
    /// Either side of a value that left and right change.
    public var previousValue: String
    public var nextValue: String
    /// Partial-cell fills for the balance graph, from empty to full.
    public var graphLevels: [String]

    public static let unicode = Glyphs(
        isUnicode: true, horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
        bottomRight: "┘", separator: "·", breadcrumb: "›", ellipsis: "…", increase: "▲", decrease: "▼",
        unchanged: "=", expanded: "▾", collapsed: "▸", previousValue: "◂", nextValue: "▸",
        graphLevels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])

    public static let ascii = Glyphs(
        isUnicode: false, horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
        bottomRight: "+", separator: "|", breadcrumb: ">", ellipsis: "~", increase: "^", decrease: "v",
        unchanged: "=", expanded: "-", collapsed: "+", previousValue: "<", nextValue: ">",
        graphLevels: [" ", ".", ":", "#"])

    /// Unicode when the locale's character set is UTF-8 (the adapter reads `nl_langinfo(CODESET)`).
    public static func forLocale(isUTF8: Bool) -> Glyphs { isUTF8 ? .unicode : .ascii }

    public func truncate(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
    }

    public func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
        return alignRight ? gap + t : t + gap
    }
}
