/// Key names for messages and dialogs, read from the keymap so a rebound key is named as the user
/// bound it ("p pauses it" becomes "z pauses it").
extension Keymap {
    /// The first key that runs an action in a context; the action's title in quotes when it has no key
    /// there (the user unbound them all), so the message still says what to look for in `:`.
    public func keyName(for id: ActionID, in context: ActionContext, registry: ActionRegistry) -> String {
        if let first = keys(for: id, in: context).first { return first.displayName }
        return "\u{201C}\(registry[id]?.title ?? id.rawValue)\u{201D}"
    }

    /// The last key that runs an action: for pairs named in prose ("Left/Right change"), where the
    /// named keys come after the letters.
    func lastKeyName(for id: ActionID, in context: ActionContext) -> String? { keys(for: id, in: context).last?.displayName }

    /// Every key of an action in a context, joined: `n or Esc`.
    func keyNames(for id: ActionID, in context: ActionContext) -> [String] { keys(for: id, in: context).map(\.displayName) }
}
