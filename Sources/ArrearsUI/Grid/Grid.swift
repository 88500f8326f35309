import ArrearsCore

/// A semantic colour role. Screens paint roles; a theme decides what each role looks like.
/// The raw value is the role's name in theme files.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal
    case muted
    case heading
    case title
    case border
    case borderFocus = "border.focus"
    case selection
    case tabActive = "tab.active"
    case tabInactive = "tab.inactive"
    case statusBar = "statusbar"
    case statusKey = "statusbar.key"
    case message
    case error
    case warning
    case success
    case breadcrumb
    case filterLine = "filterline"
    case ragRed = "rag.red"
    case ragAmber = "rag.amber"
    case ragGreen = "rag.green"
    case moneyArrears = "money.arrears"
    case moneyCredit = "money.credit"
    case overdue
    case hold
    case graph
    case input
    case inputCursor = "input.cursor"
    case overlay
    case overlayTitle = "overlay.title"
    case highlight
    case link

    /// One character naming the role in golden "role layer" snapshots.
    public var glyph: Character {
        switch self {
        case .normal: return "."
        case .muted: return "m"
        case .heading: return "H"
        case .title: return "T"
        case .border: return "b"
        case .borderFocus: return "B"
        case .selection: return "S"
        case .tabActive: return "t"
        case .tabInactive: return "i"
        case .statusBar: return "s"
        case .statusKey: return "k"
        case .message: return "M"
        case .error: return "E"
        case .warning: return "W"
        case .success: return "O"
        case .breadcrumb: return "c"
        case .filterLine: return "f"
        case .ragRed: return "R"
        case .ragAmber: return "A"
        case .ragGreen: return "G"
        case .moneyArrears: return "$"
        case .moneyCredit: return "+"
        case .overdue: return "!"
        case .hold: return "h"
        case .graph: return "g"
        case .input: return "I"
        case .inputCursor: return "_"
        case .overlay: return "o"
        case .overlayTitle: return "O"
        case .highlight: return "*"
        case .link: return "l"
        }
    }
}

/// One terminal cell. A wide character occupies its cell and a following continuation cell.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for the continuation half of a wide character.
    public var text: String
    /// Display width of `text`: 0 (continuation), 1 or 2.
    public var width: UInt8
    public var role: StyleRole

    public init(text: String, width: UInt8, role: StyleRole) {
        self.text = text; self.width = width; self.role = role
    }

    public static let blank = Cell(text: " ", width: 1, role: .normal)
}

/// A plain grid of cells that every screen renders into. Only the terminal adapter turns it into
/// terminal output, which makes every screen testable as text (ratatui's Buffer idea).
public struct Grid: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor is parked (the selected row), so screen readers follow the selection.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int, role: StyleRole = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", width: 1, role: role), count: self.width * self.height)
    }

    public static func == (a: Grid, b: Grid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
        guard r.width > 0, r.height > 0 else { return }
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) { self[y, x] = Cell(text: " ", width: 1, role: role) }
        }
    }

    /// Writes text at (row, column), clipped at `maxWidth` columns (default: the grid's edge).
    /// Wide characters that would straddle the limit are replaced by a space. Returns columns written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let limit = min(width, column + (maxWidth ?? width))
        var x = column
        for ch in text {
            if x >= limit { break }
            var w = DisplayWidth.of(ch)
            if w == 0 {
                // A combining mark on its own folds into the previous cell; controls, bidi overrides
                // (U+202E) and other format characters are dropped, so none reaches the terminal.
                if x > column, let s = ch.unicodeScalars.first, Grid.isMark(s) {
                    var prev = self[row, x - 1]
                    if prev.width == 0, x - 2 >= 0 { prev = self[row, x - 2] ; prev.text.append(ch); self[row, x - 2] = prev }
                    else { prev.text.append(ch); self[row, x - 1] = prev }
                }
                continue
            }
            if x < 0 { x += w; continue }
            if x + w > limit {
                self[row, x] = Cell(text: " ", width: 1, role: role)
                x += 1
                break
            }
            if w == 2 {
                self[row, x] = Cell(text: String(ch), width: 2, role: role)
                self[row, x + 1] = Cell(text: "", width: 0, role: role)
            } else {
                w = 1
                self[row, x] = Cell(text: String(ch), width: 1, role: role)
            }
            x += w
        }
        return x - column
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Changes the role of a run of cells, keeping their text (used to paint a selected row).
    public mutating func paint(row: Int, from column: Int, width w: Int, role: StyleRole) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<min(width, column + w) { self[row, x].role = role }
    }

    /// The text of one row, wide characters once, trailing spaces kept.
    public func rowText(_ row: Int) -> String {
        var s = ""
        for x in 0..<width {
            let c = self[row, x]
            if c.width == 0 { continue }
            s += c.text
        }
        return s
    }

    /// One glyph per column naming each cell's role: the "role layer" of a golden snapshot.
    public func roleText(_ row: Int) -> String {
        var s = ""
        for x in 0..<width { s.append(self[row, x].role.glyph) }
        return s
    }

    /// The whole grid as text, one line per row, trailing spaces trimmed.
    public var text: String {
        (0..<height).map { r in
            var line = rowText(r)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The whole role layer, one line per row.
    public var roles: String { (0..<height).map { roleText($0) }.joined(separator: "\n") }
}

/// A rectangle in grid coordinates.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public func clipped(to o: Rect) -> Rect {
        let nx = max(x, o.x), ny = max(y, o.y)
        return Rect(x: nx, y: ny, width: min(maxX, o.maxX) - nx, height: min(maxY, o.maxY) - ny)
    }
    public func inset(by n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
}
