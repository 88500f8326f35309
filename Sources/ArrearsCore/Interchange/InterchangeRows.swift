/// Case data flattened into the rows of each interchange table, in the table's column order. Export
/// writes these; import reads the same columns back, so export followed by import gives the same cases.
enum InterchangeRows {
    static func rows(_ table: InterchangeTable, of file: CaseFile) -> [[InterchangeValue]] {
        let ref = InterchangeValue.text(file.ref)
        switch table {
        case .users:
            return []
        case .accounts:
            let a = file.account
            return [[ref, .text(a.paymentRef), .text(a.type.rawValue), .optional(a.debtKind?.rawValue), .optional(a.patch),
                     .optional(a.assignedTo), .date(a.startDate), .optional(a.endDate), .money(a.charge),
                     .text(a.chargePeriod.rawValue), .lines(a.property.addressLines), .optional(a.property.postcode),
                     .optional(a.property.uprn), .optional(a.property.bedrooms)]]
        case .contacts:
            return file.account.contacts.map { c in
                [ref, .integer(c.id), .boolean(c.responsible), .optional(c.title), .text(c.firstName), .text(c.lastName),
                 .optional(c.phones.count > 0 ? c.phones[0] : nil), .optional(c.phones.count > 1 ? c.phones[1] : nil),
                 .optional(c.phones.count > 2 ? c.phones[2] : nil), .list(c.emails),
                 c.correspondenceAddress.map { .lines($0) } ?? .empty]
            }
        case .transactions:
            return file.transactions.map { [ref, .date($0.date), .text($0.code), .text($0.description), .money($0.amount)] }
        case .agreements:
            return file.agreements.map { g in
                [ref, .integer(g.id), .text(g.kind.rawValue), .text(g.pattern.rawValue), .text(g.frequency.rawValue),
                 .money(g.instalment), .date(g.startDate), .money(g.startingBalance), .optional(g.initialPayment),
                 .optional(g.initialPaymentDate), .optional(g.courtCaseId), .text(g.createdBy), .timestamp(g.createdAt),
                 .text(g.notes)]
            }
        case .agreementStates:
            return file.agreements.flatMap { stateRows(of: $0, ref: file.ref) }
        case .notices:
            return file.notices.map { n in
                [ref, .integer(n.id), .text(n.kind.rawValue), .date(n.servedOn), .date(n.mayBeginOn), .date(n.validUntil),
                 .optional(n.reviewRequestedOn), .optional(n.reviewOutcome)]
            }
        case .courtCases:
            return file.courtCases.map { c in
                [ref, .integer(c.id), .optional(c.hearingDate), c.hearingMinutes.map { .minutes($0) } ?? .empty,
                 .optional(c.outcome?.rawValue), .optional(c.outcomeDate), .optional(c.terms),
                 .optional(c.disrepairCounterClaim), .optional(c.strikeOutDate), .optional(c.balanceOnOutcomeDate)]
            }
        case .evictions:
            return file.evictions.map { [ref, .integer($0.id), .date($0.date)] }
        case .pauses:
            return file.pause.map { p in
                [[ref, .date(p.until), .text(p.reason.rawValue), .text(p.comment), .text(p.setBy), .timestamp(p.setAt)]]
            } ?? []
        case .holds:
            return file.holds.map { h in
                [ref, .integer(h.id), .text(h.kind.rawValue), .date(h.start), .optional(h.end), .text(h.reference),
                 .text(h.note), .optional(h.debtAtStart)]
            }
        case .diary:
            return file.diary.map { d in
                [ref, .integer(d.id), .timestamp(d.at), .text(d.code), .text(d.comment), .text(d.user), .money(d.balance),
                 .optional(d.voids)]
            }
        case .letters:
            return file.letters.map { l in
                [.text(l.id), ref, .text(l.templateId), .optional(l.contactId), .text(l.status.rawValue), .text(l.author),
                 .timestamp(l.createdAt), .timestamp(l.updatedAt), .lines(l.validationErrors), .boolean(l.localPrint),
                 .text(l.renderedText)]
            }
        case .promises:
            return file.promises.map { p in
                [ref, .integer(p.id), .money(p.amount), .date(p.dueOn), .date(p.madeOn), .text(p.recordedBy),
                 .timestamp(p.recordedAt), .text(p.comment), .optional(p.outcome?.rawValue), .optional(p.outcomeOn)]
            }
        }
    }

    static func stateRows(of agreement: Agreement, ref: String) -> [[InterchangeValue]] {
        agreement.history.map { s in
            [.text(ref), .integer(agreement.id), .text(s.state.rawValue), .date(s.date), .optional(s.checkedBalance),
             .optional(s.expectedBalance), .text(s.description)]
        }
    }

    static func rows(of users: [User]) -> [[InterchangeValue]] {
        users.map { u in
            [.text(u.login), .text(u.displayName), .text(u.role.rawValue), .list(u.patches), .boolean(u.disabled)]
        }
    }
}
