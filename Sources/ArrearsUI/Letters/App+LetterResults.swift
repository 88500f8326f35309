import ArrearsCore

extension App {
    /// Takes the outcome of a letter request the host performed: shows its message, reloads what
    /// changed, and moves on (a queued case's letters show on its Letters pane; bulk results say they
    /// are queued).
    public mutating func finish(_ request: LetterRequest, _ outcome: LetterOutcome) {
        session.undoable = outcome.undoable
        switch request {
        case .queue(let letters):
            // The preview is done with either way: on success the letters are on the case; on a
            // refusal (most often a case changed since) the fresh case shows.
            if let p = stack.last as? LetterPreviewScreen, case .queue(let previewed, _) = p.purpose, previewed.ref == letters.ref {
                stack.removeLast()
            }
            reload()
            if outcome.succeeded, var c = stack.last as? CaseScreen, c.ref == letters.ref {
                c.show(.letters, area: body, context: session.context)
                stack[stack.count - 1] = c
            }
        case .bulkQueue(let run):
            if outcome.succeeded, let i = stack.lastIndex(where: { $0 is BulkResultsScreen }), var r = stack[i] as? BulkResultsScreen {
                r.queued = outcome.message
                stack[i] = r
            }
            reload()
            // Exactly what went: the Letters screen on the letters just queued, whatever their patch.
            if outcome.succeeded {
                apply(LettersScreen.open(filter: .justQueued(run.letterIds), session: session))
            }
        case .cancel, .markReviewed:
            reload()
        }
        message = outcome.statusMessage
    }
}
