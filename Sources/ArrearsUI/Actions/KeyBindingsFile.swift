import ArrearsCore
import Foundation

/// The user's key overrides, tigrc style, one per line:
///
///     bind <context> <keys> <action-id>     # e.g. bind worklist J move-last
///     unbind <context> <keys>
///
/// Keys use the notation of `KeySequence` (`gg`, `<C-d>`, `<Space>`, `<lt>`).
public enum KeyBindingsFile {
    public static func apply(_ text: String, file: String, registry: ActionRegistry, to keymap: Keymap) throws -> Keymap {
        var result = keymap
        var issues: [ConfigIssue] = []
        let contextNames = ActionContext.allCases.map(\.rawValue)
        for line in ConfigLine.lines(of: text) {
            func fail(_ message: String) { issues.append(ConfigIssue(file: file, line: line.number, message: message)) }
            let w = line.words
            switch w[0] {
            case "bind", "unbind":
                let needed = w[0] == "bind" ? 4 : 3
                guard w.count >= needed else {
                    fail(w[0] == "bind" ? "missing field: bind needs a context, keys and an action (bind <context> <keys> <action>)"
                                        : "missing field: unbind needs a context and keys (unbind <context> <keys>)")
                    continue
                }
                guard w.count == needed else { fail("too many fields: \(w[0]) takes \(needed - 1) after the command"); continue }
                guard let context = ActionContext(rawValue: w[1]) else {
                    fail("unknown context \"\(w[1])\"" + NameSuggestion.hint(for: w[1], in: contextNames)
                         + ": use one of " + contextNames.joined(separator: ", "))
                    continue
                }
                guard let keys = KeySequence(notation: w[2]) else {
                    fail("bad key \"\(w[2])\": write plain characters, or names in brackets such as <C-d>, <PgDn>, <Space>, <lt>")
                    continue
                }
                if w[0] == "unbind" { result.unbind(keys, in: context); continue }
                guard let action = registry[ActionID(w[3])] else {
                    fail("unknown action \"\(w[3])\"" + NameSuggestion.hint(for: w[3], in: registry.actions.map(\.id.rawValue))
                         + "; actions are listed in docs/keys.md")
                    continue
                }
                guard action.contexts.contains(context) || action.contexts.contains(.generic) else {
                    fail("action \(action.id) does not apply in \(context.rawValue); it applies in "
                         + action.contexts.map(\.rawValue).joined(separator: ", "))
                    continue
                }
                result.bind(keys, to: action.id, in: context)
                if let clash = result.prefixConflicts(in: context).first(where: { $0.short == keys || $0.long == keys }) {
                    fail("\(clash.short.notation) would hide \(clash.long.notation) in \(context.rawValue): one key run starts the other")
                }
            default:
                fail("unknown command \"\(w[0])\": expected bind or unbind" + NameSuggestion.hint(for: w[0], in: ["bind", "unbind"]))
            }
        }
        if !issues.isEmpty { throw ConfigError(issues: issues) }
        return result
    }

    /// Reads and applies a file; a missing file changes nothing (overrides are optional).
    public static func load(path: String, registry: ActionRegistry, keymap: Keymap) throws -> Keymap {
        guard FileManager.default.fileExists(atPath: path) else { return keymap }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, message: "cannot read the file as UTF-8 text")
        }
        return try apply(text, file: path, registry: registry, to: keymap)
    }
}
