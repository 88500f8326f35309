import ArrearsCore

extension ActionID {
    public static let moveDown: ActionID = "move-down"
    public static let moveUp: ActionID = "move-up"
    public static let moveLeft: ActionID = "move-left"
    public static let moveRight: ActionID = "move-right"
    public static let pageDown: ActionID = "page-down"
    public static let pageUp: ActionID = "page-up"
    public static let halfPageDown: ActionID = "half-page-down"
    public static let halfPageUp: ActionID = "half-page-up"
    public static let moveFirst: ActionID = "move-first"
    public static let scrollLineDown: ActionID = "scroll-line-down"
    public static let scrollLineUp: ActionID = "scroll-line-up"
    public static let moveLast: ActionID = "move-last"

    public static let open: ActionID = "open"
    public static let back: ActionID = "back"
    public static let close: ActionID = "close"
    public static let quit: ActionID = "quit"
    public static let help: ActionID = "help"
    public static let palette: ActionID = "palette"
    public static let refresh: ActionID = "refresh"
    public static let teamLead: ActionID = "team-lead"
    public static let worklist: ActionID = "worklist"
    public static let switchArea: ActionID = "switch-area"
    public static let nextTab: ActionID = "next-tab"
    public static let previousTab: ActionID = "prev-tab"
    public static let nextPane: ActionID = "next-pane"
    public static let previousPane: ActionID = "prev-pane"

    public static let search: ActionID = "search"
    public static let searchNext: ActionID = "search-next"
    public static let searchPrevious: ActionID = "search-prev"
    public static let searchAccept: ActionID = "search-accept"
    public static let filter: ActionID = "filter"
    public static let filterClear: ActionID = "filter-clear"
    public static let filterResetField: ActionID = "filter-reset-field"
    public static let filterDone: ActionID = "filter-done"
    public static let sortNext: ActionID = "sort-next"
    public static let sortReverse: ActionID = "sort-reverse"

    public static let why: ActionID = "why"
    public static let toggleWeek: ActionID = "toggle-week"
    public static let toggleAllWeeks: ActionID = "toggle-all-weeks"
    public static let goToTimeline: ActionID = "go-to-timeline"
    public static let toggleOtherCharges: ActionID = "toggle-other-charges"

    public static let confirmYes: ActionID = "confirm-yes"
    public static let confirmNo: ActionID = "confirm-no"
    public static let paletteRun: ActionID = "palette-run"
    public static let paletteNext: ActionID = "palette-next"
    public static let palettePrevious: ActionID = "palette-prev"

    /// `tab-immediate`, `tab-paused`, …: one action per worklist tab.
    public static func tab(_ tab: WorklistTab) -> ActionID { ActionID("tab-" + tab.rawValue) }
    /// `pane-overview`, `pane-diary`, …: one action per case pane.
    public static func pane(_ pane: CasePane) -> ActionID { ActionID("pane-" + pane.rawValue) }
}

extension ActionRegistry {
    /// Every action the workbench's screens implement.
    /// The automation and what-if actions come last, so their status-bar hints take only the room left over.
    public static let standard = ActionRegistry(standardActions + letterActions + FindActions.specs
                                                + (AutomationActions.all + PolicyWhatIfActions.all + CampaignActions.all).map(\.spec))

    private static let lists: [ActionContext] = [.worklist, .caseDetails, .teamLead, .caseload, .automation, .automationPreview, .policyWhatIf, .campaign, .overlay] + ActionContext.letterLists
    private static let leads: Set<Role> = [.teamLead, .administrator, .auditor]

