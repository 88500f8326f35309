import ArrearsCore

/// The what-if as a screen of the stack: moving through it, narrowing to the cases of a row, opening a case.
extension PolicyWhatIfScreen: Screen {
    var context: ActionContext { .policyWhatIf }

    /// Pushes the screen; the core checks the role at once (its refusal or a failed read shows as a
    /// message instead), and the comparison starts at the loop's first moment with no key waiting.
    static func open(proposed: Policy, name: String, session: Session) -> Outcome {
        guard let data = session.policyWhatIf else { return .message(Session.noPolicyWhatIf, .warning) }
        do {
            let (tally, refs) = try data.beginPolicyComparison(with: proposed)
            let summaries = Dictionary(session.index.summaries.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
            return .push(PolicyWhatIfScreen(comparing: tally, refs: refs, name: name, summaries: summaries))
        } catch let denied as AccessDenied {
            return .message(denied.description, .error)
        } catch {
            return .message("Could not compare the policies: \(error)", .error)
        }
    }

    var hasPendingWork: Bool { isComparing }

    mutating func doPendingWork(session: Session) {
        if let data = session.policyWhatIf { compareNextPart(data) }
    }

    /// The form for the file, over whatever screen is on top.
    static func ask(session: Session) -> Outcome {
        guard session.policyWhatIf != nil else { return .message(Session.noPolicyWhatIf, .warning) }
        return .overlay(PolicyFileForm.overlay(today: session.asOf))
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, glyphs: session.glyphs).map { ($0, 0) }
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        if let motion = Motion(id) { move(motion, area: session.body); return .handled }
        guard id == .open else { return nil }
        if let failure { return .message("Nothing to list: the comparison stopped (\(failure)).", .error) }
        if isComparing {
            return .message("Still comparing cases (\(progressText)); "
                            + "\(session.key(.open, in: .policyWhatIf)) lists a row's cases once the comparison is complete.")
        }
        switch selected {
        case .cell(let table, let cell)?: return narrowed(to: table, cell).map { .push($0) } ?? .handled
        case .ref(let ref)?: return CaseScreen.open(ref: ref, session: session)
        case nil: return .message("Nothing moves under this policy, so there are no cases to list.")
        }
    }
}
