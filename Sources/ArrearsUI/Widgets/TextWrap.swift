/// Word wrapping by display width (wide characters count two), keeping explicit line breaks.
/// A word longer than the width is broken where it must be.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var w = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + word
                    lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while w > width {
                    let (head, headWidth) = DisplayWidth.prefix(word, fitting: width)
                    guard headWidth > 0 else { break }
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                    w = DisplayWidth.of(word)
                }
                line = word
                lineWidth = w
            }
            lines.append(line)
        }
        return lines
    }
}
