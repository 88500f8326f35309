import ArrearsCore

/// The help overlay's text: the context's actions by group, each with its keys.
enum HelpDocument {
    /// - Parameter unavailable: why an action cannot run here, or nil when it can. Those that cannot
    ///   are listed last, greyed, each with its reason, so the user learns why before pressing.
    static func build(context: ActionContext, registry: ActionRegistry, keymap: Keymap, width: Int,
                      unavailable: (ActionSpec) -> String?) -> Document {
        var doc = Document()
        let all = registry.actions(in: context)
        let reasons = Dictionary(all.compactMap { a in unavailable(a).map { (a.id, $0) } }) { first, _ in first }
        let actions = all.filter { reasons[$0.id] == nil }
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
        let greyed = all.filter { reasons[$0.id] != nil && $0.group != .input }
        if !greyed.isEmpty {
            doc.append(StyledLine.empty)
            doc.append(StyledLine("Not available here", .heading))
            for action in greyed {
                let keys = keymap.keys(for: action.id, in: context).map(\.displayName)
                var line = StyledLine(DisplayWidth.pad(keys.isEmpty ? "(palette)" : keys.joined(separator: ", "), to: keyWidth) + " ", .muted)
                line.append("\(action.title): \(reasons[action.id] ?? "")", .muted)
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
