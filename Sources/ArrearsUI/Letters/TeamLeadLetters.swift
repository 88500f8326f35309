import ArrearsCore

/// Where a count on the team lead view leads.
enum TeamLeadTarget: Hashable {
    /// A worklist of exactly the cases counted.
    case worklist(WorklistDrill)
    /// The Letters screen, filtered to the letters counted.
    case letters(LetterFilter)
}

extension TeamLeadCell {
    var target: TeamLeadTarget? {
        if let drill { return .worklist(drill) }
        return letters.map(TeamLeadTarget.letters)
    }
}

extension TeamLeadReport {
    /// Queued and failed letters across both areas; each count opens the Letters screen on that status.
    static func lettersTable(_ counts: [LetterStatus: Int]) -> TeamLeadTable {
        func row(_ status: LetterStatus, alarming: Bool) -> TeamLeadRow {
            let n = counts[status] ?? 0
            var cell = plainCount(n, drill: nil, role: alarming && n > 0 ? .error : .normal)
            cell.letters = LetterFilter(status: status, patch: .all)
            return TeamLeadRow(label: status.label, cells: [cell])
        }
        return TeamLeadTable(title: "Letters (all areas)", columns: ["Letters"],
                             rows: [row(.queued, alarming: false), row(.failed, alarming: true)])
    }
}
