import ArrearsCore

/// The officers a team lead can give cases to: enabled caseworkers whose role may work every account
/// type among the cases, grouped by role, each with the open cases they hold now.
struct OfficerChoices {
    let users: [User]
    /// Each officer's caseload (`Caseload.sizes`).
    let loads: [String: Int]

    func choices(for types: Set<AccountType>) -> [Choice] {
        let able = users.filter { user in
            !user.disabled && user.role.worksCases
                && types.allSatisfy { PermissionMatrix.grant(user.role, .addDiaryEntry).covers($0) }
        }
        return Role.allCases.flatMap { role in
            able.filter { $0.role == role }.sorted { $0.displayName < $1.displayName }.map { user in
                let held = loads[user.login] ?? 0
                return Choice(id: user.login, label: "\(user.displayName) (\(user.login)) \u{00B7} caseload \(held)",
                              group: role.pluralLabel.prefix(1).uppercased() + role.pluralLabel.dropFirst())
            }
        }
    }

    func name(_ login: String) -> String { users.first { $0.login == login }.map { "\($0.displayName) (\(login))" } ?? login }
}

/// `r` on the worklist: the marked cases (or the selected one) to one officer, in one confirmed step.
struct ReassignCasesForm: FormSpec {
    static let cases = "Cases"
    static let officer = "Officer"

    let refs: [String]
    let officers: OfficerChoices

    static func overlay(refs: [String], types: Set<AccountType>, officers: OfficerChoices, today: CivilDate) -> FormOverlay {
        let shown = refs.prefix(6).joined(separator: ", ") + (refs.count > 6 ? " and \(refs.count - 6) more" : "")
        let form = Form(title: "Reassign \(refs.count) case\(refs.count == 1 ? "" : "s")", today: today, fields: [
            .info(cases, shown),
            .choice(officer, officers.choices(for: types)),
        ])
        return FormOverlay(form: form, spec: ReassignCasesForm(refs: refs, officers: officers))
    }

    func request(from form: Form) throws -> ActionRequest {
        .reassignCases(refs: refs, officer: try form.requiredChoice(Self.officer))
    }

    func confirmation(of request: ActionRequest) -> String? {
        guard case .reassignCases(let refs, let login) = request else { return nil }
        return "Reassign \(refs.count) case\(refs.count == 1 ? "" : "s") to \(officers.name(login))? Each case's diary records it."
    }
}

/// `P`: a whole patch to one officer. The patch's cases follow at once, except cases assigned directly.
struct ReassignPatchForm: FormSpec {
    static let patch = "Patch"
    static let officer = "Officer"

    struct Patch {
        var name: String
        /// The account types of its cases: who may hold it depends on them.
        var types: Set<AccountType>
        var holder: String?
    }

    let patches: [Patch]
    let officers: OfficerChoices

    static func overlay(patches: [Patch], selected: String?, officers: OfficerChoices, today: CivilDate) -> FormOverlay {
        let choices = patches.map { p in
            Choice(id: p.name, label: "\(p.name) \u{00B7} held by " + (p.holder.map(officers.name) ?? "nobody"))
        }
        let form = Form(title: "Reassign a patch", today: today, fields: [
            .choice(patch, choices, selected: selected),
            .choice(officer, []),
        ])
        return FormOverlay(form: form, spec: ReassignPatchForm(patches: patches, officers: officers))
    }

    /// The officers offered follow the patch chosen, keeping the officer chosen when still offered.
    func update(_ form: inout Form) {
        let types = patches.first { $0.name == form.choice(Self.patch) }?.types ?? []
        let choices = officers.choices(for: types)
        guard case .choice(let current) = form[Self.officer].kind, current.choices != choices else { return }
        form[Self.officer].kind = .choice(ChoicePicker(choices, selected: current.selectedId))
    }

    func request(from form: Form) throws -> ActionRequest {
        .reassignPatch(patch: try form.requiredChoice(Self.patch), officer: try form.requiredChoice(Self.officer))
    }

    func confirmation(of request: ActionRequest) -> String? {
        guard case .reassignPatch(let name, let login) = request else { return nil }
        let from = patches.first { $0.name == name }?.holder.map { " from \(officers.name($0))" } ?? ""
        return "Move patch \(name)\(from) to \(officers.name(login))? Its cases move at once, except cases assigned to someone directly."
    }
}
