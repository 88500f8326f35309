/// Creating, cancelling and replacing payment agreements.
extension CaseActions {
    /// Creates an agreement (AGR). Any active agreement is cancelled by it; an informal agreement is
    /// refused while a court-ordered one is active.
    public func createAgreement(ref: String, expectedVersion: Int?, _ request: AgreementRequest) throws -> ActionOutcome {
        var createdId = 0
        return try perform(.createAgreement, ref: ref, expectedVersion: expectedVersion,
                           undo: { _ in .cancelAgreement(ref: ref, id: createdId) }) { file, at in
            let made = try addAgreement(request, to: &file, at: at)
            createdId = made.agreement.id
            return made.change(ref: ref, cancelled: nil)
        }
    }

    /// Cancels an active agreement with a reason (AGC).
    public func cancelAgreement(ref: String, expectedVersion: Int?, agreementId: Int, reason: String) throws -> ActionOutcome {
        let text = try FreeText.required(reason, field: "Reason for cancelling")
        return try perform(.cancelAgreement, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: "a cancelled agreement cannot be revived; create a new agreement instead") { file, _ in
            let before = try cancel(agreementId, reason: text, in: &file)
            return CaseChange(diary: [.init(code: "AGC", comment: "Agreement \(agreementId) cancelled: \(text)")],
                              auditSummary: "Agreement \(agreementId) cancelled",
                              before: AuditJSON.encode(AuditedAgreement(before)),
                              after: AuditJSON.encode(file.agreements.first { $0.id == agreementId }.map(AuditedAgreement.init)),
                              message: "Cancelled agreement \(agreementId) on \(ref)")
        }
    }

    /// Cancels an agreement with a reason and creates its replacement, as one action (AGC, then AGR).
    public func cancelAndReplaceAgreement(ref: String, expectedVersion: Int?, agreementId: Int, reason: String,
                                          replacement: AgreementRequest) throws -> ActionOutcome {
        let text = try FreeText.required(reason, field: "Reason for cancelling")
        return try perform(.createAgreement, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: "the replaced agreement cannot be revived; cancel the new one or create another") { file, at in
            try Access.check(user: user, operation: .cancelAgreement, account: file.account.type)
            let old = try cancel(agreementId, reason: text, in: &file)
            let made = try addAgreement(replacement, to: &file, at: at)
            return made.change(ref: ref, cancelled: (old, text))
        }
    }

    // MARK: Shared steps

    struct AgreementMade {
        var agreement: Agreement
        var schedule: AgreementPlan
        var replaced: [Int]

        func change(ref: String, cancelled: (agreement: Agreement, reason: String)?) -> CaseChange {
            var diary: [CaseChange.Entry] = []
            if let cancelled {
                diary.append(.init(code: "AGC", comment: "Agreement \(cancelled.agreement.id) cancelled: \(cancelled.reason)"))
            }
            let replacing = replaced.isEmpty ? "" : " Replaces agreement \(replaced.map(String.init).joined(separator: ", "))."
            let notes = agreement.notes.isEmpty ? "" : " \(agreement.notes)"
            diary.append(.init(code: "AGR", comment: "\(agreement.kind.label) agreement created: \(terms).\(replacing)\(notes)"))
            return CaseChange(diary: diary,
                              auditSummary: "Agreement \(agreement.id) created (\(agreement.kind.rawValue), \(agreement.pattern.rawValue))"
                                  + (cancelled.map { ", agreement \($0.agreement.id) cancelled" } ?? ""),
                              before: AuditJSON.encode(cancelled.map { AuditedAgreement($0.agreement) }),
                              after: AuditJSON.encode(AuditedAgreement(agreement)),
                              message: "Created \(agreement.kind.label.lowercased()) agreement on \(ref): \(terms)")
        }

        /// `£10.00 weekly from 7 Dec 2026: 50 payments, ending 15 Nov 2027`, after any lump sum.
        var terms: String {
            if agreement.pattern == .oneOff { return schedule.text }
            var lump = ""
            if let amount = agreement.initialPayment, let date = agreement.initialPaymentDate {
                lump = "\(amount.tableText) on \(date.shortText), then "
            }
            return "\(lump)\(agreement.instalment.tableText) \(agreement.frequency.label.lowercased()) from \(agreement.startDate.shortText): \(schedule.text)"
        }
    }

