import ArrearsCore

/// The first step of bulk letters: a template and a text area to paste or type references into
/// (tenancy or payment references, split on spaces, commas, semicolons and new lines).
struct BulkEntryScreen {
    var template: LetterTemplate?
    var references = TextArea()
    private var counted: (text: String, references: Int, duplicates: Int)?

    var crumb: String { "Bulk letters" }

    /// How many distinct references the text holds, and how many repeats were dropped.
    mutating func referenceCounts() -> (references: Int, duplicates: Int) {
        let text = references.text
        if let counted, counted.text == text { return (counted.references, counted.duplicates) }
        let parsed = ReferenceList.parse(text)
        counted = (text, parsed.references.count, parsed.duplicatesRemoved)
        return (parsed.references.count, parsed.duplicatesRemoved)
    }

    /// Returns where the cursor is: in the text area.
    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> (row: Int, column: Int) {
        let g = context.glyphs
        grid.fill(area, role: .normal)
        var line = StyledLine(DisplayWidth.pad("Template", to: 10), .heading)
        if let template {
            line.append(template.title, .title)
            line.append(" (\(template.diaryCode))" + (template.isLocalPrint ? " \(g.separator) local print" : ""), .muted)
        } else {
            line.append("none chosen yet", .warning)
        }
        grid.draw(line.fitted(to: area.width, glyphs: g), row: area.y, column: area.x, width: area.width)
        let help = "Paste or type references, separated by spaces, commas, semicolons or new lines."
        grid.draw(StyledLine(help, .muted).fitted(to: area.width, glyphs: g), row: area.y + 1, column: area.x, width: area.width)

        let box = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(3, area.height - 3))
        Box.draw(into: &grid, rect: box, title: "Tenancy or payment references", glyphs: g, border: .borderFocus)
        let inside = Rect(x: box.x + 2, y: box.y + 1, width: max(1, box.width - 4), height: max(1, box.height - 2))
        let cursor = references.render(into: &grid, rect: inside)

        let (count, duplicates) = referenceCounts()
        var summary = StyledLine("\(Format.count(count)) reference\(count == 1 ? "" : "s")")
        if duplicates > 0 { summary.append(" \(g.separator) \(Format.count(duplicates)) duplicate\(duplicates == 1 ? "" : "s") removed", .muted) }
        grid.draw(summary.fitted(to: area.width, glyphs: g), row: area.maxY - 1, column: area.x, width: area.width)
        return cursor
    }
}
