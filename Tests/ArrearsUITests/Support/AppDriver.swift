@testable import ArrearsUI

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

    var worklist: WorklistScreen? {
        if case .worklist(let w)? = stack.last { return w }
        return nil
    }

    var caseScreen: CaseScreen? {
        if case .caseDetails(let c)? = stack.last { return c }
        return nil
    }
}
