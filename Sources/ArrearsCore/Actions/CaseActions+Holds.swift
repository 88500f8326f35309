/// Protective holds: breathing space, benefit claim pending, vulnerability, dispute.
extension CaseActions {
    /// Starts a hold (BSS, BCP, VUL or DIS). A second active hold of the same kind is refused.
    public func startHold(ref: String, expectedVersion: Int?, _ request: HoldRequest) throws -> ActionOutcome {
        let reference = try FreeText.optional(request.reference, field: "Reference")
        let note = try FreeText.optional(request.note, field: "Note")
        if request.kind.isBreathingSpace && reference.isEmpty {
            throw ActionRefused(field: "Reference", "Enter the Insolvency Service's breathing space reference.")
        }
        if (request.kind == .vulnerability || request.kind == .dispute) && note.isEmpty {
            throw ActionRefused(field: "Note", "Say what the \(request.kind.label.lowercased()) is in the note.")
        }
        if let debt = request.debtAtStart, debt.isNegative {
            throw ActionRefused(field: "Debt at start", "The debt at the start cannot be negative.")
        }
        return try perform(.startHold, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: "end the hold instead, which keeps the record that it was set") { file, _ in
            // The two kinds of breathing space exclude each other: a debtor is in one moratorium at a time.
            let clashes = { (hold: Hold) in
                hold.kind == request.kind || (hold.kind.isBreathingSpace && request.kind.isBreathingSpace)
            }
            if let open = file.holds.first(where: { clashes($0) && $0.isActive(asOf: max(asOf, request.start)) }) {
                throw ActionRefused(field: "Hold", "\(ref) already has an active \(open.kind.label.lowercased()) hold (from \(open.start.shortText)); end it first.")
            }
            let hold = Hold(id: nextId(file.holds.map(\.id)), kind: request.kind, start: request.start,
                            end: request.kind.standardLengthDays.map { request.start.adding(days: $0) },
                            reference: reference, note: note,
                            debtAtStart: request.kind.isBreathingSpace
                                ? (request.debtAtStart ?? file.transactions.balance(asOf: request.start)) : nil)
            file.holds.append(hold)
            var said = "\(request.kind.label) from \(request.start.longText)"
            if let end = hold.end { said += " to \(end.longText)" }
            if !reference.isEmpty { said += ", reference \(reference)" }
            if let debt = hold.debtAtStart { said += ", protecting \(debt.tableText)" }
            said += "."
            if !note.isEmpty { said += " \(note)" }
            return CaseChange(diary: [.init(code: request.startCode, comment: said)],
                              auditSummary: "Hold \(hold.id) (\(request.kind.rawValue)) started \(request.start.isoText)",
                              before: nil, after: AuditJSON.encode(HoldFacts(hold)),
                              message: "Started \(request.kind.label.lowercased()) on \(ref)")
        }
    }

    /// Ends a hold so that it no longer applies from `endsOn` (BSE for a breathing space, HEN otherwise).
    /// The stored end is the last day it applied: the day before `endsOn`.
    public func endHold(ref: String, expectedVersion: Int?, holdId: Int, endsOn: CivilDate) throws -> ActionOutcome {
        try perform(.endHold, ref: ref, expectedVersion: expectedVersion,
                    cannotUndoBecause: "start the hold again instead") { file, _ in
            guard let index = file.holds.firstIndex(where: { $0.id == holdId }) else {
                throw ActionRefused(field: "Hold", "There is no hold \(holdId) on \(ref).")
            }
            let before = file.holds[index]
            if let end = before.end, end < asOf {
                throw ActionRefused(field: "Hold", "The \(before.kind.label.lowercased()) hold already ended on \(end.shortText).")
            }
            guard endsOn >= before.start else {
                throw ActionRefused(field: "Ends on", "A hold cannot end before it started (\(before.start.shortText)).")
            }
            file.holds[index].end = endsOn.adding(days: -1)
            return CaseChange(diary: [.init(code: before.kind.endCode, comment: "\(before.kind.label) ended; it no longer applies from \(endsOn.longText).")],
                              auditSummary: "Hold \(holdId) (\(before.kind.rawValue)) ended from \(endsOn.isoText)",
                              before: AuditJSON.encode(HoldFacts(before)), after: AuditJSON.encode(HoldFacts(file.holds[index])),
                              message: "Ended \(before.kind.label.lowercased()) on \(ref) from \(endsOn.shortText)")
        }
    }
}
