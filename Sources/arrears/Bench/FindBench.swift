import ArrearsCore
import ArrearsUI

/// Find-anywhere's figures (issue 11 §4): opening it (the index built once over every case the team
/// lead may open) and each keystroke of a query typed letter by letter, from the key to the frame.
@MainActor
enum FindBench {
    struct Figures {
        var open = KeyFrames.Measured()
        var keystrokes = KeyFrames.Measured()
        var queries: [String] = []
    }

    /// Types each query into find, a letter at a time, then clears it (Ctrl-U, not timed) for the next.
    /// The queries are a surname with the postcode's district, and a reference: the first letters of
    /// either match most of the caseload, the worst case for a keystroke.
    static func keystrokes(_ w: HeadlessWorkbench, summaries: [CaseSummary], repeats: Int) -> Figures {
        var figures = Figures()
        figures.queries = queries(summaries)
        figures.open.add(w.press(.char("O")))
        var typed = 0
        while typed < repeats {
            for query in figures.queries {
                for letter in query { figures.keystrokes.add(w.press(.char(letter))); typed += 1 }
                w.press(.ctrl("u"))
            }
        }
        w.press(.escape)
        return figures
    }

    private static func queries(_ summaries: [CaseSummary]) -> [String] {
        guard !summaries.isEmpty else { return ["smith"] }
        let middle = summaries[summaries.count / 2]
        let surname = middle.tenantName.split(separator: " ").last.map(String.init) ?? middle.tenantName
        let district = middle.postcode.split(separator: " ").first.map(String.init) ?? ""
        return ["\(surname) \(district)".lowercased(), summaries[summaries.count / 3].ref]
    }
}
