import ArrearsCore

/// What every screen needs to draw itself, besides its own state.
struct ScreenContext {
    var glyphs: Glyphs
    var user: User
    var asOf: CivilDate
    /// Login → display name, for officer columns and filters.
    var officerNames: [String: String]

    func officerName(_ login: String?) -> String {
        guard let login else { return "unassigned" }
        return officerNames[login] ?? login
    }
}
