import ArrearsCore

/// The team lead's automation settings (`A` from the team lead view): one row per patch × account type
/// × step that the step applies to, showing on or off, the daily cap and the start date. Space switches
/// the selected row on or off, `e` changes its cap and start date; every change goes to the core's
/// `AutomationControl.apply`, which checks the role and writes the audit row.
struct AutomationSettingsScreen {
    let settings: AutomationSettings
    /// Every cell a setting may name, in patch, account type and step order.
    let rows: [AutomationSettings.Key]
    private(set) var list = ListViewport()

    static let columns = [
        TableColumn("Patch", min: 6, preferred: 8, priority: 5),
        TableColumn("Account type", min: 12, preferred: 33, priority: 4, flexible: true),
        TableColumn("Step", min: 10, preferred: 23, priority: 5),
        TableColumn("Automated", min: 9, priority: 5),
        TableColumn("Daily cap", min: 9, alignRight: true, priority: 3),
        TableColumn("Starts", min: 11, priority: 2),
    ]

    init(settings: AutomationSettings, patches: Set<String>) {
        self.settings = settings
        var rows: [AutomationSettings.Key] = []
        for patch in patches.sorted() {
            for type in AccountType.allCases {
                for step in AutomationStep.allCases where step.applies(to: type) {
                    rows.append(AutomationSettings.Key(patch: patch, accountType: type, step: step))
                }
            }
        }
        self.rows = rows
        list.setCount(rows.count)
    }

    var crumb: String { "Automation settings" }

    var selectedKey: AutomationSettings.Key? { rows.isEmpty ? nil : rows[list.selected] }

    /// Keeps the selected cell (and its place on screen) after the settings are read again.
    mutating func adopt(_ old: AutomationSettingsScreen) {
        list.setVisibleRows(old.list.visibleRows)
        let index = old.selectedKey.flatMap { rows.firstIndex(of: $0) } ?? old.list.selected
        list.reselect(index, keepingScreenRow: old.list.selectedScreenRow)
    }

    mutating func move(_ motion: Motion) { list.apply(motion) }

    /// The table under a line that says how much is on.
    static func tableArea(in body: Rect) -> Rect { Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2)) }

    mutating func fit(_ body: Rect) { list.setVisibleRows(Self.tableArea(in: body).height - 1) }

    func cells(of key: AutomationSettings.Key) -> [TableCell] {
        let cell = settings.setting(for: key)
        let on = cell?.enabled == true
        let role: StyleRole = on ? .normal : .muted
        return [
            TableCell(key.patch, role), TableCell("\(key.accountType.rawValue) \(key.accountType.label)", role), TableCell(key.step.label, role),
            TableCell(on ? "on" : "off", on ? .success : .muted, keepsRoleWhenSelected: false),
            TableCell(cell.map { Format.count($0.dailyCap) } ?? "—", role),
            TableCell(cell?.startDate?.shortText ?? (on ? "now" : "—"), role),
        ]
    }

    mutating func render(into grid: inout Grid, area body: Rect, glyphs: Glyphs) -> Int? {
        fit(body)
        grid.fill(Rect(x: body.x, y: body.y, width: body.width, height: 2), role: .normal)
        let on = settings.enabledCount
        grid.draw(StyledLine("\(on) of \(rows.count) settings on; the nightly run sends nothing where a setting is off.",
                             on == 0 ? .muted : .normal),
                  row: body.y, column: body.x, width: body.width)
        let table = Self.tableArea(in: body)
        let widths = TableLayout.fit(Self.columns, width: table.width)
        return VirtualTable.render(into: &grid, area: table, columns: Self.columns, widths: widths, viewport: list,
                                   glyphs: glyphs) { row, column in cells(of: rows[row])[column] } ?? table.y
    }
}
