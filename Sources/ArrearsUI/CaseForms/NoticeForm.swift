import ArrearsCore

/// `n`: record the notice the account type needs (`NoticeRoute`), served on a date; the form shows
/// when proceedings may begin and until when the notice can found them.
struct NoticeForm: FormSpec {
    static let notice = "Notice"
    static let servedOn = "Served on"
    static let dates = "Dates"

    let target: CaseTarget
    let terms: NoticeTerms

    static func overlay(for file: CaseFile, terms: NoticeTerms, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let kind = NoticeRoute.kind(for: file.account.type)
        let form = Form(title: "Record a notice served \u{00B7} \(target.subject)", today: today, fields: [
            .info(notice, "\(kind.label) (diary \(NoticeRoute.diaryCode(for: file.account))), as a \(file.account.type.label.lowercased()) account needs"),
            .date(servedOn, placeholder: "today, or the date it was served"),
            .info(dates),
        ])
        return FormOverlay(form: form, spec: NoticeForm(target: target, terms: terms))
    }

    func update(_ form: inout Form) {
        guard let served = try? form.date(Self.servedOn) else {
            form.setInfo(Self.dates, "Proceedings may begin \(terms.noticeDays) days after it is served.", role: .muted)
            return
        }
        form.setInfo(Self.dates, "Proceedings may begin \(terms.mayBeginOn(servedOn: served).shortText); "
                     + "valid until \(terms.validUntil(servedOn: served).shortText).")
    }

    func request(from form: Form) throws -> ActionRequest {
        target.request(.recordNotice(servedOn: try form.requiredDate(Self.servedOn), terms: terms))
    }
}

extension AppEnvironment {
    /// The notice periods the App uses unless the host passes the policy's own: a notice of seeking
    /// possession, a notice of proceedings and a notice to quit run 28 days before proceedings may
    /// begin, a letter before action gives 30 days to reply; each can found proceedings for 52 weeks
    /// after that (reference: domain-and-peers.md §1).
    public static func standardNoticeTerms(for type: AccountType) -> NoticeTerms {
        NoticeRoute.kind(for: type) == .letterBeforeAction
            ? NoticeTerms(noticeDays: 30, validityWeeks: 52)
            : NoticeTerms(noticeDays: 28, validityWeeks: 52)
    }
}
