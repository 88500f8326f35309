import ArrearsCore

/// A read-only overlay that scrolls: the `?` help and the "why" explanation.
struct PagerOverlay {
    enum Content {
        /// The bindings of a context, built from the keymap so user overrides show.
        case help(ActionContext)
        case text(String)
    }

    var title: String
    var content: Content
    var viewport = DocumentViewport()

    static let preferredWidth = 78

    static func frame(in area: Rect, lineCount: Int) -> Rect {
        Overlay.frame(in: area, width: preferredWidth, height: lineCount + 2)
    }

    func document(width: Int, registry: ActionRegistry, keymap: Keymap, unavailable: (ActionSpec) -> String?) -> Document {
        switch content {
        case .text(let text):
            return Document(lines: WordWrap.lines(text, width: width).map { StyledLine($0, .overlay) })
        case .help(let context):
            return HelpDocument.build(context: context, registry: registry, keymap: keymap, width: width, unavailable: unavailable)
        }
    }
}

extension PagerOverlay: OverlayScreen {
    var context: ActionContext { .overlay }

    /// The "why" of a case's recommended action, from the classification's stored explanation.
    static func why(ref: String, label: String, session: Session) -> Outcome {
        do {
            let text = try session.data.explanation(ref: ref)
            return .overlay(PagerOverlay(title: "Why: \(label) (\(ref))", content: .text(text)))
        } catch {
            return .message("No explanation for \(ref): \(error)", .error)
        }
    }

    private func document(in area: Rect, under: any Screen, session: Session) -> Document {
        let availability = Availability(session: session, screen: under)
        return document(width: min(PagerOverlay.preferredWidth - 4, area.width - 6), registry: session.registry,
                        keymap: session.keymap, unavailable: availability.reason)
    }

    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome? {
        guard let motion = Motion(id) else { return nil }
        let doc = document(in: session.body, under: under, session: session)
        let rows = PagerOverlay.frame(in: session.body, lineCount: doc.lines.count).height - 2
        viewport.apply(motion, in: doc, visibleRows: max(1, rows))
        return .handled
    }

    mutating func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor? {
        let doc = document(in: area, under: under, session: session)
        let rect = PagerOverlay.frame(in: area, lineCount: doc.lines.count)
        let inner = Overlay.draw(into: &grid, rect: rect, title: title, glyphs: session.glyphs)
        viewport.fit(doc, visibleRows: inner.height)
        viewport.render(doc, into: &grid, area: inner, glyphs: session.glyphs, highlight: false, fill: .overlay)
        if doc.lines.count > inner.height {
            let shown = "\(viewport.offset + 1)-\(min(doc.lines.count, viewport.offset + inner.height)) of \(doc.lines.count)"
            grid.putRight(" \(shown) ", row: rect.maxY - 1, endColumn: rect.maxX - 2, role: .borderFocus)
        }
        return (inner.y, inner.x)
    }
}
