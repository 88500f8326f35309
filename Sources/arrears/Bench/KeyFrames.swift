import ArrearsUI

/// The key sequences timed on the worklist. Each measures one kind of keypress many times; keys that
/// only set the stage (opening the filter editor, starting a search) are pressed but not counted.
@MainActor
struct KeyFrames {
    struct Measured {
        var handle = Samples()
        var effects = Samples()
        var render = Samples()
        var paint = Samples()
        var total = Samples()
        var bytes = Samples()

        mutating func add(_ f: HeadlessWorkbench.Frame) {
            handle.add(f.handle); effects.add(f.effects); render.add(f.render); paint.add(f.paint); total.add(f.total); bytes.add(Double(f.bytes))
        }
    }

    let repeats: Int
    /// Rows of cases on screen: the height less the breadcrumb, tab, filter, column-header and status lines.
    let visibleRows: Int
    /// Moves stay inside the first page when they go this far down and back up.
    static let stride = 20
    static let searchLetters: [Character] = ["a", "e", "i", "n", "o", "r", "s", "t"]

    init(repeats: Int, height: Int) {
        self.repeats = repeats
        visibleRows = height - 5
    }

    /// Down and back up within the page, so that no move scrolls the list.
    func oneRowMoves(_ w: HeadlessWorkbench) -> Measured {
        w.press(.home)
        var m = Measured()
        for i in 0..<repeats {
            let down = (i / KeyFrames.stride) % 2 == 0
            m.add(w.press(.char(down ? "j" : "k")))
        }
        return m
    }

    /// With the selection on the page's last row, every move down scrolls the whole table by one.
    func scrollingMoves(_ w: HeadlessWorkbench) -> Measured {
        w.press(.home)
        w.press(Array(repeating: .char("j"), count: visibleRows - 1))
        var m = Measured()
        for _ in 0..<repeats { m.add(w.press(.char("j"))) }
        return m
    }

    func pages(_ w: HeadlessWorkbench) -> Measured {
        w.press(.home)
        var m = Measured()
        for i in 0..<repeats {
            let down = (i / KeyFrames.stride) % 2 == 0
            m.add(w.press(down ? .pageDown : .pageUp))
        }
        return m
    }

    /// In the filter editor, on the Band line, Right cycles any → red → amber → green → any; each step
    /// filters and sorts the whole caseload again and saves the user's settings.
    func filterChanges(_ w: HeadlessWorkbench) -> Measured {
        w.press(.home)
        w.press([.char("f"), .char("j")])
        var m = Measured()
        for _ in 0..<repeats { m.add(w.press(.right)) }
        w.press(.escape)
        return m
    }

    /// `/` then one letter (timed), then Esc to cancel.
    func searchKeystrokes(_ w: HeadlessWorkbench) -> Measured {
        w.press(.home)
        var m = Measured()
        for i in 0..<repeats {
            w.press(.char("/"))
            m.add(w.press(.char(KeyFrames.searchLetters[i % KeyFrames.searchLetters.count])))
            w.press(.escape)
        }
        return m
    }
}
