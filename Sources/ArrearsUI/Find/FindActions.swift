import ArrearsCore

extension ActionID {
    public static let findAnywhere: ActionID = "find"
    public static let findOpen: ActionID = "find-open"
    public static let findNext: ActionID = "find-next"
    public static let findPrevious: ActionID = "find-prev"
    public static let findPageDown: ActionID = "find-page-down"
    public static let findPageUp: ActionID = "find-page-up"
}

/// Find-anywhere's actions. Letters are typed into its query, so its own keys are arrows, paging and
/// Enter; anyone who may view a case may use it (the core then limits what it finds). It has no
/// status-bar hint, which every screen would then carry: help, the palette and `/`'s "no match" name it.
enum FindActions {
    static var specs: [ActionSpec] {
        [
            ActionSpec(.findAnywhere, "Find any case by reference, payment reference, name, address or postcode",
                       group: .searchFilter, keys: ["O"], contexts: [.generic], roles: WorkActions.roles(for: .viewCase)),
            ActionSpec(.findOpen, "Open the highlighted case", group: .input, keys: ["<Enter>"], contexts: [.find],
                       hint: "open"),
            ActionSpec(.findNext, "Next case found", group: .input, keys: ["<Down>", "<C-n>"], contexts: [.find]),
            ActionSpec(.findPrevious, "Previous case found", group: .input, keys: ["<Up>", "<C-p>"], contexts: [.find]),
            ActionSpec(.findPageDown, "Page down the cases found", group: .input, keys: ["<PgDn>"], contexts: [.find]),
            ActionSpec(.findPageUp, "Page up the cases found", group: .input, keys: ["<PgUp>"], contexts: [.find]),
        ]
    }
}
