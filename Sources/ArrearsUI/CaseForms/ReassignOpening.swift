import ArrearsCore

extension OfficerChoices {
    /// Caseworkers and the open cases each holds now.
    static func current(session: Session) -> OfficerChoices {
        var loads: [String: Int] = [:]
        for s in session.index.summaries where s.balance.isPositive { if let o = s.officer { loads[o, default: 0] += 1 } }
        return OfficerChoices(users: (try? session.data.users()) ?? [], loads: loads)
    }
}

extension ReassignPatchForm {
    /// `P` from the worklist or the caseload screen: every patch with its cases' types and holder.
    static func open(selecting selected: String?, session: Session) -> Outcome {
        var types: [String: Set<AccountType>] = [:]
        for s in session.index.summaries { if let p = s.patch { types[p, default: []].insert(s.type) } }
        let officers = OfficerChoices.current(session: session)
        let patches = types.keys.sorted().map { name in
            Patch(name: name, types: types[name]!, holder: holder(of: name, users: officers.users))
        }
        guard !patches.isEmpty else { return .message("No case is on a patch yet.") }
        return .overlay(overlay(patches: patches, selected: selected ?? patches[0].name, officers: officers, today: session.asOf))
    }

    /// Who holds a patch: its caseworker before a team lead who also holds it, as `CaseOfficer` decides.
    private static func holder(of patch: String, users: [User]) -> String? {
        let holders = users.filter { !$0.disabled && $0.patches.contains(patch) }
        return (holders.first { $0.role != .teamLead } ?? holders.first)?.login
    }
}
