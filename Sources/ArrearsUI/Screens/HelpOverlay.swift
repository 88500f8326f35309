import ArrearsCore

/// The help overlay's text: the context's actions by group, each with its keys.
enum HelpDocument {
    static func build(context: ActionContext, registry: ActionRegistry, keymap: Keymap, role: Role, width: Int) -> Document {
        var doc = Document()
        let actions = registry.actions(in: context).filter { $0.allows(role) }
        let keyWidth = min(20, max(8, width / 3))
        for group in ActionGroup.allCases {
            let inGroup = actions.filter { $0.group == group }
            guard !inGroup.isEmpty else { continue }
            if !doc.lines.isEmpty { doc.append(StyledLine.empty) }
            doc.append(StyledLine(group.rawValue, .heading))
            for action in inGroup {
                let keys = keymap.keys(for: action.id, in: context).map(\.displayName)
                let keyText = keys.isEmpty ? "(palette)" : keys.joined(separator: ", ")
                var line = StyledLine(DisplayWidth.pad(keyText, to: keyWidth) + " ", keys.isEmpty ? .muted : .statusKey)
                line.append(action.title + (action.isDestructive ? " (asks first)" : ""), .overlay)
                doc.append(line)
            }
        }
        if context.isTextInput {
            doc.append(StyledLine.empty)
            doc.append(StyledLine("Editing text", .heading))
            for (keys, meaning) in EditingKeys.help {
                var line = StyledLine(DisplayWidth.pad(keys, to: keyWidth) + " ", .statusKey)
                line.append(meaning, .overlay)
                doc.append(line)
            }
        }
        return doc
    }
}
