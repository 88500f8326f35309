import ArrearsCore

/// Bulk letters' first step as a screen of the stack: typing references, choosing the template and
/// checking the references against it.
extension BulkEntryScreen: Screen {
    var context: ActionContext { .bulkLetterEntry }

    /// `B`: back to the reference entry, or a new one with the template picker over it.
    static func open(session: Session) -> Outcome {
        Outcome([.closeOverlay, .reuse(matching: { $0 is BulkEntryScreen }, otherwise: {
            guard LetterQuestions.source(session) != nil else { return .message(LetterQuestions.unavailable, .error) }
            let entry = BulkEntryScreen()
            return Outcome.push(entry).then(entry.pickTemplate(session: session))
        })])
    }

    mutating func fit(_ area: Rect, session: Session) {}

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, context: session.context)
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        switch id {
        case .bulkTemplate: return pickTemplate(session: session)
        case .bulkCheck: return check(session: session)
        default: return nil
        }
    }

    mutating func type(_ key: Key, session: Session) -> Outcome? { references.handle(key) ? .handled : nil }

    func pickTemplate(session: Session) -> Outcome {
        let templates = LetterTemplateCatalogue.standard.offered(to: session.user.role)
        guard !templates.isEmpty else { return .message("No letter templates are offered to \(session.user.role.withArticle).", .warning) }
        return .overlay(TemplatePicker(title: "Bulk letters: choose a template", templates: templates, purpose: .bulk,
                                       selecting: template?.id))
    }

    private func check(session: Session) -> Outcome {
        guard let source = LetterQuestions.source(session) else { return .handled }
        guard let template else { return .message("Choose a template first.", .warning) }
        let raw = references.text
        guard !ReferenceList.parse(raw).references.isEmpty else {
            return .message("Type or paste at least one tenancy or payment reference.", .warning)
        }
        let finder = BulkReferenceFinder(index: session.index)
        // As `arrears letters queue`: every named case read at once, then the plan from those copies.
        let cases: BulkQueue.Cases
        do {
            cases = try BulkQueue.Cases(rawReferences: raw, resolve: finder.caseRef(for:), load: source.loadCases(refs:))
        } catch {
            return .message("Could not read the cases: \(error)", .error)
        }
        let plan = BulkLetterPlan.make(rawReferences: raw, template: template, asOf: session.asOf, sender: source.letterSender,
                                       role: session.user.role, remit: Remit.of(session.user), lookup: cases.lookup,
                                       figures: { source.letterFigures(collectableArrears: finder.collectableArrears(of: $0)) })
        return .push(BulkResultsScreen(plan: plan, cases: cases, sender: source.letterSender,
                                       minimumBalance: source.letterMinimumBalance, session: session))
    }
}

/// Finds the case a pasted reference names, through the loaded summaries: a tenancy reference or a
/// payment reference, as typed or in capitals.
struct BulkReferenceFinder {
    let index: WorklistIndex
    private let byPaymentRef: [String: Int]

    init(index: WorklistIndex) {
        self.index = index
        var byPayment: [String: Int] = [:]
        for (i, s) in index.summaries.enumerated() where byPayment[s.paymentRef] == nil { byPayment[s.paymentRef] = i }
        byPaymentRef = byPayment
    }

    func caseRef(for reference: String) -> String? {
        for candidate in [reference, reference.uppercased()] {
            if let i = index.position(ofRef: candidate) ?? byPaymentRef[candidate] { return index.summaries[i].ref }
        }
        return nil
    }

    /// The collectable arrears the classification stored for the case.
    func collectableArrears(of file: CaseFile) -> Money {
        index.position(ofRef: file.ref).map { index.summaries[$0].collectableArrears } ?? .zero
    }
}
