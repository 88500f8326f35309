import ArrearsCore

/// `p`: pause the case until a date, for a reason, with a comment; it comes back by itself then.
struct PauseForm: FormSpec {
    static let until = "Pause until"
    static let reason = "Reason"
    static let comment = "Comment"

    let target: CaseTarget

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        var fields: [FormField] = [
            .date(until, placeholder: "24/12/2026, +2w or +10d"),
            .choice(reason, PauseReason.allCases.map { Choice(id: $0.rawValue, label: "\($0.label) (\($0.code))") }),
            .comment(comment, placeholder: "why, and what happens next"),
        ]
        if let current = file.pause, current.isActive(asOf: today) {
            fields.insert(.info("Now", "Paused until \(current.until.shortText) (\(current.reason.label.lowercased())); this replaces it.",
                                role: .warning), at: 0)
        }
        let form = Form(title: "Pause \u{00B7} \(target.subject)", today: today, fields: fields)
        return FormOverlay(form: form, spec: PauseForm(target: target))
    }

    func request(from form: Form) throws -> ActionRequest {
        let date = try form.requiredDate(Self.until)
        guard let reason = PauseReason(rawValue: try form.requiredChoice(Self.reason)) else {
            throw FieldProblem(Self.reason, "Choose a reason from the list.")
        }
        return target.request(.pause(until: date, reason: reason, comment: try form.comment(Self.comment)))
    }
}

/// `P`: end an active pause early, so the case is back on the worklist today.
struct EndPauseForm: FormSpec {
    static let comment = "Comment"

    let target: CaseTarget

    static func overlay(for file: CaseFile, pause: Pause, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let form = Form(title: "End the pause \u{00B7} \(target.subject)", today: today, fields: [
            .info("Paused", "until \(pause.until.shortText): \(pause.reason.label.lowercased()), set by \(pause.setBy). \(pause.comment)"),
            .comment(comment, required: false, placeholder: "optional"),
        ])
        return FormOverlay(form: form, spec: EndPauseForm(target: target))
    }

    func request(from form: Form) throws -> ActionRequest {
        target.request(.unpause(comment: try form.comment(Self.comment)))
    }
}
