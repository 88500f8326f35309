/// A decoded row, with the places the cross-checks need: where its account reference and its key are.
struct ImportedRow<Value> {
    var ref: String
    var value: Value
    var refAt: ImportLocation
    var keyAt: ImportLocation
    /// A second unique column (an account's payment reference).
    var secondKeyAt: ImportLocation? = nil
}

/// A state change and the agreement it belongs to.
struct ImportedAgreementState {
    var agreementId: Int
    var change: AgreementStateChange
}

/// Every row of an import, decoded, before the rows are put together into cases.
struct ImportedRows {
    var users: [ImportedRow<User>] = []
    var accounts: [ImportedRow<Account>] = []
    var contacts: [ImportedRow<Contact>] = []
    var transactions: [ImportedRow<LedgerTransaction>] = []
    var agreements: [ImportedRow<Agreement>] = []
    var agreementStates: [ImportedRow<ImportedAgreementState>] = []
    var notices: [ImportedRow<Notice>] = []
    var courtCases: [ImportedRow<CourtCase>] = []
    var evictions: [ImportedRow<Eviction>] = []
    var pauses: [ImportedRow<Pause>] = []
    var holds: [ImportedRow<Hold>] = []
    var diary: [ImportedRow<DiaryEntry>] = []
    var letters: [ImportedRow<Letter>] = []
    var promises: [ImportedRow<PaymentPromise>] = []
    /// Accounts whose own row had problems: rows that refer to them are not reported again as
    /// referring to an unknown account.
    var refusedAccounts: Set<String> = []
    /// An accounts file could not be read in full, so no reference to an account can be judged unknown.
    var accountsIncomplete = false

