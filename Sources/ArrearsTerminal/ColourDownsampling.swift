import ArrearsUI

/// Colour depth is a terminal quirk, so downsampling lives in the adapter: themes may name any of
/// 256 colours or #rrggbb, and 8- and 16-colour terminals get the nearest they can show.
extension ThemeColour {
    /// The nearest colour a terminal with `colors` colours can show (8, 16 or 256).
    public func resolved(forColors colors: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let i):
            if i < colors { return i }
            return ThemeColour.nearestBasic(ThemeColour.rgbOfIndex(i), colors: colors)
        case let .rgb(r, g, b):
            if colors >= 256 { return ThemeColour.nearestCube(r, g, b) }
            return ThemeColour.nearestBasic((Int(r), Int(g), Int(b)), colors: colors)
        }
    }

    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgbOfIndex(_ i: Int) -> (Int, Int, Int) {
        if i < 16 { return basic[max(0, i)] }
        if i >= 232 { let v = 8 + (i - 232) * 10; return (v, v, v) }
        let c = i - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
    }

    static func nearestCube(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func step(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
        return 16 + 36 * step(r) + 6 * step(g) + step(b)
    }

    static func nearestBasic(_ c: (Int, Int, Int), colors: Int) -> Int {
        let limit = colors >= 16 ? 16 : 8
        var best = 0
        var bestDistance = Int.max
        for i in 0..<limit {
            let p = basic[i]
            let d = (p.0 - c.0) * (p.0 - c.0) + (p.1 - c.1) * (p.1 - c.1) + (p.2 - c.2) * (p.2 - c.2)
            if d < bestDistance { bestDistance = d; best = i }
        }
        return best
    }
}
