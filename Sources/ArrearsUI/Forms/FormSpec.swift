import ArrearsCore

/// What every form's type does: which fields show as values change, and the lines the form works
/// out as you type.
protocol FormBehaviour {
    /// After every edit: shows and hides fields and fills the lines the form works out as you type
    /// (an agreement's end date, a notice's dates).
    func update(_ form: inout Form)
}

extension FormBehaviour {
    func update(_ form: inout Form) {}
}

/// What a form is for: what each value means, and the request it makes. Each action's form is one
/// small type conforming to this.
protocol FormSpec: FormBehaviour {
    /// The request the values make, or the first problem, naming its field.
    func request(from form: Form) throws -> ActionRequest
    /// A question to ask before the request goes, for actions that reach the tenant or the court.
    func confirmation(of request: ActionRequest) -> String?
}

extension FormSpec {
    func confirmation(of request: ActionRequest) -> String? { nil }
}

/// A form that asks what to look at rather than for a change (the policy file of a what-if): Enter
/// opens it on the workbench itself, and no request goes to the host.
protocol FormOpener: FormBehaviour {
    /// What to open, or the first problem (a `FieldProblem` names its field).
    func open(from form: Form, session: Session) throws -> Outcome
}

/// A form on screen with the spec that reads it.
struct FormOverlay {
    var form: Form
    let spec: any FormBehaviour

    init(form: Form, spec: any FormBehaviour) {
        self.form = form
        self.spec = spec
        spec.update(&self.form)
        self.form.keepFocusVisible()
    }

    /// What Enter leads to.
    enum Submission: Equatable {
        case problem(FieldProblem)
        case confirm(question: String, request: ActionRequest)
        case perform(ActionRequest)
    }

    /// For a form that makes a request (a `FormSpec`).
    func submission() -> Submission {
        guard let spec = spec as? any FormSpec else { return .problem(FieldProblem(nil, "This form opens a screen.")) }
        do {
            let request = try spec.request(from: form)
            if let question = spec.confirmation(of: request) { return .confirm(question: question, request: request) }
            return .perform(request)
        } catch let problem as FieldProblem {
            return .problem(problem)
        } catch {
            return .problem(FieldProblem(nil, "\(error)"))
        }
    }

    mutating func refresh() {
        spec.update(&form)
        form.keepFocusVisible()
    }
}

/// The case a form acts on, as the user saw it when they opened the form.
struct CaseTarget: Equatable {
    var ref: String
    var version: Int
    var name: String

    init(_ file: CaseFile) {
        ref = file.ref
        version = file.account.version
        name = file.account.primaryContact?.displayName ?? "no contact"
    }

    var subject: String { "\(ref) \(name)" }

    func request(_ request: CaseRequest) -> ActionRequest {
        .onCase(ref: ref, expectedVersion: version, request)
    }
}