    private static var standardActions: [ActionSpec] {
        var a: [ActionSpec] = [
            ActionSpec(.moveDown, "Move down", group: .navigation, keys: ["j", "<Down>"], contexts: lists + [.filter]),
            ActionSpec(.moveUp, "Move up", group: .navigation, keys: ["k", "<Up>"], contexts: lists + [.filter]),
            ActionSpec(.moveLeft, "Move left, or the previous value", group: .navigation, keys: ["h", "<Left>"],
                       contexts: [.teamLead, .filter]),
            ActionSpec(.moveRight, "Move right, or the next value", group: .navigation, keys: ["l", "<Right>"],
                       contexts: [.teamLead, .filter]),
            ActionSpec(.pageDown, "Page down", group: .navigation, keys: ["<PgDn>"], contexts: lists),
            ActionSpec(.pageUp, "Page up", group: .navigation, keys: ["<PgUp>"], contexts: lists),
            ActionSpec(.halfPageDown, "Half a page down", group: .navigation, keys: ["<C-d>"], contexts: lists),
            ActionSpec(.halfPageUp, "Half a page up", group: .navigation, keys: ["<C-u>"], contexts: lists),
            ActionSpec(.scrollLineDown, "Scroll down a line, keeping the selection", group: .navigation, keys: ["<C-e>"],
                       contexts: [.caseDetails]),
            ActionSpec(.scrollLineUp, "Scroll up a line, keeping the selection", group: .navigation, keys: ["<C-y>"],
                       contexts: [.caseDetails]),
            ActionSpec(.moveFirst, "Go to the top", group: .navigation, keys: ["gg", "<Home>"], contexts: lists),
            ActionSpec(.moveLast, "Go to the bottom", group: .navigation, keys: ["G", "<End>"], contexts: lists),

            ActionSpec(.open, "Open the selected case or count", group: .screens, keys: ["<Enter>"],
                       contexts: [.worklist, .teamLead, .caseload, .automationPreview, .policyWhatIf], hint: "open"),
            ActionSpec(.toggleWeek, "Expand or collapse the selected week; on a box, open its pane; on a letter, read it",
                       group: .caseDetails,
                       keys: ["<Enter>", "<Space>"], contexts: [.caseDetails], hint: "open"),
            ActionSpec(.search, "Search by reference, name, address or postcode", group: .searchFilter, keys: ["/"],
                       contexts: [.worklist], hint: "search"),
            ActionSpec(.searchNext, "Next search match", group: .searchFilter, keys: ["n"], contexts: [.worklist]),
            ActionSpec(.searchPrevious, "Previous search match", group: .searchFilter, keys: ["N"], contexts: [.worklist]),
            ActionSpec(.filter, "Change filters", group: .searchFilter, keys: ["f"], contexts: [.worklist], hint: "filter"),
            ActionSpec(.filterClear, "Clear all filters", group: .searchFilter, keys: ["F"], contexts: [.worklist]),
            ActionSpec(.sortNext, "Sort by the next column", group: .searchFilter, keys: ["s"], contexts: [.worklist],
                       hint: "sort"),
            ActionSpec(.sortReverse, "Reverse the sort order", group: .searchFilter, keys: ["S"], contexts: [.worklist]),
            ActionSpec(.why, "Why this recommended action", group: .caseDetails, keys: ["w"],
                       contexts: [.worklist, .caseDetails], hint: "why"),
            ActionSpec(.goToTimeline, "Go to the timeline's newest week (below the boxes)", group: .caseDetails, keys: ["t"],
                       contexts: [.caseDetails]),
            ActionSpec(.toggleAllWeeks, "Expand or collapse every week", group: .caseDetails, keys: ["e"],
                       contexts: [.caseDetails]),
            ActionSpec(.toggleOtherCharges, "Show other charges one by one", group: .caseDetails, keys: ["o"],
                       contexts: [.caseDetails]),

            ActionSpec(.nextTab, "Next tab", group: .screens, keys: ["<Tab>"], contexts: [.worklist, .teamLead]),
            ActionSpec(.previousTab, "Previous tab", group: .screens, keys: ["<S-Tab>"], contexts: [.worklist, .teamLead]),
        ]
        for (i, tab) in WorklistTab.allCases.enumerated() {
            a.append(ActionSpec(.tab(tab), "\(tab.title) tab", group: .screens, keys: ["\(i + 1)"], contexts: [.worklist]))
        }
        a.append(ActionSpec(.nextPane, "Next pane", group: .screens, keys: ["<Tab>"], contexts: [.caseDetails]))
        a.append(ActionSpec(.previousPane, "Previous pane", group: .screens, keys: ["<S-Tab>"], contexts: [.caseDetails]))
        for (i, pane) in CasePane.allCases.enumerated() {
            a.append(ActionSpec(.pane(pane), "\(pane.title) pane", group: .screens, keys: ["\(i + 1)"],
                                contexts: [.caseDetails], roles: pane.roles))
        }
        a += WorkActions.specs + WorkActions.formSpecs
        a += [
            ActionSpec(.switchArea, "Switch between rent and leasehold cases", group: .screens, keys: ["a"],
                       contexts: [.worklist, .teamLead], roles: leads),
            ActionSpec(.teamLead, "Team lead view", group: .screens, keys: ["T"], contexts: [.generic], roles: leads),
            ActionSpec(.worklist, "Worklist", group: .screens, keys: ["W"], contexts: [.generic]),

            ActionSpec(.filterResetField, "Reset this filter", group: .searchFilter, keys: ["x", "<Del>", "<BS>"],
                       contexts: [.filter]),
            ActionSpec(.filterDone, "Apply the filters and close", group: .searchFilter, keys: ["<Enter>"],
                       contexts: [.filter]),
            ActionSpec(.searchAccept, "Keep the search and return to the list", group: .input, keys: ["<Enter>"],
                       contexts: [.search]),
            ActionSpec(.paletteRun, "Run the highlighted command", group: .input, keys: ["<Enter>"], contexts: [.palette]),
            ActionSpec(.paletteNext, "Next command", group: .input, keys: ["<Down>", "<C-n>", "<Tab>"], contexts: [.palette]),
            ActionSpec(.palettePrevious, "Previous command", group: .input, keys: ["<Up>", "<C-p>", "<S-Tab>"],
                       contexts: [.palette]),

            ActionSpec(.confirmYes, "Yes, go ahead", group: .input, keys: ["y", "<Enter>"], contexts: [.confirm], hint: "yes"),
            ActionSpec(.confirmNo, "No, leave it", group: .input, keys: ["n"], contexts: [.confirm], hint: "no"),

            ActionSpec(.back, "Go back", group: .application, keys: ["<Esc>"], contexts: [.generic], hint: "back"),
            ActionSpec(.help, "Keys for this screen", group: .application, keys: ["?"], contexts: [.generic], hint: "help"),
            ActionSpec(.palette, "Command palette", group: .application, keys: [":"], contexts: [.generic], hint: "commands"),
            ActionSpec(.refresh, "Reload cases from the database", group: .application, keys: ["R"], contexts: [.generic]),
            ActionSpec(.close, "Close this screen (quits from the first screen)", group: .application, keys: ["q"],
                       contexts: [.generic]),
            ActionSpec(.quit, "Quit the workbench", group: .application, keys: ["Q", "<C-c>"], contexts: [.generic],
                       hint: "quit"),
        ]
        return a
    }
}
