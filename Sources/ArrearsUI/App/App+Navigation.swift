import ArrearsCore

/// The actions that move around the stack itself: back, close, quit, help, the palette, reloading,
/// and the two root screens. Everything else belongs to a screen.
extension App {
    /// Returns false when the action is not one of these.
    mutating func performNavigation(_ id: ActionID, in context: ActionContext) -> Bool {
        switch id {
        case .quit: isFinished = true
        case .back: back()
        case .close:
            if overlay != nil || stack.count > 1 { back() } else { isFinished = true }
        case .help:
            if let p = overlay as? PagerOverlay, case .help = p.content { overlay = nil; return true }
            overlay = PagerOverlay(title: "Keys: \(context.title)", content: .help(context))
        case .palette: overlay = CommandPalette(openedOver: context)
        case .refresh:
            reload()
            message = StatusMessage("Reloaded \(Format.count(session.index.summaries.count)) cases.", kind: .success)
        case .teamLead:
            overlay = nil
            let s = session
            apply(Outcome([.reuse(matching: { $0 is TeamLeadScreen }, otherwise: { .push(TeamLeadScreen.make(session: s)) })]))
        case .worklist:
            // Back to the user's own worklist, or a new one on top (a team lead's first visit).
            overlay = nil
            let s = session
            apply(Outcome([.reuse(matching: { ($0 as? WorklistScreen)?.persists == true },
                                  otherwise: { .push(WorklistScreen.own(session: s)) })]))
        default:
            return false
        }
        return true
    }

    mutating func back() {
        if var o = overlay {
            let outcome = o.back()
            overlay = o
            apply(outcome)
            return
        }
        if let outcome = stack[stack.count - 1].back() { apply(outcome); return }
        apply(.pop)
    }
}
