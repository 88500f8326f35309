import ArrearsCore

/// What a form is for: which fields show as values change, what each value means, and the request
/// it makes. Each action's form is one small type conforming to this.
protocol FormSpec {
    /// After every edit: shows and hides fields and fills the lines the form works out as you type
    /// (an agreement's end date, a notice's dates).
    func update(_ form: inout Form)
    /// The request the values make, or the first problem, naming its field.
    func request(from form: Form) throws -> ActionRequest
    /// A question to ask before the request goes, for actions that reach the tenant or the court.
    func confirmation(of request: ActionRequest) -> String?
}

extension FormSpec {
    func update(_ form: inout Form) {}
    func confirmation(of request: ActionRequest) -> String? { nil }
}

/// A form on screen with the spec that reads it.
struct FormOverlay {
    var form: Form
    let spec: any FormSpec

    init(form: Form, spec: any FormSpec) {
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

    func submission() -> Submission {
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
