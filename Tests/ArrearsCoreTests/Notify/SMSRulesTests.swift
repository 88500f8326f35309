import Testing
@testable import ArrearsCore

/// The rules a text message meets before it is queued: length and fragments, the SMS hours, the
/// template's fields, email addresses.
@Suite struct SMSRulesTests {
    static let gsm = "a", euro = "€", welsh = "ŵ"

    /// Fragment boundaries (domain-and-peers.md §2.6): GSM-7 160 | 161, 306 | 307; UCS-2 70 | 71,
    /// 134 | 135; extension characters count twice; 918 | 919 refused.
    @Test(arguments: [
        (String(repeating: gsm, count: 1), 1, 1, SMSLength.Encoding.gsm7),
        (String(repeating: gsm, count: 160), 160, 1, .gsm7),
        (String(repeating: gsm, count: 161), 161, 2, .gsm7),
        (String(repeating: gsm, count: 306), 306, 2, .gsm7),
        (String(repeating: gsm, count: 307), 307, 3, .gsm7),
        (String(repeating: euro, count: 80), 160, 1, .gsm7),
        (String(repeating: gsm, count: 159) + euro, 161, 2, .gsm7),
        (String(repeating: welsh, count: 70), 70, 1, .ucs2),
        (String(repeating: welsh, count: 71), 71, 2, .ucs2),
        (String(repeating: welsh, count: 134), 134, 2, .ucs2),
        (String(repeating: welsh, count: 135), 135, 3, .ucs2),
        (String(repeating: gsm, count: 159) + welsh, 160, 3, .ucs2),
        ("£5 owed — pay at hackney.gov.uk", 31, 1, .ucs2),
    ])
    func fragments(text: String, characters: Int, fragments: Int, encoding: SMSLength.Encoding) {
        let length = SMSLength(text)
        #expect(length.characters == characters && length.fragments == fragments && length.encoding == encoding, "\(length.text)")
        #expect(length.problem == nil)
    }

    @Test func theLimitIs918Characters() {
        #expect(SMSLength(String(repeating: "a", count: 918)).problem == nil)
        #expect(SMSLength(String(repeating: "a", count: 918)).fragments == 6)
        #expect(SMSLength(String(repeating: "a", count: 919)).problem?.contains("refuses more than 918") == true)
        #expect(SMSLength(String(repeating: "{", count: 460)).problem != nil, "extension characters count twice towards the limit")
        #expect(SMSLength("").problem == "The message is empty")
        #expect(SMSLength(String(repeating: "a", count: 161)).text == "161 characters, 2 fragments (GSM-7)")
    }

    /// 08:00 to 20:00 London time, in winter (GMT) and summer (BST).
    @Test(arguments: [
        ("2026-12-01", 7, 59, false), ("2026-12-01", 8, 0, true), ("2026-12-01", 19, 59, true), ("2026-12-01", 20, 0, false),
        ("2026-07-01", 7, 59, false), ("2026-07-01", 8, 0, true), ("2026-07-01", 19, 59, true), ("2026-07-01", 20, 0, false),
    ])
    func smsHours(date: String, hour: Int, minute: Int, open: Bool) {
        #expect(SMSHours.standard.contains(Timestamp(london: d(date), hour: hour, minute: minute)) == open)
    }

    @Test func smsHoursParse() {
        #expect(SMSHours.parse("09:30-18:00") == SMSHours(start: 570, end: 1080))
        #expect(SMSHours.parse("9am-6pm") == SMSHours(start: 540, end: 1080))
        #expect(SMSHours.standard.description == "08:00-20:00")
        for bad in ["", "08:00", "20:00-08:00", "08:00-08:00", "8-20", "08:00-25:00", "a-b", "08:00-20:00-21:00"] {
            #expect(SMSHours.parse(bad) == nil, "\(bad)")
        }
    }

    static let templateId = "f33517ff-2a88-4f6e-b855-c550268ce08a"

