import ArrearsCore

/// A bordered box with a title in its top edge: `┌─ Notice ─────┐`.
public enum Box {
    /// The box as lines of exactly `width` columns, content cut or padded to fit inside the border.
    public static func lines(title: String?, content: [StyledLine], width: Int, glyphs: Glyphs,
                             border: StyleRole = .border, fill: StyleRole = .normal) -> [StyledLine] {
        guard width >= 4 else { return content.map { $0.fitted(to: max(0, width), glyphs: glyphs, fill: fill) } }
        let inner = width - 4
        var out: [StyledLine] = [topEdge(title: title, width: width, glyphs: glyphs, border: border)]
        for line in content {
            var l = StyledLine(glyphs.vertical + " ", border)
            l = l + line.fitted(to: inner, glyphs: glyphs, fill: fill)
            l.append(" " + glyphs.vertical, border)
            out.append(l)
        }
        out.append(StyledLine(glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: width - 2) + glyphs.bottomRight, border))
        return out
    }

    static func topEdge(title: String?, width: Int, glyphs: Glyphs, border: StyleRole, titleRole: StyleRole = .title) -> StyledLine {
        var line = StyledLine(glyphs.topLeft + glyphs.horizontal, border)
        var used = 2
        if let title, !title.isEmpty, width > 6 {
            let t = " " + glyphs.truncate(title, to: width - 6) + " "
            line.append(t, titleRole)
            used += DisplayWidth.of(t)
        }
        line.append(String(repeating: glyphs.horizontal, count: max(0, width - used - 1)) + glyphs.topRight, border)
        return line
    }

    /// Draws a box's border into a grid rectangle, clearing the inside to `fill`.
    public static func draw(into grid: inout Grid, rect: Rect, title: String?, glyphs: Glyphs,
                            border: StyleRole = .border, fill: StyleRole = .normal, titleRole: StyleRole = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        grid.fill(rect, role: fill)
        grid.draw(topEdge(title: title, width: rect.width, glyphs: glyphs, border: border, titleRole: titleRole),
                  row: rect.y, column: rect.x, width: rect.width)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put(glyphs.vertical, row: y, column: rect.x, role: border)
            grid.put(glyphs.vertical, row: y, column: rect.maxX - 1, role: border)
        }
        grid.put(glyphs.bottomLeft + String(repeating: glyphs.horizontal, count: rect.width - 2) + glyphs.bottomRight,
                 row: rect.maxY - 1, column: rect.x, role: border)
    }
}
