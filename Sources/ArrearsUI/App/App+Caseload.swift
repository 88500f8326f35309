import ArrearsCore

/// The team lead's caseload screen and reassignment by keys.
extension App {
    func makeCaseload() -> CaseloadScreen {
        let users = (try? data.users()) ?? []
        return CaseloadScreen(report: CaseloadReport.build(summaries: index.summaries, users: users, asOf: asOf), asOf: asOf)
    }

    mutating func openCaseload() {
        if let i = stack.lastIndex(where: { if case .caseload = $0 { return true } else { return false } }) {
            stack.removeSubrange((i + 1)...)
            return
        }
        var screen = makeCaseload()
        screen.fit(body)
        stack.append(.caseload(screen))
    }

    mutating func performOnCaseload(_ id: ActionID, _ screen: inout CaseloadScreen) -> Bool {
        if let motion = Motion(id) {
            screen.move(motion, area: body, context: context)
            return true
        }
        switch id {
        case .open:
            switch screen.selectedItem(area: body, context: context) {
            case let .officer(login, role)?:
                let area: ServiceArea = role == .leaseholdOfficer ? .leasehold : .rent
                drill(into: WorklistDrill(area: area, tab: .fullPatch, filter: WorklistFilter(patch: .all, officer: login)))
            case .caseRow(let ref)?: openCase(ref: ref)
            case .suggestion(let s)?: askToAccept(s)
            case nil: message = StatusMessage("Nothing to open here.")
            }
        case .acceptSuggestion:
            guard case .suggestion(let s)? = screen.selectedItem(area: body, context: context) else {
                message = StatusMessage("Move to a suggestion (under Rebalancing suggestions) to accept it.", kind: .warning)
                return true
            }
            askToAccept(s)
        default:
            return false
        }
        return true
    }

    private mutating func askToAccept(_ s: RebalanceSuggestion) {
        guard let action = registry[.acceptSuggestion] else { return }
        let text = "Move \(s.refs.count) case\(s.refs.count == 1 ? "" : "s") from \(context.officerName(s.from)) to "
            + "\(context.officerName(s.to))? Each case's diary records it."
        overlay = .confirm(ConfirmPrompt(action: action, then: .perform(.acceptSuggestion(s)), text: text))
    }

    // MARK: Marking and reassigning

    mutating func performAssignment(_ id: ActionID) {
        if id == .reassignPatch {
            openPatchForm()
            return
        }
        guard case .worklist(var w)? = stack.last else { return }
        switch id {
        case .markCase:
            w.toggleMark()
            let n = w.marks.count
            message = StatusMessage(n == 0 ? "No cases marked." : "\(Format.count(n)) marked; r reassigns them, x clears the marks.")
        case .clearMarks:
            w.clearMarks()
            message = StatusMessage("Marks cleared.")
        case .reassignCases:
            let refs = w.marks.isEmpty ? w.selectedSummary.map { [$0.ref] } ?? [] : w.marks.sorted()
            guard !refs.isEmpty else {
                message = StatusMessage("No case selected.")
                return
            }
            let types = Set(refs.compactMap { ref in index.position(ofRef: ref).map { index.summaries[$0].type } })
            open(ReassignCasesForm.overlay(refs: refs, types: types, officers: officerChoices(), today: asOf))
        default:
            break
        }
        stack[stack.count - 1] = .worklist(w)
    }

    private mutating func openPatchForm() {
        var types: [String: Set<AccountType>] = [:]
        for s in index.summaries { if let p = s.patch { types[p, default: []].insert(s.type) } }
        let officers = officerChoices()
        let patches = types.keys.sorted().map { name in
            ReassignPatchForm.Patch(name: name, types: types[name]!, holder: holder(of: name, users: officers.users))
        }
        guard !patches.isEmpty else {
            message = StatusMessage("No case is on a patch yet.")
            return
        }
        var selected: String?
        if case .worklist(let w)? = stack.last { selected = w.selectedSummary?.patch }
        open(ReassignPatchForm.overlay(patches: patches, selected: selected ?? patches[0].name, officers: officers, today: asOf))
    }

    /// Caseworkers and their open cases now.
    private func officerChoices() -> OfficerChoices {
        OfficerChoices(users: (try? data.users()) ?? [], loads: Caseload.sizes(index.summaries, asOf: asOf))
    }

    /// Who holds a patch: its caseworker before a team lead who also holds it, as `CaseOfficer` decides.
    private func holder(of patch: String, users: [User]) -> String? {
        let holders = users.filter { !$0.disabled && $0.patches.contains(patch) }
        return (holders.first { $0.role != .teamLead } ?? holders.first)?.login
    }
}
