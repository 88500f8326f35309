import Foundation
import Testing
import ArrearsCore
@testable import ArrearsUI

@Suite struct ActionRegistryTests {
    let registry = ActionRegistry.standard
    var keymap: Keymap { Keymap(registry: registry) }

    @Test func defaultKeysNeverClashWithinAContext() {
        for context in ActionContext.allCases {
            var seen: [KeySequence: ActionID] = [:]
            for action in registry.actions where action.contexts.contains(context) {
                for keys in action.defaultKeys {
                    #expect(seen[keys] == nil, "\(context.rawValue): \(keys.notation) is both \(seen[keys]?.rawValue ?? "") and \(action.id)")
                    seen[keys] = action.id
                }
            }
            #expect(keymap.prefixConflicts(in: context).isEmpty, "\(context.rawValue) has a key that hides a longer one")
        }
    }

    @Test func genericKeysAreNotShadowedByAccident() {
        // A context may rebind a generic key on purpose; the standard set never does.
        let generic = Set(keymap.bindings(in: .generic).map(\.keys))
        for context in ActionContext.allCases where context != .generic {
            for (keys, action) in keymap.bindings(in: context) {
                #expect(!generic.contains(keys), "\(context.rawValue) rebinds generic \(keys.notation) to \(action)")
            }
        }
    }

    @Test func everyActionIsReachableByAKeyOrThePaletteWhereverItApplies() {
        for action in registry.actions {
            for context in action.contexts {
                let contexts = context == .generic ? ActionContext.allCases : [context]
                for c in contexts {
                    let byKey = !keymap.keys(for: action.id, in: c).isEmpty
                    let byPalette = Role.allCases.filter(action.allows).allSatisfy { role in
                        registry.paletteActions(in: c, role: role).contains { $0.id == action.id }
                    }
                    #expect(byKey || byPalette, "\(action.id) cannot be reached in \(c.rawValue)")
                }
            }
        }
    }

