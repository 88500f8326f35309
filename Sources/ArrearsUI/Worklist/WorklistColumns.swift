import ArrearsCore

/// The worklist's columns and how each shows a case. Which columns appear depends on the service area
/// and the tab (frontend.md §1.1–1.2); which survive on a narrow terminal depends on their priority.
public enum WorklistColumn: Hashable, Sendable {
    case band, score, reference, paymentReference, tenant, leaseholder, type, debt, balance
    case lastAction, lastLetter, agreement, nextAction
    case tabDate(WorklistTab)
    case pauseReason, pauseComment

    public static func columns(area: ServiceArea, tab: WorklistTab) -> [WorklistColumn] {
        let lead: [WorklistColumn] = area == .rent
            ? [.band, .score, .reference, .tenant, .type, .balance]
            : [.band, .score, .paymentReference, .leaseholder, .type, .debt, .balance]
        switch tab {
        case .paused: return lead + [.pauseReason, .tabDate(.paused), .pauseComment]
        case .courtDates, .evictions: return lead + [.lastAction, .agreement, .tabDate(tab), .nextAction]
        case .immediate, .fullPatch:
            return lead + (area == .rent ? [.lastAction, .agreement, .nextAction] : [.lastLetter, .nextAction])
        }
    }

    public var tableColumn: TableColumn {
        switch self {
        case .band: return TableColumn("B", min: 1, priority: 100)
        case .score: return TableColumn("Score", min: 5, alignRight: true, priority: 65)
        case .reference: return TableColumn("Reference", min: 10, preferred: 11, priority: 90)
        case .paymentReference: return TableColumn("Payment ref", min: 11, priority: 90)
        case .tenant: return TableColumn("Tenant", min: 16, preferred: 26, priority: 85, flexible: true)
        case .leaseholder: return TableColumn("Leaseholder", min: 16, preferred: 26, priority: 85, flexible: true)
        case .type: return TableColumn("Type", min: 6, preferred: 10, priority: 40)
        case .debt: return TableColumn("Debt", min: 8, preferred: 15, priority: 45)
        case .balance: return TableColumn("Balance", min: 10, preferred: 11, alignRight: true, priority: 95)
        case .lastAction: return TableColumn("Last contact", min: 22, preferred: 30, priority: 60, flexible: true)
        case .lastLetter: return TableColumn("Last letter", min: 22, preferred: 30, priority: 60, flexible: true)
        case .agreement: return TableColumn("Agreement", min: 9, priority: 50)
        case .nextAction:
            return TableColumn("Next action", min: RecommendedAction.shortLabelWidth, preferred: 22, priority: 80, flexible: true)
        case .tabDate(let tab):
            let title = tab == .paused ? "Until" : tab == .courtDates ? "Court date" : "Eviction"
            return TableColumn(title, min: 11, priority: 88)
        case .pauseReason: return TableColumn("Pause reason", min: 12, preferred: 24, priority: 75)
        case .pauseComment: return TableColumn("Comment", min: 10, preferred: 30, priority: 55, flexible: true)
        }
    }

    /// The cell in a column `width` wide: the next action's short label when its label does not fit.
    public func cell(_ s: CaseSummary, width: Int) -> TableCell {
        guard self == .nextAction else { return cell(s) }
        return TableCell(RecommendedAction.label(id: s.actionId, full: s.actionLabel, fitting: width))
    }

    public func cell(_ s: CaseSummary) -> TableCell {
        switch self {
        case .band:
            return TableCell(s.band.letter, Format.role(for: s.band), keepsRoleWhenSelected: true)
        case .score:
            return TableCell(String(max(0, s.score)))
        case .reference:
            return TableCell(s.ref)
        case .paymentReference:
            return TableCell(s.paymentRef)
        case .tenant, .leaseholder:
            let holdMark = s.holds.isEmpty ? "" : "[hold] "
            let parts = [s.tenantName, s.shortAddress, s.postcode].filter { !$0.isEmpty }
            return TableCell(holdMark + parts.joined(separator: ", "), s.holds.isEmpty ? .normal : .hold)
        case .type:
            return TableCell(s.type.shortLabel)
        case .debt:
            return TableCell(s.debtKind?.label ?? "")
        case .balance:
            return TableCell(s.balance.tableText, Format.role(forBalance: s.balance))
        case .lastAction:
            guard let code = s.lastActionCode else { return TableCell("No contact", .muted) }
            let date = s.lastActionDate.map { $0.shortText + " " } ?? ""
            return TableCell(date + ActionCodes.name(of: code))
        case .lastLetter:
            guard let code = s.lastLetterCode else { return TableCell("No letter", .muted) }
            let date = s.lastLetterDate.map { $0.shortText + " " } ?? ""
            return TableCell(date + ActionCodes.name(of: code))
        case .agreement:
            return s.agreementState.map { TableCell($0.label, $0 == .breached ? .warning : .normal) } ?? TableCell("None", .muted)
        case .nextAction:
            return TableCell(s.actionLabel)
        case .tabDate(let tab):
            return TableCell(tab.date(of: s)?.shortText ?? "")
        case .pauseReason:
            return TableCell(s.pauseReason?.label ?? "")
        case .pauseComment:
            return TableCell(s.pauseComment ?? "")
        }
    }
}
