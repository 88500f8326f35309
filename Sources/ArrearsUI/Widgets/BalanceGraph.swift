import ArrearsCore

/// A bar per week drawn with block characters (eighths of a cell), or with ASCII when the locale
/// is not UTF-8. Bars rise from the lowest value shown, or from zero when every week is in arrears.
public enum BalanceGraph {
    /// `height` lines of at most `width` columns; when there are more weeks than columns the newest are kept.
    public static func lines(_ balances: [Money], width: Int, height: Int, glyphs: Glyphs) -> [StyledLine] {
        guard width > 0, height > 0, !balances.isEmpty else { return [] }
        let shown = Array(balances.suffix(width))
        let low = min(0, shown.map(\.pence).min()!)
        let high = max(0, shown.map(\.pence).max()!)
        let levels = glyphs.graphLevels.count - 1
        let steps = Int64(height * levels)
        // Saturating: balances come from imported ledgers, and the graph must never trap on them.
        let range = high.saturatingSubtract(low)
        let units: [Int] = shown.map { value in
            guard high > low else { return 0 }
            // Round to the nearest step; anything above the floor shows at least one step.
            let scaled = value.pence.saturatingSubtract(low).saturatingMultiply(steps)
            let u = Int(min(scaled.saturatingAdd(range / 2) / range, steps))
            return value.pence > low && u == 0 ? 1 : u
        }
        var out: [StyledLine] = []
        for row in stride(from: height - 1, through: 0, by: -1) {
            var line = StyledLine()
            for (i, u) in units.enumerated() {
                let fill = min(levels, max(0, u - row * levels))
                line.append(glyphs.graphLevels[fill], shown[i].isNegative ? .moneyCredit : .graph)
            }
            out.append(merged(line))
        }
        return out
    }

    /// Joins neighbouring segments of the same role so a line is a few runs, not 52.
    private static func merged(_ line: StyledLine) -> StyledLine {
        var out = StyledLine()
        for seg in line.segments {
            if let last = out.segments.last, last.role == seg.role {
                out.segments[out.segments.count - 1].text += seg.text
            } else {
                out.segments.append(seg)
            }
        }
        return out
    }
}
