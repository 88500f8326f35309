import ArrearsCore

/// The one list of actions (tig's request.h, lazygit's keybinding config).
public struct ActionRegistry: Sendable {
    public private(set) var actions: [ActionSpec]
    private var index: [ActionID: Int]

    public init(_ actions: [ActionSpec]) {
        self.actions = []
        index = [:]
        for action in actions { add(action) }
    }

    private mutating func add(_ action: ActionSpec) {
        precondition(index[action.id] == nil, "duplicate action id \(action.id)")
        index[action.id] = actions.count
        actions.append(action)
    }

    public subscript(id: ActionID) -> ActionSpec? { index[id].map { actions[$0] } }

    /// Actions that apply in a context (its own and the generic ones), in registry order.
    public func actions(in context: ActionContext) -> [ActionSpec] {
        actions.filter { $0.applies(in: context) }
    }

    /// What the palette offers over a context: everything that applies there and the role may run,
    /// except the palette's own keys and itself.
    public func paletteActions(in context: ActionContext, role: Role) -> [ActionSpec] {
        paletteCandidates(in: context).filter { $0.allows(role) }
    }

    /// Everything the palette lists over a context, whoever asks (it greys what the user cannot run).
    func paletteCandidates(in context: ActionContext) -> [ActionSpec] {
        actions(in: context).filter { $0.group != .input && $0.id != .palette }
    }
}
