import Testing
import ArrearsCore
@testable import ArrearsUI

/// The letter screens' parts on their own: the references text area, letter ids, the team lead's
/// letter counts, stored pages, and every letter screen at the smallest and odd sizes.
@Suite struct LetterPartsTests {
    static func typed(_ keys: [Key], into area: TextArea = TextArea()) -> TextArea {
        var a = area
        for key in keys {
            let edited = a.handle(key)
            #expect(edited, "\(key) edits")
        }
        return a
    }

    static func chars(_ s: String) -> [Key] { s.map { $0 == "\n" ? Key.enter : .char($0) } }

    @Test func theTextAreaBreaksJoinsAndMovesBetweenLines() {
        var a = Self.typed(Self.chars("LH1, LH2\nLH3"))
        #expect(a.text == "LH1, LH2\nLH3")
        #expect((a.line, a.column) == (1, 3))
        a = Self.typed([.up, .end, .char(";")], into: a)
        #expect(a.text == "LH1, LH2;\nLH3")
        a = Self.typed([.down, .home, .backspace], into: a)
        #expect(a.text == "LH1, LH2;LH3", "Backspace at a line's start joins it to the line above")
        #expect((a.line, a.column) == (0, 9))
        a = Self.typed([.ctrl("w")], into: a)
        #expect(a.text == "LH1, LH3")
        a = Self.typed([.home, .delete, .ctrl("k")], into: a)
        #expect(a.text == "")
        let edited = a.handle(.function(5))
        #expect(!edited, "keys that do not edit are left to the screen")
    }

    @Test(arguments: [
        // text, width, visual rows, cursor row and column
        ("abcdef", 3, ["abc", "def", ""], 2, 0),
        ("abcde", 3, ["abc", "de"], 1, 2),
        ("ab\ncd", 5, ["ab", "cd"], 1, 2),
        ("日本語", 4, ["日本", "語"], 1, 2),
    ])
    func theTextAreaWrapsByDisplayWidth(_ text: String, _ width: Int, _ rows: [String], _ row: Int, _ column: Int) {
        let layout = TextArea(text).layout(width: width)
        #expect(layout.rows == rows)
        #expect(layout.cursor.row == row && layout.cursor.column == column)
    }

    @Test(arguments: [
        // the statuses of earlier letters with the same id, and what a new one gets
        ([LetterStatus](), LetterIds.Assignment.new("rent_letter_1-20260311-0101011-01-2")),
        ([.cancelled], .new("rent_letter_1-20260311-0101011-01-2-2")),
        ([.failed, .reviewed], .new("rent_letter_1-20260311-0101011-01-2-3")),
        ([.cancelled, .queued], nil),
        ([.sent], nil),
    ])
    func letterIdsAreTheCommandLinesAndNeverRepeatALetterOnADay(_ earlier: [LetterStatus], _ expected: LetterIds.Assignment?) throws {
        let file = LetterFixtures.joint
        let template = try #require(LetterTemplateCatalogue.standard.template(id: "rent_letter_1"))
        let prepared = LetterPreparation.prepare(template, caseFile: file, figures: LetterFigures(collectableArrears: file.balance),
                                                 asOf: Fixtures.asOf, sender: .example, role: .agent)
        let sara = try #require(prepared.letters.last?.rendered)
        #expect(LetterIds.base(sara, asOf: Fixtures.asOf) == "rent_letter_1-20260311-0101011-01-2")
        let existing = earlier.enumerated().map { n, status in
            Letter(id: LetterIds.base(sara, asOf: Fixtures.asOf) + (n == 0 ? "" : "-\(n + 1)"), accountRef: file.ref,
                   templateId: template.id, contactId: 2, status: status, author: "aagent", createdAt: LetterWorld.now,
                   updatedAt: LetterWorld.now)
        }
        let assigned = LetterIds.assign(sara, asOf: Fixtures.asOf, existing: existing)
        if let expected {
            #expect(assigned == expected)
        } else {
            #expect(assigned == .alreadyQueued(existing.first { $0.status == .queued || $0.status == .sent }!))
        }
    }

    @Test func theTeamLeadsLetterCountsOpenTheLettersScreen() {
        let table = TeamLeadReport.lettersTable([.queued: 4, .failed: 2, .sent: 9])
        #expect(table.rows.map(\.label) == ["Queued", "Failed"])
        #expect(table.rows.map { $0.cells[0].text } == ["4", "2"])
        #expect(table.rows.map { $0.cells[0].target } == [.letters(LetterFilter(status: .queued)), .letters(LetterFilter(status: .failed))])
        #expect(table.rows[1].cells[0].role == .error)
        let layout = TeamLeadScreen.layOut(TeamLeadReport(groups: SummaryGroups(), area: .rent, asOf: Fixtures.asOf, snapshots: [],
                                                          letters: [.failed: 2], officerName: { $0 ?? "" }, glyphs: .unicode), width: 80)
        #expect(layout.cells.contains { $0.contains { $0.target == .letters(LetterFilter(status: .failed)) } },
                "the count is selectable")
    }

    @Test(arguments: [
        (LetterStatus.sent, String?.none, "Sent"), (.sent, "received", "Sent · received"), (.sent, "sent", "Sent"),
        (.failed, "validation-failed", "Failed · validation-failed"), (.queued, nil, "Queued"),
    ])
    func theLettersScreenShowsNotifysStatusBesideOurs(status: LetterStatus, notify: String?, shown: String) {
        let letter = Letter(id: "l", accountRef: "r", templateId: "rent_letter_1", contactId: 1, status: status, author: "a",
                            createdAt: LetterWorld.now, updatedAt: LetterWorld.now)
        #expect(LetterListing(letter: letter, patch: nil, paymentRef: "p", tenantName: "t", notifyStatus: notify).statusText == shown)
    }

    @Test func storedTextSplitsIntoItsPrintedPages() {
        #expect(LetterPDF.pages(of: "a\nb\n\u{0C}c\n") == [["a", "b"], ["c"]])
        #expect(LetterPDF.pages(of: "").isEmpty)
        let lines = LetterPages.lines([["Dear tenant"], ["Page two"]], width: 80, glyphs: .ascii, limit: 1)
        let top = lines.first?.text ?? ""
        #expect(top.hasPrefix("   +- Page 1 of 2 --") && top.hasSuffix("+") && top.count == 3 + LetterPages.framedWidth)
        #expect(lines.count == 3, "only the first page, framed")
    }

    @Test(arguments: LetterGoldenTests.scenarios)
    func everyLetterScreenDrawsAtAnySize(_ scenario: LetterGoldenTests.Scenario) throws {
        var world = try LetterWorld(user: scenario.user)
        for step in scenario.steps {
            switch step {
            case .keys(let keys): world.press(keys)
            case .text(let text): world.type(text)
            }
        }
        for (w, h) in [(60, 16), (61, 17), (75, 20), (200, 60)] {
            let grid = world.screen(w, h)
            let cursor = try #require(grid.cursor, "\(scenario.name) at \(w)x\(h)")
            #expect(cursor.row >= 0 && cursor.row < h && cursor.column >= 0 && cursor.column < w, "\(scenario.name) at \(w)x\(h)")
            #expect(grid.rowText(h - 1).contains { $0 != " " }, "the status bar shows")
        }
    }
}
