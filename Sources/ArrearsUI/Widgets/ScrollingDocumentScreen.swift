/// A screen that is one scrolling document of selectable lines, built for a width (the automation
/// preview, the policy what-if tables). Moving, fitting and drawing are the same for all of them;
/// each screen only says how its document is laid out.
protocol ScrollingDocumentScreen {
    var viewport: DocumentViewport { get set }
    /// The document for this width (a screen may cache it per width).
    mutating func document(width: Int) -> Document
}

extension ScrollingDocumentScreen {
    mutating func move(_ motion: Motion, area: Rect) {
        viewport.apply(motion, in: document(width: area.width), visibleRows: area.height)
    }

    mutating func fit(_ area: Rect) { viewport.fit(document(width: area.width), visibleRows: area.height) }

    mutating func render(into grid: inout Grid, area: Rect, glyphs: Glyphs) -> Int? {
        let doc = document(width: area.width)
        viewport.fit(doc, visibleRows: area.height)
        return viewport.render(doc, into: &grid, area: area, glyphs: glyphs) ?? area.y
    }
}
