import ArrearsCore

/// The identifier of an action: stable text used in key-binding files, the palette and docs
/// (tig's request names: `move-down`, `search-next`).
public struct ActionID: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ raw: String) { rawValue = raw }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (a: ActionID, b: ActionID) -> Bool { a.rawValue < b.rawValue }
}

/// One user action, declared once. The keymap, the `?` help overlay, the `:` palette and
/// docs/keys.md are all generated from these declarations.
public struct ActionSpec: Hashable, Sendable {
    public var id: ActionID
    public var title: String
    public var group: ActionGroup
    public var defaultKeys: [KeySequence]
    /// Reaches the tenant, the court or the record in a way that needs confirming.
    public var isDestructive: Bool
    /// Who may run it. The core enforces permissions too; this decides what the screens offer.
    public var roles: Set<Role>
    /// Where it applies, in the order docs list them.
    public var contexts: [ActionContext]
    /// A one-word label for the status bar; actions without one are left to help and the palette.
    public var hint: String?

    public init(_ id: ActionID, _ title: String, group: ActionGroup, keys: [String], contexts: [ActionContext],
                roles: Set<Role> = Set(Role.allCases), destructive: Bool = false, hint: String? = nil) {
        self.id = id; self.title = title; self.group = group
        self.defaultKeys = keys.map { notation in
            guard let sequence = KeySequence(notation: notation) else { preconditionFailure("bad key notation \(notation) for \(id)") }
            return sequence
        }
        self.isDestructive = destructive; self.roles = roles; self.contexts = contexts; self.hint = hint
    }

    public func allows(_ role: Role) -> Bool { roles.contains(role) }
    public func applies(in context: ActionContext) -> Bool { contexts.contains(context) || contexts.contains(.generic) }
}
