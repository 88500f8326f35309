import ArrearsCore

/// What the terminal shows while the cases load: the first frame, painted before the worklist's one
/// query runs, so a large caseload never leaves a blank terminal (tui-anchors §5: skeleton first).
public enum LoadingScreen {
    public static func render(width: Int, height: Int, user: String, message: String) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .breadcrumb)
        grid.put(" Arrears Workbench", row: 0, column: 0, role: .breadcrumb)
        let who = user + " "
        grid.put(who, row: 0, column: max(0, width - DisplayWidth.of(who)), role: .breadcrumb)
        if height > 2 {
            let text = DisplayWidth.truncate(message, to: width)
            grid.put(text, row: height / 2, column: max(0, (width - DisplayWidth.of(text)) / 2), role: .muted)
        }
        grid.fill(Rect(x: 0, y: height - 1, width: width, height: 1), role: .statusBar)
        grid.put(" Loading…", row: height - 1, column: 0, role: .statusBar)
        grid.cursor = (height / 2, 0)
        return grid
    }
}
