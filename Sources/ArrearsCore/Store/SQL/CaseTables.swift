/// The column mapping of every table that makes up a case (schema: SchemaVersion1).
enum CaseTables {
    // MARK: The account row (with its property)

    static let accountColumns = [
        "ref", "payment_ref", "type", "debt_kind", "patch", "assigned_to", "start_date", "end_date", "charge_pence",
        "charge_period", "address_lines", "postcode", "uprn", "bedrooms", "version",
    ]
    static let insertAccountSQL = "INSERT INTO accounts (\(accountColumns.joined(separator: ", "))) VALUES ("
        + Array(repeating: "?", count: accountColumns.count).joined(separator: ", ") + ") RETURNING id"
    static let updateAccountSQL = "UPDATE accounts SET "
        + accountColumns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"
    static let selectAccountsSQL = "SELECT id, \(accountColumns.joined(separator: ", ")) FROM accounts"

    /// Binds the account's columns from parameter 1 on, in `accountColumns` order.
    static func bindAccount(_ a: Account, to s: any SQLStatement) throws {
        try s.bind(startingAt: 1, a.ref, a.paymentRef, a.type, a.debtKind, a.patch, a.assignedTo, a.startDate,
                   a.endDate, a.charge, a.chargePeriod, a.property.addressLines, a.property.postcode,
                   a.property.uprn, a.property.bedrooms, a.version)
    }

    /// Reads an account (without contacts) from a row of `selectAccountsSQL`.
    static func readAccount(_ s: any SQLStatement) throws -> Account {
        let property = Property(addressLines: try s.stringList(11), postcode: s.optionalText(12),
                                uprn: s.optionalText(13), bedrooms: s.optionalInt(14))
        return Account(ref: s.text(1), paymentRef: s.text(2), type: try s.code(3), debtKind: try s.optionalCode(4),
                       patch: s.optionalText(5), assignedTo: s.optionalText(6), startDate: s.date(7),
                       endDate: s.optionalDate(8), charge: s.money(9), chargePeriod: try s.code(10),
                       property: property, contacts: [], version: s.int(15))
    }

    // MARK: Lists of a case

    static let contacts = ChildTable<Contact>(
        name: "contacts",
        columns: ["id", "responsible", "title", "first_name", "last_name", "phones", "emails", "correspondence_address"],
        notForClassifying: ["phones": "'[]'", "emails": "'[]'", "correspondence_address": "NULL"],
        encode: { c, s, first in
            try s.bind(startingAt: first, c.id, c.responsible, c.title, c.firstName, c.lastName, c.phones, c.emails,
                       c.correspondenceAddress)
        },
        decode: { s in
            Contact(id: s.int(1), responsible: s.bool(2), title: s.optionalText(3), firstName: s.text(4),
                    lastName: s.text(5), phones: try s.stringList(6), emails: try s.stringList(7),
                    correspondenceAddress: try s.optionalStringList(8))
        })

    /// A description that is the code's standard name is stored as a flag, not as text (schema version 8).
    static let transactions = ChildTable<LedgerTransaction>(
        name: "transactions",
        columns: ["date", "code", "description", "amount_pence", "description_is_code_name"],
        notForClassifying: ["description": "''"],
        encode: { t, s, first in
            let isCodeName = !t.description.isEmpty && t.description == TransactionCodes.name(of: t.code)
            try s.bind(startingAt: first, t.date, t.code, isCodeName ? "" : t.description, t.amount, isCodeName)
        },
        decode: { s in
            let code = s.text(2)
            return LedgerTransaction(date: s.date(1), code: code, description: s.bool(5) ? TransactionCodes.name(of: code) : s.text(3),
                                     amount: s.money(4))
        },
        decodeToClassify: { s in LedgerTransaction(date: s.date(1), code: s.text(2), description: "", amount: s.money(4)) })

