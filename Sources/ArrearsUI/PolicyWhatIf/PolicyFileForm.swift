import Foundation
import ArrearsCore

/// `P` on the team lead view: the policy file to compare. Enter reads and checks the file (problems
/// show as `file:line: message`, as `arrears policy check` prints them) and runs the comparison.
struct PolicyFileForm: FormOpener {
    static let file = "Policy file"

    static func overlay(today: CivilDate) -> FormOverlay {
        let form = Form(title: "Policy what-if", today: today, fields: [
            FormField(file, .text(TextInput("")), placeholder: "a file, or hackney-2018-19"),
        ])
        return FormOverlay(form: form, spec: PolicyFileForm())
    }

    func open(from form: Form, session: Session) throws -> Outcome {
        let path = Self.expandingHome(try form.requiredText(Self.file))
        let proposed: Policy
        do {
            proposed = try PolicyFile.load(path: path)
        } catch {
            throw FieldProblem(Self.file, error.description)
        }
        return PolicyWhatIfScreen.open(proposed: proposed, name: path, session: session)
    }

    /// `~/x` as a shell would read it: the form is typed like a command line's argument.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSString(string: path).expandingTildeInPath
    }
}
