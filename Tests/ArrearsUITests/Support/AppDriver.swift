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
        (overlay as? FormOverlay)?.form
    }

    var worklist: WorklistScreen? {
        stack.last as? WorklistScreen
    }

    var caseloadScreen: CaseloadScreen? {
        stack.last as? CaseloadScreen
    }

    var caseScreen: CaseScreen? {
        stack.last as? CaseScreen
    }
}
