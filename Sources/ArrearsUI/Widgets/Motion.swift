/// The movement actions, applied the same way to every list and document.
enum Motion: Hashable {
    case lines(Int)
    /// Scroll the view without moving the selection (Ctrl-E, Ctrl-Y).
    case scroll(Int)
    case pages(Int)
    case halfPages(Int)
    case first
    case last

    init?(_ action: ActionID) {
        switch action {
        case .moveDown: self = .lines(1)
        case .moveUp: self = .lines(-1)
        case .pageDown: self = .pages(1)
        case .pageUp: self = .pages(-1)
        case .halfPageDown: self = .halfPages(1)
        case .halfPageUp: self = .halfPages(-1)
        case .scrollLineDown: self = .scroll(1)
        case .scrollLineUp: self = .scroll(-1)
        case .moveFirst: self = .first
        case .moveLast: self = .last
        default: return nil
        }
    }
}

extension ListViewport {
    mutating func apply(_ motion: Motion) {
        switch motion {
        case .lines(let n), .scroll(let n): move(by: n)
        case .pages(let n): page(by: n)
        case .halfPages(let n): halfPage(by: n)
        case .first: first()
        case .last: last()
        }
    }
}

extension DocumentViewport {
    mutating func apply(_ motion: Motion, in doc: Document, visibleRows: Int) {
        switch motion {
        case .lines(let n): move(by: n, in: doc, visibleRows: visibleRows)
        case .scroll(let n): scrollLines(by: n, in: doc, visibleRows: visibleRows)
        case .pages(let n): scrollPage(by: n * visibleRows, in: doc, visibleRows: visibleRows)
        case .halfPages(let n): scrollPage(by: n * max(1, visibleRows / 2), in: doc, visibleRows: visibleRows)
        case .first: first(in: doc, visibleRows: visibleRows)
        case .last: last(in: doc, visibleRows: visibleRows)
        }
    }
}
