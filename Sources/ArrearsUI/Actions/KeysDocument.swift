import ArrearsCore

/// docs/keys.md, generated from the registry and a keymap so that it cannot drift from the program.
public enum KeysDocument {
    public static func markdown(registry: ActionRegistry = .standard, keymap: Keymap? = nil) -> String {
        let keymap = keymap ?? Keymap(registry: registry)
        var out = """
        # Keys

        Every key of the workbench, by the screen it works on. This file is generated from the action
        registry (`Sources/ArrearsUI/Actions/StandardActions.swift`) by `arrears keys --markdown`
        (`make docs`); a test fails when it is out of date. In the workbench, `?` shows the keys of the
        screen you are on and `:` finds any action by name.

        Keys under **Everywhere** work on every screen unless that screen uses the same key itself.
        In the search line, the command palette and forms, letters are typed; the other keys still work.

        """
        for context in ActionContext.allCases {
            let actions = registry.actions.filter { $0.contexts.contains(context) }
            guard !actions.isEmpty else { continue }
            out += "\n## \(context.title) (`\(context.rawValue)`)\n\n"
            out += "| Keys | Action | Id | Notes |\n|---|---|---|---|\n"
            for action in actions {
                let keys = keymap.keys(for: action.id, in: context).filter { keymap.binding($0, in: context) == action.id }
                let keyText = keys.isEmpty ? "palette only" : keys.map { "`\($0.displayName)`" }.joined(separator: ", ")
                out += "| \(keyText) | \(action.title) | `\(action.id)` | \(notes(action)) |\n"
            }
        }
        out += """

        ## Editing text

        In the search line, the command palette and a form's text fields:

        | Keys | Effect |
        |---|---|

        """
        for (keys, meaning) in EditingKeys.help { out += "| \(keys) | \(meaning) |\n" }
        out += """

        ## Filling in forms

        - A list (an action code, a reason, an outcome) narrows as you type: `tel` leaves the two telephone
          codes. Up and Down move through it; Backspace widens it again.
        - A few plain values (a pattern, a frequency) show on one line: Left, Right or Space step through them,
          or type the first letter.
        - A yes or no question takes `y` or `n`; Space changes the answer.
        - Dates may be typed as `2026-12-24`, `24/12/2026`, `+10d`, `+2w`, `+3m`, `today` or `tomorrow`; the
          date understood, or why it is not one, shows beside the field as you type. Amounts as `12.50`,
          `£1,200` or `1200`.
        - Enter saves, or moves to the first field that needs something and says what. Actions that reach the
          tenant or the court ask once more (`y` yes, `n` or `Esc` back to the form).
        - Esc leaves the form at once when nothing was typed, and asks first when something was.

        ## Changing keys

        Put your own bindings in a key file (the program's `--help` says where it looks), one per line:

        ```
        # <command> <context> <keys> [<action id>]
        bind worklist J move-last
        bind generic <C-q> quit
        unbind worklist F
        ```

        - Contexts: \(ActionContext.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")).
          A binding in `generic` applies wherever a context does not bind the same key.
        - Keys: plain characters are pressed in turn (`gg` is g then g); named keys go in angle
          brackets: `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`,
          `<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<BS>`, `<Del>`, `<Space>`, `<F1>`…`<F12>`,
          `<C-x>` for Ctrl-X, and `<lt>` for the `<` character.
        - An action may only be bound in a context where it applies (the tables above).
        - Mistakes are reported as `file:line: message` and the whole file is refused, so a typo never
          leaves you with half a keymap.

        """
        return out
    }

    private static func notes(_ action: ActionSpec) -> String {
        var notes: [String] = []
        if action.roles != Set(Role.allCases) {
            notes.append("for " + Role.allCases.filter(action.roles.contains).map { $0.label.lowercased() }.joined(separator: ", "))
        }
        if action.isDestructive { notes.append("asks before acting") }
        return notes.joined(separator: "; ")
    }
}
