import ArrearsCore

/// A run of text in one role.
public struct Segment: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    public init(_ text: String, _ role: StyleRole = .normal) { self.text = text; self.role = role }
}

/// One line made of styled runs: what documents, boxes and panes are built from before they reach a grid.
public struct StyledLine: Hashable, Sendable {
    public var segments: [Segment]

    public init(_ segments: [Segment] = []) { self.segments = segments }
    public init(_ text: String, _ role: StyleRole = .normal) { segments = [Segment(text, role)] }

    public static let empty = StyledLine()

    public var text: String { segments.map(\.text).joined() }
    public var width: Int { segments.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    public mutating func append(_ text: String, _ role: StyleRole = .normal) { segments.append(Segment(text, role)) }

    public static func + (a: StyledLine, b: StyledLine) -> StyledLine { StyledLine(a.segments + b.segments) }

    /// Cut to `width` columns (ending with an ellipsis when something was cut) or padded with spaces
    /// of the `fill` role to exactly `width`.
    public func fitted(to width: Int, glyphs: Glyphs, fill: StyleRole = .normal) -> StyledLine {
        var out = StyledLine()
        var used = 0
        if self.width <= width {
            out = self
            used = self.width
        } else {
            let ellipsisWidth = DisplayWidth.of(glyphs.ellipsis)
            for seg in segments {
                let w = DisplayWidth.of(seg.text)
                if used + w < width { out.segments.append(seg); used += w; continue }
                let (head, headWidth) = DisplayWidth.prefix(seg.text, fitting: max(0, width - used - ellipsisWidth))
                out.segments.append(Segment(head + glyphs.ellipsis, seg.role))
                used += headWidth + ellipsisWidth
                break
            }
        }
        if used < width { out.segments.append(Segment(String(repeating: " ", count: width - used), fill)) }
        return out
    }
}

extension Grid {
    /// Draws a styled line, clipped to `width` columns. Returns the columns written.
    @discardableResult
    public mutating func draw(_ line: StyledLine, row: Int, column: Int, width: Int) -> Int {
        var x = column
        for seg in line.segments {
            let room = column + width - x
            if room <= 0 { break }
            x += put(seg.text, row: row, column: x, role: seg.role, maxWidth: room)
        }
        return x - column
    }

    /// Writes text right-aligned so that it ends at `endColumn` (exclusive).
    public mutating func putRight(_ text: String, row: Int, endColumn: Int, role: StyleRole) {
        let w = DisplayWidth.of(text)
        put(text, row: row, column: endColumn - w, role: role, maxWidth: w)
    }
}
