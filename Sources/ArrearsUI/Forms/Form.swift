import ArrearsCore

/// A form: labelled fields one under another, one of them focused. Tab and Shift-Tab move between
/// fields, Up and Down move within a list or a comment and otherwise between fields, other keys edit
/// the focused field. The form knows nothing of what it is for: a `FormSpec` reads its values.
struct Form {
    /// What the form is doing besides taking input.
    enum Phase: Equatable {
        case editing
        /// Esc was pressed with text typed: asking before throwing it away.
        case confirmingDiscard
        /// The request is ready, and reaches the tenant or the court: asking before it goes.
        case confirmingSubmit(question: String, request: ActionRequest)
    }

    let title: String
    /// The working date that relative dates (`+2w`) count from.
    let today: CivilDate
    var fields: [FormField]
    private(set) var focus: Int
    /// The last refusal, shown under the fields and against the field it names.
    var problem: FieldProblem?
    var phase: Phase = .editing

    init(title: String, today: CivilDate, fields: [FormField]) {
        self.title = title
        self.today = today
        self.fields = fields
        focus = fields.firstIndex { $0.isFocusable } ?? 0
    }

    var focusedField: FormField { fields[focus] }

    func index(of label: String) -> Int? { fields.firstIndex { $0.label == label } }

    subscript(label: String) -> FormField {
        get {
            guard let i = index(of: label) else { preconditionFailure("no field \(label) in \(title)") }
            return fields[i]
        }
        set {
            guard let i = index(of: label) else { preconditionFailure("no field \(label) in \(title)") }
            fields[i] = newValue
        }
    }

    /// Whether anything has been typed that Esc would throw away.
    var hasTypedText: Bool { fields.contains { !$0.isHidden && !$0.isBlank } }

    // MARK: Moving

    mutating func focusNext() { moveFocus(by: 1, wrapping: true) }
    mutating func focusPrevious() { moveFocus(by: -1, wrapping: true) }

    mutating func focus(on label: String) {
        guard let i = index(of: label), fields[i].isFocusable else { return }
        setFocus(i)
    }

    /// After fields were shown or hidden: keeps the focus on a field that can take it.
    mutating func keepFocusVisible() {
        if !fields[focus].isFocusable { moveFocus(by: 1, wrapping: true) }
    }

    @discardableResult
    private mutating func moveFocus(by delta: Int, wrapping: Bool) -> Bool {
        var i = focus
        for _ in fields.indices {
            i += delta
            if i < 0 || i >= fields.count {
                guard wrapping else { return false }
                i = (i + fields.count) % fields.count
            }
            if fields[i].isFocusable { setFocus(i); return true }
        }
        return false
    }

    private mutating func setFocus(_ i: Int) {
        if case .choice(var picker) = fields[focus].kind {
            picker.clearFilter()
            fields[focus].kind = .choice(picker)
        }
        focus = i
    }

    /// Down and Up: through a list's choices or a comment's lines, then on to the next field.
    mutating func moveVertically(by delta: Int, editorWidth: Int) {
        switch fields[focus].kind {
        case .choice(var picker) where !picker.isInline:
            if picker.move(by: delta) {
                fields[focus].kind = .choice(picker)
                clearProblem(on: focus)
                return
            }
        case .comment(var editor):
            if editor.moveLine(by: delta, width: editorWidth) {
                fields[focus].kind = .comment(editor)
                return
            }
        default:
            break
        }
        moveFocus(by: delta, wrapping: false)
    }

    // MARK: Typing

    /// Applies a key to the focused field. Returns false for keys the field does not use.
    mutating func type(_ key: Key) -> Bool {
        var field = fields[focus]
        var used = true
        switch field.kind {
        case .text(var t): used = t.handle(key); field.kind = .text(t)
        case .date(var t): used = t.handle(key); field.kind = .date(t)
        case .time(var t): used = t.handle(key); field.kind = .time(t)
        case .money(var t): used = t.handle(key); field.kind = .money(t)
        case .comment(var c): used = c.handle(key); field.kind = .comment(c)
        case .choice(var p): used = p.type(key); field.kind = .choice(p)
        case .yesNo(let answer):
            switch key {
            case .char("y"), .char("Y"): field.kind = .yesNo(true)
            case .char("n"), .char("N"): field.kind = .yesNo(false)
            case .char(" "), .left, .right: field.kind = .yesNo(!(answer ?? false))
            default: used = false
            }
        case .info:
            used = false
        }
        guard used else { return false }
        fields[focus] = field
        clearProblem(on: focus)
        return true
    }

