/// `arrears policy compare` output: plain tables, or one JSON document.
extension PolicyComparison {
    public func text(proposedName: String) -> String {
        var out = ["Compared the current policy with \(proposedName) as of \(asOf.longText): \(total) case\(total == 1 ? "" : "s").",
                   "\(bandMoves) would change band and \(actionMoves) would change next action. Nothing was stored.", ""]
        out += table(bands, heading: "Band now → band under the file") { $0 }
        out.append("")
        out += table(actions, heading: "Next action now → under the file") { RecommendedAction(rawValue: $0)?.label ?? $0 }
        return out.joined(separator: "\n") + "\n"
    }

    private func table(_ cells: [Cell], heading: String, name: (String) -> String) -> [String] {
        let labels = cells.map { $0.moved ? "\(name($0.from)) → \(name($0.to))" : "\(name($0.from)) (unchanged)" }
        let width = ((labels + [heading]).map(\.count).max() ?? 0) + 2
        var lines = [Explanation.pad(heading, width) + Explanation.leftPad("Cases", 8) + "  Examples"]
        for (label, cell) in zip(labels, cells) {
            lines.append(Explanation.pad(label, width) + Explanation.leftPad(String(cell.cases), 8)
                         + (cell.examples.isEmpty ? "" : "  " + cell.examples.joined(separator: ", ")))
        }
        return lines
    }

    public func json(proposedName: String) -> String {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.string("format", "arrears-workbench-policy-compare")
        w.int("version", 1)
        w.string("as_of", asOf.isoText)
        w.string("proposed", proposedName)
        w.int("cases", total)
        w.int("band_moves", bandMoves)
        w.int("action_moves", actionMoves)
        for (key, cells) in [("bands", bands), ("actions", actions)] {
            w.beginArray(key)
            for cell in cells {
                w.beginObject()
                w.string("from", cell.from)
                w.string("to", cell.to)
                w.int("cases", cell.cases)
                w.beginArray("examples")
                for ref in cell.examples { w.string(nil, ref) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return w.text + "\n"
    }
}
