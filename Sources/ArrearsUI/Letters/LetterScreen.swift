import ArrearsCore

/// The letter screens, as one entry of the navigation stack.
enum LetterScreen {
    case preview(LetterPreviewScreen)
    case list(LettersScreen)
    case bulkEntry(BulkEntryScreen)
    case bulkResults(BulkResultsScreen)

    var context: ActionContext {
        switch self {
        case .preview: return .letterPreview
        case .list: return .letters
        case .bulkEntry: return .bulkLetterEntry
        case .bulkResults: return .bulkLetters
        }
    }

    var crumb: String {
        switch self {
        case .preview(let p): return p.crumb
        case .list(let l): return l.crumb
        case .bulkEntry(let b): return b.crumb
        case .bulkResults(let r): return r.crumb
        }
    }

    mutating func fit(_ area: Rect, glyphs: Glyphs) {
        switch self {
        case .preview(var p): p.fit(area, glyphs: glyphs); self = .preview(p)
        case .list(var l): l.fit(area); self = .list(l)
        case .bulkEntry: break
        case .bulkResults(var r): r.fit(area, glyphs: glyphs); self = .bulkResults(r)
        }
    }

    /// Draws the screen; returns where the cursor goes.
    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> (row: Int, column: Int) {
        switch self {
        case .preview(var p):
            let row = p.render(into: &grid, area: area, context: context)
            self = .preview(p)
            return (row, area.x)
        case .list(var l):
            let row = l.render(into: &grid, area: area, context: context)
            l.fit(area)
            self = .list(l)
            return (row, area.x)
        case .bulkEntry(var b):
            let cursor = b.render(into: &grid, area: area, context: context)
            self = .bulkEntry(b)
            return cursor
        case .bulkResults(var r):
            let row = r.render(into: &grid, area: area, context: context)
            self = .bulkResults(r)
            return (row, area.x)
        }
    }
}

/// What the letter screens put over the top screen.
enum LetterOverlay {
    case templates(TemplatePicker)
    case confirm(LetterConfirmation)
    case review(LetterReviewPrompt)
    case filter(LetterFilterEditor)

    var context: ActionContext {
        switch self {
        case .templates: return .letterTemplates
        // The standard yes/no and filter keys work these two.
        case .confirm: return .confirm
        case .filter: return .filter
        case .review: return .letterReview
        }
    }
}
