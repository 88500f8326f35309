@testable import ArrearsUI

extension Form {
    /// The text of a line the form works out (an end date, a notice's dates).
    func infoText(_ label: String) -> String? {
        if case .info(let text, _) = self[label].kind { return text }
        return nil
    }
}

extension App {
    /// Presses keys written in binding-file notation (`jj<Enter>/oka<Esc>`), collecting the effects.
    @discardableResult
    mutating func press(_ notation: String) -> [AppEffect] {
        if notation.isEmpty { return [] }
        guard let sequence = KeySequence(notation: notation) else { preconditionFailure("bad keys \(notation)") }
        var effects: [AppEffect] = []
        for key in sequence.keys { effects += handle(key) }
        return effects
    }

    /// Types text character by character, spaces included, collecting the effects.
    @discardableResult
    mutating func type(_ text: String) -> [AppEffect] {
        text.flatMap { handle(.char($0)) }
    }

    var form: Form? {
        if case .form(let f)? = overlay { return f.form }
        return nil
    }

    var worklist: WorklistScreen? {
        if case .worklist(let w)? = stack.last { return w }
        return nil
    }

    var caseloadScreen: CaseloadScreen? {
        if case .caseload(let c)? = stack.last { return c }
        return nil
    }

    var caseScreen: CaseScreen? {
        if case .caseDetails(let c)? = stack.last { return c }
        return nil
    }
}