    @Test func everyKeyLookupFindsItsAction() {
        for context in ActionContext.allCases {
            for (keys, action) in keymap.bindings(in: context) {
                #expect(keymap.lookup(keys.keys, in: context) == .action(action))
                if keys.keys.count > 1 { #expect(keymap.lookup(Array(keys.keys.prefix(1)), in: context) == .pending) }
            }
        }
    }

    @Test func genericBindingsApplyUnlessAContextBindsTheKey() {
        #expect(keymap.lookup([.char("?")], in: .worklist) == .action(.help))
        #expect(keymap.lookup([.enter], in: .worklist) == .action(.open))
        #expect(keymap.lookup([.enter], in: .caseDetails) == .action(.toggleWeek))
        #expect(keymap.lookup([.char("z")], in: .worklist) == .unbound)
    }

    @Test func textInputsTypePrintableKeysButKeepTheirOwn() {
        #expect(keymap.lookup([.char("q")], in: .palette) == .unbound)
        #expect(keymap.lookup([.char("?")], in: .search) == .unbound)
        #expect(keymap.lookup([.escape], in: .palette) == .action(.back))
        #expect(keymap.lookup([.ctrl("c")], in: .search) == .action(.quit))
        #expect(keymap.lookup([.down], in: .palette) == .action(.paletteNext))
    }

    @Test func theHelpOverlayListsTheContextsActionsWithTheirKeys() {
        let agentOnly = { (a: ActionSpec) in a.allows(.agent) ? nil : "not available to a collection agent" }
        let doc = HelpDocument.build(context: .worklist, registry: registry, keymap: keymap, width: 70, unavailable: agentOnly)
        let text = doc.lines.map(\.text).joined(separator: "\n")
        for action in registry.actions(in: .worklist) where action.allows(.agent) {
            #expect(text.contains(action.title), "help lacks \(action.id)")
            for keys in keymap.keys(for: action.id, in: .worklist) { #expect(text.contains(keys.displayName)) }
        }
        #expect(!text.contains("Next pane"), "worklist help shows case keys")
        // What the agent may not do is listed last, greyed, with the reason.
        let greyed = doc.lines.drop { $0.text != "Not available here" }
        let teamLead = greyed.first { $0.text.contains(registry[.teamLead]!.title) }
        #expect(teamLead?.text.contains("Team lead view: not available to a collection agent") == true)
        #expect(teamLead?.segments.allSatisfy { $0.role == .muted } == true)
        #expect(!doc.lines.prefix { $0.text != "Not available here" }.contains { $0.text.contains(registry[.teamLead]!.title) })
    }

    @Test func thePaletteOffersWhatTheRoleMayDo() {
        let agent = registry.paletteActions(in: .worklist, role: .agent).map(\.id)
        let lead = registry.paletteActions(in: .worklist, role: .teamLead).map(\.id)
        #expect(!agent.contains(.teamLead) && lead.contains(.teamLead))
        #expect(!agent.contains(.palette) && !agent.contains(.paletteRun) && !agent.contains(.searchAccept))
        #expect(agent.contains(.filter) && agent.contains(.quit))
        #expect(!agent.contains(.toggleWeek))
    }

    @Test func keysDocumentIsUpToDate() throws {
        let generated = KeysDocument.markdown(registry: registry)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        if GoldenFile.isRecording("keys.md") { GoldenFile.record(generated, to: url, name: "keys.md"); return }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "docs/keys.md is stale: run ARREARS_RECORD=keys.md swift test --filter keysDocument")
    }

    @Test func keysDocumentCoversEveryActionAndContext() {
        let doc = KeysDocument.markdown(registry: registry)
        for action in registry.actions { #expect(doc.contains("`\(action.id)`")) }
        for context in ActionContext.allCases { #expect(doc.contains("(`\(context.rawValue)`)")) }
        #expect(doc.contains("| `g g`, `Home` | Go to the top | `move-first` |"))
        #expect(doc.contains("for team lead, auditor, administrator"))
    }
}

@Suite struct KeyBindingsFileTests {
    let registry = ActionRegistry.standard

    func apply(_ text: String) throws -> Keymap {
        try KeyBindingsFile.apply(text, file: "keys.conf", registry: registry, to: Keymap(registry: registry))
    }

    @Test func bindAndUnbindChangeTheKeymap() throws {
        let map = try apply("""
        # my keys
        bind worklist J move-last
        bind generic <C-q> quit
        unbind worklist F
        bind case <C-x> pane-diary
        """)
        #expect(map.lookup([.char("J")], in: .worklist) == .action(.moveLast))
        #expect(map.lookup([.ctrl("q")], in: .caseDetails) == .action(.quit))
        #expect(map.lookup([.char("F")], in: .worklist) == .unbound)
        #expect(map.lookup([.ctrl("x")], in: .caseDetails) == .action("pane-diary"))
        #expect(map.keys(for: .moveLast, in: .worklist).map(\.notation).contains("J"))
    }

    @Test func overridesShowInHelpAndDocs() throws {
        let map = try apply("bind worklist J move-last")
        let help = HelpDocument.build(context: .worklist, registry: registry, keymap: map, width: 70, unavailable: { _ in nil })
        #expect(help.lines.contains { $0.text.contains("J") && $0.text.contains("Go to the bottom") })
        #expect(KeysDocument.markdown(registry: registry, keymap: map).contains("`J`"))
    }

    @Test func everyMistakeIsReportedWithItsLine() {
        let text = """
        bind worklst j move-down
        bind worklist <Nope> move-down
        bind worklist x move-dwn
        bind worklist x toggle-week
        bind worklist
        unbind worklist j extra
        rebind worklist j move-down
        bind worklist g move-down
        """
        do {
            _ = try apply(text)
            Issue.record("bad bindings were accepted")
        } catch let e as ConfigError {
            #expect(e.issues.map(\.description) == [
                "keys.conf:1: unknown context \"worklst\" (did you mean \"worklist\"?): use one of generic, worklist, case, teamlead, caseload, automation, tonight, whatif, campaign, filter, form, overlay, palette, search, confirm, "
                    + "letters, templates, preview, bulk, bulkresults, review, find",
                "keys.conf:2: bad key \"<Nope>\": write plain characters, or names in brackets such as <C-d>, <PgDn>, <Space>, <lt>",
                "keys.conf:3: unknown action \"move-dwn\" (did you mean \"move-down\"?); actions are listed in docs/keys.md",
                "keys.conf:4: action toggle-week does not apply in worklist; it applies in case",
                "keys.conf:5: missing field: bind needs a context, keys and an action (bind <context> <keys> <action>)",
                "keys.conf:6: too many fields: unbind takes 2 after the command",
                "keys.conf:7: unknown command \"rebind\": expected bind or unbind (did you mean \"bind\"?)",
                "keys.conf:8: g would hide gg in worklist: one key run starts the other",
            ])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aMissingFileChangesNothing() throws {
        let map = try KeyBindingsFile.load(path: "/nonexistent/keys.conf", registry: registry, keymap: Keymap(registry: registry))
        #expect(map.lookup([.char("j")], in: .worklist) == .action(.moveDown))
    }
}

@Suite struct FuzzyMatcherTests {
    @Test(arguments: [("tlv", "Team lead view"), ("srch", "Search by reference"), ("DIARY", "Diary pane"), ("", "Anything"),
                      ("gtb", "Go to the bottom")])
    func matchesSubsequences(_ query: String, _ title: String) {
        #expect(FuzzyMatcher.match(query, in: title) != nil)
    }

    @Test(arguments: [("xyz", "Team lead view"), ("weivt", "Team lead view"), ("diaryy", "Diary pane")])
    func rejectsWhatIsNotThere(_ query: String, _ title: String) {
        #expect(FuzzyMatcher.match(query, in: title) == nil)
    }

    @Test func positionsPointAtTheMatchedLetters() {
        let m = FuzzyMatcher.match("tlv", in: "Team lead view")!
        #expect(m.positions == [0, 5, 10])
        let n = FuzzyMatcher.match("pane", in: "Diary pane")!
        #expect(n.positions == [6, 7, 8, 9])
    }

    @Test func wordStartsAndRunsRankFirst() {
        let titles = ["Reverse the sort order", "Sort by the next column", "Show other charges one by one"]
        #expect(FuzzyMatcher.rank("sort", titles) { $0 }.first?.item == "Sort by the next column")
        let panes = ["Previous pane", "Diary pane", "Court history pane"]
        #expect(FuzzyMatcher.rank("dia", panes) { $0 }.map(\.item) == ["Diary pane"])
        #expect(FuzzyMatcher.rank("", panes) { $0 }.map(\.item) == panes)
        #expect(FuzzyMatcher.rank("ch", ["Clear all filters", "Court history pane"]) { $0 }.first?.item == "Court history pane")
    }
}
