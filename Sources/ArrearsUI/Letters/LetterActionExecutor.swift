import ArrearsCore

/// Performs the letter screens' requests with the core's case actions, which check the role, run
/// each request as one transaction and write the diary. The host makes one per run of the program,
/// on the same `CaseActions` as its `ActionExecutor` so that undo reaches letters too:
///
///     let letters = LetterActionExecutor(actions: caseActions)
///     case .letters(let request): letters.run(request, in: &app)
public final class LetterActionExecutor {
    public let actions: CaseActions

    public init(actions: CaseActions) { self.actions = actions }

    /// Performs the request and hands the outcome to the App, which shows it and moves on.
    public func run(_ request: LetterRequest, in app: inout App) {
        app.finish(request, perform(request))
    }

    public func perform(_ request: LetterRequest) -> LetterOutcome {
        switch request {
        case .queue(let letters): return queue(letters)
        case .bulkQueue(let items): return bulkQueue(items)
        case .cancel(let letter): return cancel(letter)
        case .markReviewed(let letter, let printedLocally): return markReviewed(letter, printedLocally: printedLocally)
        }
    }

    public func queue(_ letters: LettersForCase) -> LetterOutcome {
        attempt("Nothing was queued") {
            try actions.queueLetters(ref: letters.ref, expectedVersion: letters.expectedVersion, toQueue(letters)).message
        }
    }

    /// As `arrears letters queue`: one transaction that writes each case from the check's copy while its
    /// version is still the copy's, and prepares a case changed since again from what is stored.
    public func bulkQueue(_ run: BulkLetterRun) -> LetterOutcome {
        attempt("Nothing was queued") {
            let recheck = BulkQueue.recheck(template: run.template, asOf: actions.asOf, sender: run.sender, role: actions.user.role,
                                            author: actions.user.login, at: Timestamp(london: actions.asOf)) { [actions] fresh in
                actions.storedLetterFigures(fresh, minimumBalance: run.minimumBalance)
            }
            let outcome = try actions.bulkQueueLetters(run.items, recheck: recheck)
            return ([outcome.message] + outcome.notQueued.map { "\($0.ref) not queued: \($0.reason)" }).joined(separator: "; ")
        }
    }

    public func cancel(_ letter: LetterOnCase) -> LetterOutcome {
        attempt("The letter was not cancelled") {
            try actions.cancelLetter(ref: letter.ref, expectedVersion: letter.expectedVersion, letterId: letter.letterId).message
        }
    }

    public func markReviewed(_ letter: LetterOnCase, printedLocally: Bool) -> LetterOutcome {
        attempt("The letter was not marked reviewed") {
            try actions.markLetterReviewed(ref: letter.ref, expectedVersion: letter.expectedVersion, letterId: letter.letterId,
                                           printedLocally: printedLocally).message
        }
    }

    /// The core stamps each letter with its author and the time it is queued; the stamp given here
    /// is replaced, so the working date stands in for it.
    private func toQueue(_ letters: LettersForCase) throws -> [LetterToQueue] {
        let stamp = Timestamp(london: actions.asOf)
        return try letters.letters.map { draft in
            guard let letter = draft.prepared.queuedLetter(id: draft.id, author: actions.user.login, at: stamp) else {
                let problems = draft.prepared.verdict.messages.joined(separator: "; ")
                throw ActionRefused(field: "Letter", "The letter to \(draft.prepared.rendered.recipientName) cannot be queued: \(problems).")
            }
            return LetterToQueue(letter: letter, diaryCode: draft.prepared.rendered.template.diaryCode)
        }
    }

    private func attempt(_ failure: String, _ body: () throws -> String) -> LetterOutcome {
        do {
            return LetterOutcome(message: try body(), succeeded: true, undoable: actions.lastAction)
        } catch let refused as BulkQueueRefused {
            return LetterOutcome(message: refused.description, succeeded: false, undoable: actions.lastAction)
        } catch {
            return LetterOutcome(message: "\(failure): \(error)", succeeded: false, undoable: actions.lastAction)
        }
    }
}
