import ArrearsCore

/// What shows when the terminal is below the minimum size. Everything else is kept as it was and
/// comes back when the window grows again.
enum TooSmallScreen {
    static func render(into grid: inout Grid, minimum: (width: Int, height: Int)) {
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: grid.height), role: .normal)
        let lines: [(String, StyleRole)] = [
            ("Terminal too small", .error),
            ("This window is \(grid.width)×\(grid.height).", .normal),
            ("The workbench needs at least \(minimum.width)×\(minimum.height).", .normal),
            ("Make the window larger; Q quits.", .muted),
        ]
        var wrapped: [(String, StyleRole)] = []
        for (text, role) in lines {
            for part in WordWrap.lines(text, width: max(1, grid.width)) { wrapped.append((part, role)) }
        }
        let top = max(0, (grid.height - wrapped.count) / 2)
        for (i, (text, role)) in wrapped.enumerated() where top + i < grid.height {
            let x = max(0, (grid.width - DisplayWidth.of(text)) / 2)
            grid.put(text, row: top + i, column: x, role: role)
        }
        if grid.width > 0 && grid.height > 0 {
            grid.cursor = (row: top, column: max(0, (grid.width - DisplayWidth.of(wrapped.first?.0 ?? "")) / 2))
        }
    }
}
