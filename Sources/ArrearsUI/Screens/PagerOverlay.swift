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

    func document(width: Int, registry: ActionRegistry, keymap: Keymap, role: Role) -> Document {
        switch content {
        case .text(let text):
            return Document(lines: WordWrap.lines(text, width: width).map { StyledLine($0, .overlay) })
        case .help(let context):
            return HelpDocument.build(context: context, registry: registry, keymap: keymap, role: role, width: width)
        }
    }
}