    /// Agreements without their history, which lives in `agreementStates`.
    static let agreements = ChildTable<Agreement>(
        name: "agreements",
        columns: ["id", "kind", "pattern", "frequency", "instalment_pence", "start_date", "starting_balance_pence",
                  "initial_payment_pence", "initial_payment_date", "court_case_id", "created_by", "created_at", "notes"],
        encode: { a, s, first in
            try s.bind(startingAt: first, a.id, a.kind, a.pattern, a.frequency, a.instalment, a.startDate,
                       a.startingBalance, a.initialPayment, a.initialPaymentDate, a.courtCaseId, a.createdBy,
                       a.createdAt, a.notes)
        },
        decode: { s in
            Agreement(id: s.int(1), kind: try s.code(2), pattern: try s.code(3), frequency: try s.code(4),
                      instalment: s.money(5), startDate: s.date(6), startingBalance: s.money(7),
                      initialPayment: s.optionalMoney(8), initialPaymentDate: s.optionalDate(9),
                      courtCaseId: s.optionalInt(10), createdBy: s.text(11), createdAt: s.timestamp(12),
                      notes: s.text(13), history: [])
        })

    static let agreementStates = ChildTable<AgreementStateRow>(
        name: "agreement_states",
        columns: ["agreement_id", "state", "date", "checked_balance_pence", "expected_balance_pence", "description"],
        encode: { r, s, first in
            try s.bind(startingAt: first, r.agreementId, r.change.state, r.change.date, r.change.checkedBalance,
                       r.change.expectedBalance, r.change.description)
        },
        decode: { s in
            AgreementStateRow(agreementId: s.int(1), change: AgreementStateChange(
                state: try s.code(2), date: s.date(3), checkedBalance: s.optionalMoney(4),
                expectedBalance: s.optionalMoney(5), description: s.text(6)))
        })

    static let notices = ChildTable<Notice>(
        name: "notices",
        columns: ["id", "kind", "served_on", "may_begin_on", "valid_until", "review_requested_on", "review_outcome"],
        encode: { n, s, first in
            try s.bind(startingAt: first, n.id, n.kind, n.servedOn, n.mayBeginOn, n.validUntil, n.reviewRequestedOn,
                       n.reviewOutcome)
        },
        decode: { s in
            Notice(id: s.int(1), kind: try s.code(2), servedOn: s.date(3), mayBeginOn: s.date(4),
                   validUntil: s.date(5), reviewRequestedOn: s.optionalDate(6), reviewOutcome: s.optionalText(7))
        })

    static let courtCases = ChildTable<CourtCase>(
        name: "court_cases",
        columns: ["id", "hearing_date", "hearing_minutes", "outcome", "outcome_date", "terms",
                  "disrepair_counter_claim", "strike_out_date", "balance_on_outcome_date_pence"],
        encode: { c, s, first in
            try s.bind(startingAt: first, c.id, c.hearingDate, c.hearingMinutes, c.outcome, c.outcomeDate, c.terms,
                       c.disrepairCounterClaim, c.strikeOutDate, c.balanceOnOutcomeDate)
        },
        decode: { s in
            CourtCase(id: s.int(1), hearingDate: s.optionalDate(2), hearingMinutes: s.optionalInt(3),
                      outcome: try s.optionalCode(4), outcomeDate: s.optionalDate(5), terms: s.optionalBool(6),
                      disrepairCounterClaim: s.optionalBool(7), strikeOutDate: s.optionalDate(8),
                      balanceOnOutcomeDate: s.optionalMoney(9))
        })

    static let evictions = ChildTable<Eviction>(
        name: "evictions",
        columns: ["id", "date"],
        encode: { e, s, first in try s.bind(startingAt: first, e.id, e.date) },
        decode: { s in Eviction(id: s.int(1), date: s.date(2)) })

