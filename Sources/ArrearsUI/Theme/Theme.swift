import ArrearsCore

/// How one role looks: in colour, and with attributes alone on terminals without colour or under NO_COLOR.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: ThemeColour
    public var background: ThemeColour
    public var attributes: TextAttributes
    public var monochrome: TextAttributes

    public init(foreground: ThemeColour = .terminalDefault, background: ThemeColour = .terminalDefault,
                attributes: TextAttributes = [], monochrome: TextAttributes = []) {
        self.foreground = foreground; self.background = background
        self.attributes = attributes; self.monochrome = monochrome
    }
}

/// A palette: every semantic role mapped to a `RoleStyle`. Screens paint roles; the adapter asks the
/// theme for each role's look once at start-up.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    private var styles: [StyleRole: RoleStyle]
    /// Roles the file gave `color` and `mono` lines for (the rest were filled in by the fallback rules).
    public private(set) var rolesWithColour: Set<StyleRole>
    public private(set) var rolesWithMono: Set<StyleRole>

    /// Fills in what the caller left out: a role without colours takes `normal`'s colours (with no
    /// attributes), and a role without a monochrome attribute takes its built-in one, so that a
    /// partial theme never makes the selection invisible.
    public init(name: String, description: String = "", colours: [StyleRole: (ThemeColour, ThemeColour, TextAttributes)],
                mono: [StyleRole: TextAttributes]) {
        self.name = name
        self.description = description
        rolesWithColour = Set(colours.keys)
        rolesWithMono = Set(mono.keys)
        let base = colours[.normal] ?? (.terminalDefault, .terminalDefault, [])
        var styles: [StyleRole: RoleStyle] = [:]
        for role in StyleRole.allCases {
            let c = colours[role] ?? (base.0, base.1, [])
            styles[role] = RoleStyle(foreground: c.0, background: c.1, attributes: c.2,
                                     monochrome: mono[role] ?? role.defaultMonochrome)
        }
        self.styles = styles
    }

    public func style(for role: StyleRole) -> RoleStyle { styles[role] ?? RoleStyle() }

    public static func == (a: Theme, b: Theme) -> Bool { a.name == b.name && a.styles == b.styles }
    public func hash(into h: inout Hasher) { h.combine(name) }

    /// Terminal colours throughout and the built-in monochrome attributes: what runs when no theme
    /// file can be found, and what the monochrome theme file spells out.
    public static let plain = Theme(name: "plain", description: "Terminal colours and attributes only",
                                    colours: [:], mono: [:])
}

extension StyleRole {
    /// Each role's look without colour: enough to tell every role that carries meaning apart.
    public var defaultMonochrome: TextAttributes {
        switch self {
        case .normal, .border, .tabInactive, .success, .filterLine, .ragAmber, .ragGreen, .moneyCredit, .graph, .overlay:
            return []
        case .muted: return .dim
        case .heading, .title, .borderFocus, .warning, .ragRed, .moneyArrears, .overlayTitle: return .bold
        case .selection, .statusBar, .inputCursor, .message: return .reverse
        case .statusKey: return [.reverse, .bold]
        case .tabActive: return [.bold, .underline]
        case .error: return [.bold, .underline]
        case .overdue, .hold, .input, .link, .breadcrumb: return .underline
        case .highlight: return [.bold, .underline]
        }
    }
}