    private mutating func clearProblem(on index: Int) {
        if problem?.field == fields[index].label { problem = nil }
    }

    /// Shows a refusal against its field and focuses that field, when the form has it.
    /// Returns false when no visible field has that name (the problem still shows under the form).
    @discardableResult
    mutating func show(_ problem: FieldProblem) -> Bool {
        self.problem = problem
        phase = .editing
        guard let name = problem.field, let i = fields.firstIndex(where: { $0.answers(to: name) }), !fields[i].isHidden else {
            return false
        }
        self.problem = FieldProblem(fields[i].label, problem.message)
        if fields[i].isFocusable { setFocus(i) }
        return true
    }

    // MARK: Values

    func text(_ label: String) -> String { self[label].typedText ?? "" }

    /// A required text, trimmed.
    func requiredText(_ label: String) throws -> String {
        let value = text(label).trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty { throw FieldProblem(label, "Enter the \(label.lowercased()); it cannot be left empty.") }
        return value
    }

    func choice(_ label: String) -> String? {
        if case .choice(let p) = self[label].kind { return p.selectedId }
        return nil
    }

    func requiredChoice(_ label: String) throws -> String {
        guard let id = choice(label) else { throw FieldProblem(label, "Choose one from the list.") }
        return id
    }

    func yesNo(_ label: String) throws -> Bool {
        guard case .yesNo(let answer) = self[label].kind, let answer else {
            throw FieldProblem(label, "Answer yes or no (y or n).")
        }
        return answer
    }

    /// The date typed, nil when an optional field is left empty.
    func date(_ label: String) throws -> CivilDate? {
        let field = self[label]
        if field.isBlank {
            if field.isRequired { throw FieldProblem(label, DateInputError.empty.description) }
            return nil
        }
        switch DateInput.parse(field.typedText ?? "", today: today) {
        case .success(let d): return d
        case .failure(let e): throw FieldProblem(label, e.description)
        }
    }

    func requiredDate(_ label: String) throws -> CivilDate {
        guard let d = try date(label) else { throw FieldProblem(label, DateInputError.empty.description) }
        return d
    }

    func time(_ label: String) throws -> Int {
        switch TimeInput.parse(text(label)) {
        case .success(let m): return m
        case .failure(let e): throw FieldProblem(label, e.description)
        }
    }

    /// The amount typed, nil when an optional field is left empty. Amounts are never negative here.
    func money(_ label: String) throws -> Money? {
        let field = self[label]
        if field.isBlank {
            if field.isRequired { throw FieldProblem(label, "Enter an amount, such as 12.50.") }
            return nil
        }
        guard let m = Money.parse(field.typedText ?? "") else {
            throw FieldProblem(label, "'\(text(label))' is not an amount: type 12.50, £1,200 or 1200.")
        }
        if m.isNegative { throw FieldProblem(label, "The amount cannot be negative.") }
        return m
    }

    func requiredMoney(_ label: String) throws -> Money {
        guard let m = try money(label) else { throw FieldProblem(label, "Enter an amount, such as 12.50.") }
        return m
    }

    /// The comment typed, trimmed, within the length limit.
    func comment(_ label: String) throws -> String {
        let value = text(label).trimmingCharacters(in: .whitespacesAndNewlines)
        if self[label].isRequired && value.isEmpty {
            throw FieldProblem(label, "Enter the \(label.lowercased()); it cannot be left empty.")
        }
        if value.count > FreeText.maximumLength {
            throw FieldProblem(label, "\(Format.count(value.count - FreeText.maximumLength)) characters over the limit of \(Format.count(FreeText.maximumLength)); shorten it.")
        }
        return value
    }

    // MARK: Changing fields from a spec

    mutating func setHidden(_ label: String, _ hidden: Bool) {
        self[label].isHidden = hidden
    }

    mutating func setInfo(_ label: String, _ text: String, role: StyleRole = .overlay) {
        self[label].kind = .info(text, role)
    }
}
