/// What a run of keys means in a context.
public enum KeyLookup: Hashable, Sendable {
    case action(ActionID)
    /// The keys so far start a longer binding (`g` of `g g`): wait for the next key.
    case pending
    case unbound
}

/// Keys → actions per context, built from the registry's defaults and then the user's overrides.
public struct Keymap: Sendable {
    private var bindings: [ActionContext: [KeySequence: ActionID]] = [:]

    public init(registry: ActionRegistry) {
        for action in registry.actions {
            for context in action.contexts {
                for keys in action.defaultKeys { bindings[context, default: [:]][keys] = action.id }
            }
        }
    }

    public mutating func bind(_ keys: KeySequence, to action: ActionID, in context: ActionContext) {
        bindings[context, default: [:]][keys] = action
    }

    public mutating func unbind(_ keys: KeySequence, in context: ActionContext) {
        bindings[context]?[keys] = nil
    }

    public func binding(_ keys: KeySequence, in context: ActionContext) -> ActionID? { bindings[context]?[keys] }

    /// Every binding of a context, sorted by key notation (for consistency checks and docs).
    public func bindings(in context: ActionContext) -> [(keys: KeySequence, action: ActionID)] {
        (bindings[context] ?? [:]).map { ($0.key, $0.value) }.sorted { $0.keys.notation < $1.keys.notation }
    }

    /// The context's own bindings win; then the generic ones. In a text input a printable key is
    /// typed unless the input binds it itself.
    public func lookup(_ keys: [Key], in context: ActionContext) -> KeyLookup {
        let own = match(keys, in: context)
        if own != .unbound || context == .generic { return own }
        if context.isTextInput, keys.count == 1, keys[0].typedCharacter != nil { return .unbound }
        return match(keys, in: .generic)
    }

    private func match(_ keys: [Key], in context: ActionContext) -> KeyLookup {
        guard let map = bindings[context] else { return .unbound }
        if let id = map[KeySequence(keys)] { return .action(id) }
        if map.keys.contains(where: { $0.keys.count > keys.count && $0.hasPrefix(keys) }) { return .pending }
        return .unbound
    }

    /// The keys that run an action in a context, its own bindings first, then generic ones not shadowed.
    public func keys(for action: ActionID, in context: ActionContext) -> [KeySequence] {
        let own = (bindings[context] ?? [:]).filter { $0.value == action }.map(\.key)
        var result = sortForDisplay(own)
        if context != .generic {
            let shadowed = Set((bindings[context] ?? [:]).keys)
            let generic = (bindings[.generic] ?? [:]).filter { $0.value == action && !shadowed.contains($0.key) }.map(\.key)
            result += sortForDisplay(generic)
        }
        return result
    }

    /// Keys that start with a letter or symbol first (the keys people type most), then named keys.
    private func sortForDisplay(_ keys: [KeySequence]) -> [KeySequence] {
        keys.sorted { a, b in
            func rank(_ k: KeySequence) -> Int {
                guard let c = k.keys.first?.typedCharacter, c != " " else { return 1 }
                return 0
            }
            return (rank(a), a.keys.count, a.notation) < (rank(b), b.keys.count, b.notation)
        }
    }

    /// Bindings where one key run is the start of another in the same context: the shorter would
    /// fire first and the longer could never be typed.
    public func prefixConflicts(in context: ActionContext) -> [(short: KeySequence, long: KeySequence)] {
        let keys = Array((bindings[context] ?? [:]).keys)
        var out: [(KeySequence, KeySequence)] = []
        for a in keys { for b in keys where b.keys.count > a.keys.count && b.hasPrefix(a.keys) { out.append((a, b)) } }
        return out.sorted { ($0.0.notation, $0.1.notation) < ($1.0.notation, $1.1.notation) }
    }
}