    /// Decodes one record of a table; a record with any problem adds its problems and no row.
    mutating func decode(_ table: InterchangeTable, _ r: inout RowReader) {
        let refAt = r.location("tenancy_ref")
        let ref = table == .users ? "" : r.string("tenancy_ref")
        // Every value is read into a local before `keep` looks at the reader's problems.
        switch table {
        case .users:
            // The same rules as `users add`: a login the workbench would refuse to create is refused here too.
            if let login = r.text("login"), let problem = LoginName.problem(login) { r.note("login", "login \(problem)") }
            if let name = r.text("display_name"), let problem = LoginName.displayNameProblem(name) { r.note("display_name", "display_name: \(problem)") }
            let user = User(login: r.string("login"), displayName: r.string("display_name"),
                            role: r.code("role", as: Role.self) ?? .agent, patches: r.list("patches"),
                            disabled: r.boolean("disabled") ?? false)
            Self.keep(r, &users, user.login, user, keyAt: r.location("login"))
        case .accounts:
            let account = decodeAccount(&r, ref: ref)
            if !r.problems.isEmpty, !ref.isEmpty { refusedAccounts.insert(ref) }
            Self.keep(r, &accounts, ref, account, keyAt: refAt, secondKeyAt: r.location("payment_ref"))
        case .contacts:
            let phones = ["phone_1", "phone_2", "phone_3"].compactMap { r.text($0) }
            let contact = Contact(id: r.integer("contact_id") ?? 0, responsible: r.boolean("responsible") ?? false,
                                  title: r.text("title"), firstName: r.string("first_name"), lastName: r.string("last_name"),
                                  phones: phones, emails: r.list("emails"),
                                  correspondenceAddress: r.lines("correspondence_address"))
            Self.keep(r, &contacts, ref, contact, keyAt: r.location("contact_id"))
        case .transactions:
            let transaction = LedgerTransaction(date: r.date("date") ?? .placeholder, code: r.string("code"),
                                                description: r.string("description"), amount: r.money("amount") ?? .zero)
            Self.keep(r, &transactions, ref, transaction, keyAt: refAt)
        case .agreements:
            let agreement = decodeAgreement(&r)
            Self.keep(r, &agreements, ref, agreement, keyAt: r.location("agreement_id"))
        case .agreementStates:
            let change = AgreementStateChange(state: r.code("state", as: AgreementState.self) ?? .live,
                                              date: r.date("date") ?? .placeholder,
                                              checkedBalance: r.money("checked_balance"),
                                              expectedBalance: r.money("expected_balance"),
                                              description: r.string("description"))
            let state = ImportedAgreementState(agreementId: r.integer("agreement_id") ?? 0, change: change)
            Self.keep(r, &agreementStates, ref, state, keyAt: r.location("agreement_id"))
        case .notices:
            let notice = Notice(id: r.integer("notice_id") ?? 0, kind: r.code("kind", as: NoticeKind.self) ?? .noticeToQuit,
                                servedOn: r.date("served_on") ?? .placeholder,
                                mayBeginOn: r.date("may_begin_on") ?? .placeholder,
                                validUntil: r.date("valid_until") ?? .placeholder,
                                reviewRequestedOn: r.date("review_requested_on"), reviewOutcome: r.text("review_outcome"))
            Self.keep(r, &notices, ref, notice, keyAt: r.location("notice_id"))
        case .courtCases:
            let courtCase = CourtCase(id: r.integer("court_case_id") ?? 0, hearingDate: r.date("hearing_date"),
                                      hearingMinutes: r.time("hearing_time"), outcome: r.code("outcome", as: CourtOutcome.self),
                                      outcomeDate: r.date("outcome_date"), terms: r.boolean("terms"),
                                      disrepairCounterClaim: r.boolean("disrepair_counter_claim"),
                                      strikeOutDate: r.date("strike_out_date"),
                                      balanceOnOutcomeDate: r.money("balance_on_outcome_date"))
            Self.keep(r, &courtCases, ref, courtCase, keyAt: r.location("court_case_id"))
        case .evictions:
            let eviction = Eviction(id: r.integer("eviction_id") ?? 0, date: r.date("date") ?? .placeholder)
            Self.keep(r, &evictions, ref, eviction, keyAt: r.location("eviction_id"))
        case .pauses:
            let pause = Pause(until: r.date("until") ?? .placeholder, reason: r.code("reason", as: PauseReason.self) ?? .other,
                              comment: r.string("comment"), setBy: r.string("set_by"),
                              setAt: r.timestamp("set_at") ?? .placeholder)
            Self.keep(r, &pauses, ref, pause, keyAt: refAt)
        case .holds:
            let hold = decodeHold(&r)
            Self.keep(r, &holds, ref, hold, keyAt: r.location("hold_id"))
        case .diary:
            let entry = DiaryEntry(id: r.integer("diary_id") ?? 0, at: r.timestamp("at") ?? .placeholder,
                                   code: r.string("code"), comment: r.string("comment"), user: r.string("user"),
                                   balance: r.money("balance") ?? .zero, voids: r.integer("voids"))
            Self.keep(r, &diary, ref, entry, keyAt: r.location("diary_id"))
        case .letters:
            let letter = Letter(id: r.string("letter_id"), accountRef: ref,
                                templateId: r.string("template_id"), contactId: r.integer("contact_id"),
                                status: r.code("status", as: LetterStatus.self) ?? .queued, author: r.string("author"),
                                createdAt: r.timestamp("created_at") ?? .placeholder,
                                updatedAt: r.timestamp("updated_at") ?? .placeholder,
                                validationErrors: r.lines("validation_errors") ?? [],
                                localPrint: r.boolean("local_print") ?? false, renderedText: r.text("rendered_text", allowingPageBreaks: true) ?? "")
            Self.keep(r, &letters, letter.accountRef, letter, keyAt: r.location("letter_id"))
        case .promises:
            let promise = PaymentPromise(id: r.integer("promise_id") ?? 0, amount: r.money("amount") ?? .zero,
                                         dueOn: r.date("due_on") ?? .placeholder, madeOn: r.date("made_on") ?? .placeholder,
                                         recordedBy: r.string("recorded_by"), recordedAt: r.timestamp("recorded_at") ?? .placeholder,
                                         comment: r.string("comment"), outcome: r.code("outcome", as: PromiseOutcome.self),
                                         outcomeOn: r.date("outcome_on"))
            if !promise.amount.isPositive && r.problems.isEmpty { r.note("amount", "amount must be more than 0.00") }
            Self.keep(r, &promises, ref, promise, keyAt: r.location("promise_id"))
        }
    }

    private static func keep<Value>(_ r: RowReader, _ rows: inout [ImportedRow<Value>], _ ref: String, _ value: Value,
                             keyAt: ImportLocation, secondKeyAt: ImportLocation? = nil) {
        guard r.problems.isEmpty else { return }
        rows.append(ImportedRow(ref: ref, value: value, refAt: r.location("tenancy_ref"), keyAt: keyAt,
                                secondKeyAt: secondKeyAt))
    }

