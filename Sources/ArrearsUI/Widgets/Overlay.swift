/// A box drawn over the screen, centred, for help, the palette, the filter editor and explanations.
public enum Overlay {
    /// A centred rectangle of at most `width` × `height`, leaving a margin round the screen edge.
    public static func frame(in area: Rect, width: Int, height: Int) -> Rect {
        let w = min(width, max(0, area.width - 2))
        let h = min(height, max(0, area.height - 2))
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
    }

    /// Draws the frame and returns the inside, where the content goes.
    @discardableResult
    public static func draw(into grid: inout Grid, rect: Rect, title: String, glyphs: Glyphs) -> Rect {
        Box.draw(into: &grid, rect: rect, title: title, glyphs: glyphs, border: .borderFocus, fill: .overlay,
                 titleRole: .overlayTitle)
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