    /// At most one row per account (seq 0): a case has one pause or none.
    static let pauses = ChildTable<Pause>(
        name: "pauses",
        columns: ["until_date", "reason", "comment", "set_by", "set_at"],
        encode: { p, s, first in try s.bind(startingAt: first, p.until, p.reason, p.comment, p.setBy, p.setAt) },
        decode: { s in
            Pause(until: s.date(1), reason: try s.code(2), comment: s.text(3), setBy: s.text(4), setAt: s.timestamp(5))
        })

    static let holds = ChildTable<Hold>(
        name: "holds",
        columns: ["id", "kind", "start_date", "end_date", "reference", "note", "debt_at_start_pence"],
        encode: { h, s, first in
            try s.bind(startingAt: first, h.id, h.kind, h.start, h.end, h.reference, h.note, h.debtAtStart)
        },
        decode: { s in
            Hold(id: s.int(1), kind: try s.code(2), start: s.date(3), end: s.optionalDate(4), reference: s.text(5),
                 note: s.text(6), debtAtStart: s.optionalMoney(7))
        })

    static let diary = ChildTable<DiaryEntry>(
        name: "diary",
        columns: ["id", "at", "code", "comment", "user_login", "balance_pence", "voids"],
        // An SMS counts as a communication by its comment (ActionCodes.countsAsCommunication).
        notForClassifying: ["comment": "CASE WHEN t.code = 'S02' THEN t.comment ELSE '' END"],
        encode: { d, s, first in try s.bind(startingAt: first, d.id, d.at, d.code, d.comment, d.user, d.balance, d.voids) },
        decode: { s in
            DiaryEntry(id: s.int(1), at: s.timestamp(2), code: s.text(3), comment: s.text(4), user: s.text(5),
                       balance: s.money(6), voids: s.optionalInt(7))
        })

    static let letters = ChildTable<Letter>(
        name: "letters",
        columns: ["id", "account_ref", "template_id", "contact_id", "status", "author", "created_at", "updated_at",
                  "validation_errors", "local_print", "rendered_text", "rendered_text_packed"],
        notForClassifying: ["validation_errors": "'[]'", "rendered_text": "''", "rendered_text_packed": "NULL"],
        encode: { l, s, first in
            let packed = LetterTextPacking.pack(l.renderedText)
            try s.bind(startingAt: first, l.id, l.accountRef, l.templateId, l.contactId, l.status, l.author,
                       l.createdAt, l.updatedAt, l.validationErrors, l.localPrint, packed == nil ? l.renderedText : "", packed)
        },
        decode: { s in
            var text = s.text(11)
            if let packed = s.optionalText(12) {
                guard let unpacked = LetterTextPacking.unpack(packed) else {
                    throw s.unreadable(12, "the letter's packed text cannot be unpacked (damaged, or packed by a newer program)")
                }
                text = unpacked
            }
            return Letter(id: s.text(1), accountRef: s.text(2), templateId: s.text(3), contactId: s.optionalInt(4),
                          status: try s.code(5), author: s.text(6), createdAt: s.timestamp(7), updatedAt: s.timestamp(8),
                          validationErrors: try s.stringList(9), localPrint: s.bool(10), renderedText: text)
        })

    /// Promises to pay (schema version 6).
    static let promises = ChildTable<PaymentPromise>(
        name: "promises",
        columns: ["id", "amount_pence", "due_on", "made_on", "recorded_by", "recorded_at", "comment", "outcome", "outcome_on"],
        notForClassifying: ["comment": "''"],
        encode: { p, s, first in
            try s.bind(startingAt: first, p.id, p.amount, p.dueOn, p.madeOn, p.recordedBy, p.recordedAt, p.comment,
                       p.outcome, p.outcomeOn)
        },
        decode: { s in
            PaymentPromise(id: s.int(1), amount: s.money(2), dueOn: s.date(3), madeOn: s.date(4), recordedBy: s.text(5),
                           recordedAt: s.timestamp(6), comment: s.text(7), outcome: try s.optionalCode(8),
                           outcomeOn: s.optionalDate(9))
        })
}
