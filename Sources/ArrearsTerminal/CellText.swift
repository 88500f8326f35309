import ArrearsCore
import ArrearsUI
import CNcursesw

/// What a grid cell hands ncurses. ncurses places characters by the C library's `wcwidth`, one code
/// point at a time, while the grid measures whole grapheme clusters (`DisplayWidth`): a ZWJ family
/// (👩‍👩‍👧) is one 2-column glyph to the grid but 6 columns to `wcwidth`, and would push the rest of
/// the row right. So each cell sends code points only while `wcwidth` agrees with the cell's width —
/// the first emoji of a sequence, a base with its marks — and pads with spaces when it counts fewer
/// (❤️ is 1 column to `wcwidth`: it is sent without its emoji selector, then a space). Controls and
/// bidi overrides never reach the terminal, whatever put them in the grid.
enum CellText {
    static func append(_ cell: Cell, to run: inout [wchar_t]) {
        var columns = 0
        var sent: [Unicode.Scalar] = []
        for s in cell.text.unicodeScalars where !TerminalSafeText.isHostile(s) {
            let w = Int(cw_wcwidth(s.value))
            if w < 0 { continue }
            if w == 0 {
                if !sent.isEmpty { sent.append(s) }
                continue
            }
            if columns + w > cell.width { break }
            sent.append(s)
            columns += w
        }
        while let last = sent.last, last.value == 0x200D { sent.removeLast() }
        if columns < cell.width { sent.removeAll { $0.value == 0xFE0F } }
        while columns < cell.width { sent.append(" "); columns += 1 }
        for s in sent { run.append(wchar_t(bitPattern: s.value)) }
    }
}
