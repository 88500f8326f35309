import ArrearsCore

/// `d`: a diary entry by hand: an action code from the user-selectable list, grouped as in the
/// catalogue and narrowed by typing, and a comment.
struct DiaryEntryForm: FormSpec {
    static let action = "Action"
    static let comment = "Comment"

    let target: CaseTarget

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let form = Form(title: "Add a diary entry \u{00B7} \(target.subject)", today: today, fields: [
            .choice(action, choices),
            .comment(comment, placeholder: "what was said or done"),
        ])
        return FormOverlay(form: form, spec: DiaryEntryForm(target: target))
    }

    /// Only the codes a person may add, in the catalogue's groups.
    static var choices: [Choice] {
        ActionCodeGroup.allCases.flatMap { group in
            ActionCodes.userSelectable.filter { $0.group == group }
                .map { Choice(id: $0.code, label: "\($0.code) \($0.name)", group: group.rawValue) }
        }
    }

    func request(from form: Form) throws -> ActionRequest {
        let code = try form.requiredChoice(Self.action)
        return target.request(.addDiaryEntry(code: code, comment: try form.comment(Self.comment)))
    }
}
