import CNcursesw
import ArrearsUI

/// Allocates one ncurses colour pair per role, once, and works out each role's attributes.
/// Monochrome terminals and NO_COLOR get each role's monochrome attributes instead.
@MainActor
struct ColourPalette {
    struct Look {
        var pair: Int16
        var attributes: attr_t
    }

    private var looks: [StyleRole: Look] = [:]

    init(styles: [StyleRole: RoleStyle], mode: TerminalScreen.ColourMode) {
        var nextPair: Int32 = 1
        var pairs: [[Int]: Int16] = [:]
        for role in StyleRole.allCases {
            let style = styles[role] ?? RoleStyle()
            switch mode {
            case .monochrome:
                looks[role] = Look(pair: 0, attributes: ColourPalette.attributes(style.monochrome))
            case .colour(let colors):
                let fg = style.foreground.resolved(forColors: colors)
                let bg = style.background.resolved(forColors: colors)
                var pair: Int16 = 0
                if fg != -1 || bg != -1 {
                    if let existing = pairs[[fg, bg]] {
                        pair = existing
                    } else if nextPair < min(Int32(cw_color_pairs()), 32_767) {
                        _ = init_pair(Int16(nextPair), Int16(fg), Int16(bg))
                        pair = Int16(nextPair)
                        pairs[[fg, bg]] = pair
                        nextPair += 1
                    }
                }
                looks[role] = Look(pair: pair, attributes: ColourPalette.attributes(style.attributes))
            }
        }
    }

    func look(for role: StyleRole) -> Look { looks[role] ?? Look(pair: 0, attributes: cw_a_normal()) }

    static func attributes(_ a: TextAttributes) -> attr_t {
        var out = cw_a_normal()
        if a.contains(.bold) { out |= cw_a_bold() }
        if a.contains(.underline) { out |= cw_a_underline() }
        if a.contains(.reverse) { out |= cw_a_reverse() }
        if a.contains(.dim) { out |= cw_a_dim() }
        if a.contains(.italic) { out |= cw_a_italic() }
        return out
    }
}