    @Test func aTemplateFillsItsFieldsAndRefusesUnknownOnes() throws {
        let t = try MessageTemplate(channel: .sms, id: Self.templateId,
                                    text: "Dear ((name)), your rent account ((payment_ref)) is ((arrears)) in arrears. ((NAME))")
        let values = ["name": "Ms Amara Okafor", "arrears": "£7.50", "payment_ref": "P1", "balance": "£7.50"]
        #expect(t.render(values) == "Dear Ms Amara Okafor, your rent account P1 is £7.50 in arrears. Ms Amara Okafor")
        #expect(t.personalisation(values) == ["name", "Ms Amara Okafor", "payment_ref", "P1", "arrears", "£7.50"])
        #expect(throws: MessageTemplate.Problem.self) { try MessageTemplate(channel: .sms, id: Self.templateId, text: "Hi ((date_of_birth))") }
        #expect(throws: MessageTemplate.Problem.self) { try MessageTemplate(channel: .sms, id: "green-in-arrears", text: "Hi") }
        #expect(throws: MessageTemplate.Problem.self) { try MessageTemplate(channel: .sms, id: Self.templateId, text: "  \n") }
        #expect(throws: MessageTemplate.Problem.self) { try MessageTemplate(channel: .letter, id: Self.templateId, text: "Hi") }
        let escape = #expect(throws: MessageTemplate.Problem.self) { try MessageTemplate(channel: .sms, id: Self.templateId, text: "Hi \u{1B}[31mpay") }
        #expect(escape?.description == "the wording has a control character (U+001B) at character 4")
        #expect(throws: MessageTemplate.Problem.self) { try MessageTemplate(channel: .sms, id: Self.templateId, text: "Hi\tpay") }
        #expect((try? MessageTemplate(channel: .sms, id: Self.templateId, text: "Hi,\r\nplease pay")) != nil)
    }

    @Test(arguments: [
        ("amara.okafor@example.com", true), (" amara@example.co.uk ", true), ("a+b@mail.example.org", true),
        ("amara", false), ("amara@", false), ("@example.com", false), ("amara@example", false), ("am ara@example.com", false),
        ("amara@@example.com", false), ("amara@-example.com", false), (".amara@example.com", false), ("am..ara@example.com", false),
        ("amara@example.c", false), ("amara@exa_mple.com", false),
    ])
    func emailAddresses(address: String, valid: Bool) {
        #expect((EmailAddress.normalised(address) != nil) == valid)
    }

    @Test func diaryCodesAsHackneyWroteThem() {
        #expect(MessageToQueue.diaryCode(.sms, automated: true) == "GAT")
        #expect(MessageToQueue.diaryCode(.email, automated: true) == "GAE")
        #expect(MessageToQueue.diaryCode(.sms, automated: false) == "GMS")
        #expect(MessageToQueue.diaryCode(.email, automated: false) == "GME")
    }

    @Test func preparingRefusesLandlinesAndLongMessagesWithTheReason() throws {
        var b = CaseBuilder(ref: "0001234/01")
        b.file.account.contacts[0].phones = ["020 7946 0000", "07700 900123"]
        let contact = b.file.account.contacts[0]
        let t = try MessageTemplate(channel: .sms, id: Self.templateId, text: "((name)) owes ((arrears))")
        let at = Timestamp(london: d("2026-11-30"), hour: 9)
        func prepare(_ number: String, _ template: MessageTemplate = t) throws -> MessageToQueue {
            try MessageToQueue.prepare(template, key: "rent_dec", file: b.file, contact: contact, recipient: number,
                                       arrears: gbp("7.50"), automated: false, asOf: d("2026-11-30"), at: at)
        }
        let refused = #expect(throws: ActionRefused.self) { try prepare("020 7946 0000") }
        #expect(refused?.message == "020 7946 0000 cannot take a text message: Not a UK mobile number")
        let item = try prepare("07700 900123")
        #expect(item.message.recipient == "447700900123" && item.message.id == "rent_dec-20261130-0001234-01-1")
        #expect(item.message.reference == item.message.id && item.body == "Ms Amara Okafor owes £7.50")
        #expect(item.diaryCode == "GMS" && item.length?.fragments == 1)
        let long = try MessageTemplate(channel: .sms, id: Self.templateId, text: String(repeating: "a", count: 919))
        #expect(throws: ActionRefused.self) { try prepare("07700 900123", long) }
        // The first number that is a mobile is chosen; the landline is passed over.
        let chosen = try MessageToQueue.recipient(.sms, in: b.file).get()
        #expect(chosen.1 == "447700900123")
        b.file.account.contacts[0].phones = ["020 7946 0000"]
        #expect(throws: ActionRefused.self) { try MessageToQueue.recipient(.sms, in: b.file).get() }
    }
}
