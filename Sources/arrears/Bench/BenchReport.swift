import ArrearsUI

/// The most a figure may be to meet its target (the issues set upper limits only).
struct BenchTarget {
    var limit: Double
    var text: String

    static func under(_ limit: Double, _ unit: String) -> BenchTarget {
        BenchTarget(limit: limit, text: "< \(BenchFigure.format(limit, decimals: limit == limit.rounded() ? 0 : 1)) \(unit)")
    }
}

/// One measured figure: what it is, its value and unit, and the target when there is one.
struct BenchFigure {
    var name: String
    var value: Double
    var unit: String
    var decimals: Int
    var target: BenchTarget?

    init(_ name: String, _ value: Double, _ unit: String, decimals: Int = 0, target: BenchTarget? = nil) {
        self.name = name; self.value = value; self.unit = unit; self.decimals = decimals; self.target = target
    }

    var met: Bool? { target.map { value < $0.limit } }
    var valueText: String { BenchFigure.format(value, decimals: decimals) }

    /// `1,234,567` or `12.3`, thousands grouped.
    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let scale = Double((0..<decimals).reduce(1) { n, _ in n * 10 })
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard decimals > 0 else { return sign + Format.count(whole) }
        let fraction = Int(rounded) - whole * Int(scale)
        let digits = String(fraction)
        return sign + Format.count(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}

/// One benchmark group's results: a plain table, then notes on how the figures were taken.
struct BenchTable {
    var title: String
    var figures: [BenchFigure] = []
    var notes: [String] = []

    init(title: String) { self.title = title }

    mutating func add(_ figure: BenchFigure) { figures.append(figure) }
    mutating func note(_ line: String) { notes.append(line) }

    var missed: [BenchFigure] { figures.filter { $0.met == false } }

    var text: String {
        let header = ["Figure", "Value", "Unit", "Target", "Result"]
        let rows = figures.map { f in
            [f.name, f.valueText, f.unit, f.target?.text ?? "-", f.met.map { $0 ? "met" : "MISSED" } ?? ""]
        }
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var out = "  "
            for (c, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                // Numbers line up on the right, words on the left.
                out += (c == 1 ? pad + cell : cell + pad) + (c == cells.count - 1 ? "" : "  ")
            }
            while out.hasSuffix(" ") { out.removeLast() }
            return out
        }
        var out = [title, line(header), line(widths.map { String(repeating: "-", count: $0) })]
        out += rows.map(line)
        out += notes.map { "  * " + $0 }
        return out.joined(separator: "\n")
    }
}
