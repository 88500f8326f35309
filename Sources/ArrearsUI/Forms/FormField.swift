import ArrearsCore

/// One labelled field of a form. The label is also the field's name in messages ("Pause until: …"),
/// and matches the field the core names when it refuses a value.
struct FormField {
    enum Kind {
        case text(TextInput)
        case comment(CommentEditor)
        /// Parsed with `DateInput` as it is typed.
        case date(TextInput)
        /// Parsed with `TimeInput` as it is typed.
        case time(TextInput)
        /// Parsed with `Money.parse` as it is typed.
        case money(TextInput)
        case choice(ChoicePicker)
        case yesNo(Bool?)
        /// A line the form works out (an end date, the notice's dates); never focused.
        case info(String, StyleRole)
    }

    let label: String
    var kind: Kind
    var isRequired: Bool
    /// Shown, muted, while the field is empty: what leaving it empty means, or what to type.
    var placeholder: String
    var isHidden = false
    /// Other names the core may give the field when it refuses a value ("Disrepair counter claim" for a
    /// field labelled "Disrepair claim" to fit narrow screens).
    var otherNames: [String] = []

    init(_ label: String, _ kind: Kind, required: Bool = true, placeholder: String = "") {
        self.label = label; self.kind = kind; isRequired = required; self.placeholder = placeholder
    }

    static func text(_ label: String, required: Bool = true, placeholder: String = "") -> FormField {
        FormField(label, .text(TextInput()), required: required, placeholder: placeholder)
    }
    static func comment(_ label: String, required: Bool = true, placeholder: String = "") -> FormField {
        FormField(label, .comment(CommentEditor(limit: FreeText.maximumLength)), required: required, placeholder: placeholder)
    }
    static func date(_ label: String, required: Bool = true, placeholder: String = "") -> FormField {
        FormField(label, .date(TextInput()), required: required, placeholder: placeholder)
    }
    static func time(_ label: String, placeholder: String = "") -> FormField {
        FormField(label, .time(TextInput()), placeholder: placeholder)
    }
    static func money(_ label: String, required: Bool = true, placeholder: String = "") -> FormField {
        FormField(label, .money(TextInput()), required: required, placeholder: placeholder)
    }
    static func choice(_ label: String, _ choices: [Choice], selected: String? = nil) -> FormField {
        FormField(label, .choice(ChoicePicker(choices, selected: selected)))
    }
    static func yesNo(_ label: String) -> FormField { FormField(label, .yesNo(nil)) }
    static func info(_ label: String, _ text: String = "", role: StyleRole = .overlay) -> FormField {
        FormField(label, .info(text, role), required: false)
    }

    func answers(to name: String) -> Bool { label == name || otherNames.contains(name) }

    var isFocusable: Bool {
        if isHidden { return false }
        if case .info = kind { return false }
        return true
    }

    /// The text typed into it, for fields that take typing.
    var typedText: String? {
        switch kind {
        case .text(let t), .date(let t), .time(let t), .money(let t): return t.text
        case .comment(let c): return c.text
        case .choice, .yesNo, .info: return nil
        }
    }

    var isBlank: Bool { (typedText ?? "").trimmingCharacters(in: .whitespaces).isEmpty }

    /// What the value means as typed, for the line beside it: the date or amount understood, or why
    /// it is not one. Nil when there is nothing to say.
    func feedback(today: CivilDate) -> (text: String, role: StyleRole)? {
        guard !isBlank, let typed = typedText else { return nil }
        switch kind {
        case .date:
            switch DateInput.parse(typed, today: today) {
            case .success(let d): return (FormField.weekdays[d.isoWeekday - 1] + " " + d.longText, .success)
            case .failure(let e): return (e.description, .error)
            }
        case .time:
            switch TimeInput.parse(typed) {
            case .success(let m): return (FormField.clockText(minutes: m), .success)
            case .failure(let e): return (e.description, .error)
            }
        case .money:
            guard let m = Money.parse(typed) else { return ("'\(typed)' is not an amount: type 12.50, £1,200 or 1200.", .error) }
            return (m.tableText, m.isNegative ? .error : .success)
        default:
            return nil
        }
    }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `09:05`: minutes after midnight as a 24-hour clock.
    static func clockText(minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// A value the form cannot take, naming the field ("Pause until") where there is one.
struct FieldProblem: Error, Equatable {
    var field: String?
    var message: String

    init(_ field: String?, _ message: String) { self.field = field; self.message = message }

    var text: String { field.map { "\($0): \(message)" } ?? message }
}