    func addAgreement(_ request: AgreementRequest, to file: inout CaseFile, at: Timestamp) throws -> AgreementMade {
        let notes = try FreeText.optional(request.notes, field: "Notes")
        var courtCaseId: Int?
        let startingBalance: Money
        switch request.kind {
        case .formal:
            let court = try courtCaseWithTerms(request.courtCaseId, in: file)
            courtCaseId = court.id
            startingBalance = court.balanceOnOutcomeDate
                ?? file.transactions.balance(asOf: court.outcomeDate ?? court.hearingDate ?? asOf)
        case .informal:
            if let formal = file.agreements.first(where: { $0.kind == .formal && $0.isActive }) {
                throw ActionRefused(field: "Agreement type", "An informal agreement cannot replace court-ordered agreement \(formal.id) while it is active; cancel it first, or record the court's new terms as a court agreement.")
            }
            startingBalance = file.balance
        }
        if request.pattern == .variable && request.initialPaymentDate == nil {
            throw ActionRefused(field: "Lump sum date", "Enter the date the lump sum will be paid.")
        }
        let schedule = try AgreementPlan.plan(
            pattern: request.pattern, frequency: request.frequency, balance: startingBalance, instalment: request.instalment,
            startDate: request.startDate, initialPayment: request.pattern == .variable ? request.initialPayment : nil).get()
        let id = nextId(file.agreements.map(\.id))
        var replaced: [Int] = []
        for index in file.agreements.indices where file.agreements[index].isActive {
            file.agreements[index].history.append(AgreementStateChange(state: .cancelled, date: asOf,
                                                                       description: "Replaced by agreement \(id)"))
            replaced.append(file.agreements[index].id)
        }
        let agreement = Agreement(
            id: id, kind: request.kind, pattern: request.pattern,
            frequency: request.pattern == .oneOff ? .oneOff : request.frequency, instalment: request.instalment,
            startDate: request.startDate, startingBalance: startingBalance,
            initialPayment: request.pattern == .variable ? request.initialPayment : nil,
            initialPaymentDate: request.pattern == .variable ? request.initialPaymentDate : nil,
            courtCaseId: courtCaseId, createdBy: user.login, createdAt: at, notes: notes,
            history: [AgreementStateChange(state: .live, date: asOf, checkedBalance: file.balance,
                                           expectedBalance: startingBalance, description: "Agreement created")])
        file.agreements.append(agreement)
        return AgreementMade(agreement: agreement, schedule: schedule, replaced: replaced)
    }

    /// The court case a court agreement carries the terms of: it must have terms and not have expired.
    private func courtCaseWithTerms(_ id: Int?, in file: CaseFile) throws -> CourtCase {
        guard let court = id.map({ id in file.courtCases.first { $0.id == id } }) ?? file.latestCourtCase else {
            throw ActionRefused(field: "Court case", id.map { "There is no court case \($0) on this case." }
                                ?? "A court agreement needs a court case; record the court date and outcome first.")
        }
        guard court.terms == true else {
            throw ActionRefused(field: "Court case", "Court case \(court.id) has no terms recorded, so it cannot found a court agreement; record its outcome with terms, or create an informal agreement.")
        }
        if court.isExpired(asOf: asOf) {
            throw ActionRefused(field: "Court case", "Court case \(court.id) has expired (struck out or more than six years old); create an informal agreement instead.")
        }
        return court
    }

    /// Appends the cancelled state; returns the agreement as it was.
    func cancel(_ agreementId: Int, reason: String, in file: inout CaseFile) throws -> Agreement {
        guard let index = file.agreements.firstIndex(where: { $0.id == agreementId }) else {
            throw ActionRefused(field: "Agreement", "There is no agreement \(agreementId) on this case.")
        }
        let before = file.agreements[index]
        guard before.isActive else {
            throw ActionRefused(field: "Agreement", "Agreement \(agreementId) is already \(before.state.rawValue), so it cannot be cancelled.")
        }
        file.agreements[index].history.append(AgreementStateChange(
            state: .cancelled, date: asOf, checkedBalance: file.balance,
            description: "Cancelled by \(user.login), reason: \(reason)"))
        return before
    }
}
