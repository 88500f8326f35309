import ArrearsCore

/// What every screen needs to draw itself, besides its own state.
struct ScreenContext {
    var glyphs: Glyphs
    var user: User
    var asOf: CivilDate
    /// Login → display name, for officer columns and filters.
    var officerNames: [String: String]
    /// The user's keys by action, so what a screen says to press is what the user bound.
    var keys: KeyNames

    func officerName(_ login: String?) -> String {
        guard let login else { return "unassigned" }
        return officerNames[login] ?? login
    }
}

/// Names the key that runs an action in a context, from the keymap (`keys(.refresh, in: .worklist)`
/// is "R", or whatever the user bound instead).
struct KeyNames {
    let keymap: Keymap
    let registry: ActionRegistry

    func callAsFunction(_ id: ActionID, in context: ActionContext) -> String {
        keymap.keyName(for: id, in: context, registry: registry)
    }
}