    private func decodeAccount(_ r: inout RowReader, ref: String) -> Account {
        let type = r.code("account_type", as: AccountType.self)
        let debtKind = r.code("debt_kind", as: DebtKind.self)
        if let type, type.isLeaseholdSide, debtKind == nil, r.text("debt_kind") == nil {
            r.note("debt_kind", "debt_kind is empty; a \(type.label.lowercased()) account needs service_charge or major_works")
        }
        if let type, !type.isLeaseholdSide, debtKind != nil {
            r.note("debt_kind", "debt_kind is only for leasehold, freehold and shared ownership accounts; leave it empty for \(type.rawValue)")
        }
        let start = r.date("start_date")
        let end = r.date("end_date")
        if let start, let end, end < start {
            r.note("end_date", "end_date \(end.isoText) is before start_date \(start.isoText)")
        }
        let uprn = r.text("uprn").map(FastParse.trimmingSpaces)
        if let uprn, uprn.utf8.count > 12 || uprn.isEmpty || !uprn.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            r.note("uprn", "uprn '\(r.shown(uprn))' is not a UPRN; it is up to 12 digits")
        }
        let bedrooms = r.integer("bedrooms")
        if let bedrooms, !(0...20).contains(bedrooms) { r.note("bedrooms", "bedrooms \(bedrooms) is not between 0 and 20") }
        let property = Property(addressLines: r.lines("address") ?? [], postcode: r.text("postcode"), uprn: uprn,
                                bedrooms: bedrooms)
        return Account(ref: ref, paymentRef: r.string("payment_ref"), type: type ?? .secure,
                       debtKind: debtKind, patch: r.text("patch"), assignedTo: r.text("assigned_to"),
                       startDate: start ?? .placeholder, endDate: end, charge: r.money("charge") ?? .zero,
                       chargePeriod: r.code("charge_period", as: ChargePeriod.self) ?? .weekly, property: property,
                       contacts: [])
    }

    private func decodeAgreement(_ r: inout RowReader) -> Agreement {
        let kind = r.code("kind", as: AgreementKind.self)
        let pattern = r.code("pattern", as: PaymentPattern.self)
        let initial = r.money("initial_payment")
        let initialDate = r.date("initial_payment_date")
        let courtCaseId = r.integer("court_case_id")
        if pattern == .variable, initial == nil || initialDate == nil, r.problems.isEmpty {
            r.note(initial == nil ? "initial_payment" : "initial_payment_date",
                   "a variable agreement needs initial_payment and initial_payment_date")
        }
        if kind == .formal, courtCaseId == nil, r.problems.isEmpty {
            r.note("court_case_id", "court_case_id is empty; a formal agreement names the court case that ordered it")
        }
        return Agreement(id: r.integer("agreement_id") ?? 0, kind: kind ?? .informal, pattern: pattern ?? .regular,
                         frequency: r.code("frequency", as: AgreementFrequency.self) ?? .weekly,
                         instalment: r.money("instalment") ?? .zero, startDate: r.date("start_date") ?? .placeholder,
                         startingBalance: r.money("starting_balance") ?? .zero, initialPayment: initial,
                         initialPaymentDate: initialDate, courtCaseId: courtCaseId, createdBy: r.string("created_by"),
                         createdAt: r.timestamp("created_at") ?? .placeholder, notes: r.string("notes"), history: [])
    }

    private func decodeHold(_ r: inout RowReader) -> Hold {
        let start = r.date("start")
        let end = r.date("end")
        if let start, let end, end < start { r.note("end", "end \(end.isoText) is before start \(start.isoText)") }
        return Hold(id: r.integer("hold_id") ?? 0, kind: r.code("kind", as: HoldKind.self) ?? .dispute,
                    start: start ?? .placeholder, end: end, reference: r.string("reference"), note: r.string("note"),
                    debtAtStart: r.money("debt_at_start"))
    }
}

extension CivilDate {
    /// Stands in for a date that failed to read; the row it is in is always dropped.
    static let placeholder = CivilDate(dayNumber: 0)
}

extension Timestamp {
    static let placeholder = Timestamp(secondsSinceEpoch: 0)
}
