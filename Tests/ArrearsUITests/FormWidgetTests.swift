import Testing
import ArrearsCore
@testable import ArrearsUI

@Suite struct CommentEditorTests {
    @Test func linesBreakAfterTheLastSpaceThatFitsAndKeepEveryCharacter() {
        let text = "Called Ms Okafor about the arrears today"
        var editor = CommentEditor(text, limit: 2_000)
        let lines = editor.lines(width: 12)
        #expect(lines == ["Called Ms ", "Okafor about ", "the arrears ", "today"])
        #expect(lines.joined() == text)
        #expect(editor.cursorPosition(width: 12) == (3, 5))
        let up = editor.moveLine(by: -1, width: 12)
        #expect(up && editor.cursorPosition(width: 12) == (2, 5))
        let upTwo = editor.moveLine(by: -2, width: 12)
        #expect(upTwo && editor.cursorPosition(width: 12) == (0, 5))
        let beyond = editor.moveLine(by: -1, width: 12)
        #expect(!beyond, "the first line hands Up back to the form")
    }

    @Test(arguments: [1, 2, 3, 7, 20])
    func aWordLongerThanTheLineIsBrokenWhereItMust(_ width: Int) {
        let editor = CommentEditor("Supercalifragilistic and more", limit: 2_000)
        let lines = editor.lines(width: width)
        #expect(lines.joined() == "Supercalifragilistic and more")
        for line in lines { #expect(DisplayWidth.of(line.trimmingCharacters(in: .whitespaces)) <= width) }
    }

    @Test func wideCharactersTakeTwoColumns() {
        let editor = CommentEditor("今日は 電話しました", limit: 2_000)
        #expect(editor.lines(width: 8) == ["今日は ", "電話しま", "した"])
    }

    @Test func theCountIsOfWhatWillBeSaved() {
        let editor = CommentEditor("  hello  ", limit: 3)
        #expect(editor.count == 5)
        #expect(editor.isOverLimit)
    }
}

@Suite struct ChoicePickerTests {
    let picker = ChoicePicker(DiaryEntryForm.choices)

    @Test func onlyUserSelectableCodesAreOfferedInTheirGroups() {
        let ids = picker.choices.map(\.id)
        #expect(ids.count == ActionCodes.userSelectable.count)
        #expect(!ids.contains("IC1") && !ids.contains("VOI") && !ids.contains("AGR"))
        #expect(picker.choices.first?.group == ActionCodeGroup.court.rawValue)
        let order = picker.choices.compactMap { c in ActionCodeGroup.allCases.firstIndex { $0.rawValue == c.group } }
        #expect(order.count == picker.choices.count)
        #expect(order == order.sorted(), "each group's codes are together, in catalogue order")
    }

    @Test func typingNarrowsTheListAndSelectsTheFirstMatch() {
        var p = picker
        for c in "tel" { _ = p.type(.char(c)) }
        #expect(p.matches.map(\.id) == ["INC", "OTC"])
        #expect(p.selectedId == "INC")
        let down = p.move(by: 1)
        #expect(down && p.selectedId == "OTC")
        let beyond = p.move(by: 1)
        #expect(!beyond, "the last match hands Down back to the form")
        #expect(p.rows(limit: 8) == [.heading("Contact"), .choice(p.matches[0], isSelected: false), .choice(p.matches[1], isSelected: true)])
        _ = p.type(.char("x"))
        #expect(p.matches.isEmpty)
        #expect(p.selectedId == "OTC", "nothing matching keeps the last choice")
    }

    @Test func codesAreFoundByCodeAndAccentsAreIgnored() {
        var p = picker
        for c in "VIÚ" { _ = p.type(.char(c)) }
        #expect(p.matches.map(\.id) == ["VIU"])
    }

    @Test func theWindowKeepsTheSelectionInView() {
        var p = picker
        for _ in 0..<30 { _ = p.move(by: 1) }
        let rows = p.rows(limit: 6)
        #expect(rows.count == 6)
        #expect(rows.contains { if case .choice(_, true) = $0 { return true } else { return false } })
    }

    @Test func aFewPlainValuesStepOnOneLine() {
        var p = ChoicePicker(PaymentPattern.allCases.map { Choice(id: $0.rawValue, label: $0.label) }, selected: "regular")
        #expect(p.isInline)
        _ = p.type(.right)
        #expect(p.selectedId == "variable")
        _ = p.type(.char(" "))
        #expect(p.selectedId == "one_off")
        _ = p.type(.right)
        #expect(p.selectedId == "regular", "stepping wraps round")
        _ = p.type(.char("o"))
        #expect(p.selectedId == "one_off", "a first letter picks")
    }
}

@Suite struct FormTests {
    func form() -> Form {
        Form(title: "Test", today: Fixtures.asOf, fields: [
            .info("Note", "read only"), .date("Until"), .money("Amount", required: false), .yesNo("Terms"), .comment("Comment"),
        ])
    }

    @Test func tabSkipsLinesThatCannotBeEditedAndWrapsRound() {
        var f = form()
        #expect(f.focusedField.label == "Until")
        f.focusNext(); f.focusNext(); f.focusNext()
        #expect(f.focusedField.label == "Comment")
        f.focusNext()
        #expect(f.focusedField.label == "Until")
        f.focusPrevious()
        #expect(f.focusedField.label == "Comment")
        f.setHidden("Terms", true)
        f.focusPrevious()
        #expect(f.focusedField.label == "Amount", "hidden fields are skipped")
    }

    @Test(arguments: [
        ("2026-12-24", "Thursday 24 December 2026"), ("24/12/2026", "Thursday 24 December 2026"),
        ("+2w", "Wednesday 25 March 2026"), ("+10d", "Saturday 21 March 2026"), ("tomorrow", "Thursday 12 March 2026"),
    ])
    func datesAreReadAsTheyAreTyped(_ typed: String, _ shown: String) throws {
        var f = form()
        for c in typed { _ = f.type(.char(c)) }
        #expect(f.focusedField.feedback(today: Fixtures.asOf)?.text == shown)
        #expect(f.focusedField.feedback(today: Fixtures.asOf)?.role == .success)
        #expect(try f.date("Until") != nil)
    }

    @Test(arguments: ["24/13/2026", "29/02/2026", "next week", "24/12/26"])
    func aBadDateSaysWhyAndNamesTheField(_ typed: String) {
        var f = form()
        for c in typed { _ = f.type(.char(c)) }
        #expect(f.focusedField.feedback(today: Fixtures.asOf)?.role == .error)
        #expect(throws: FieldProblem.self) { try f.date("Until") }
        do { _ = try f.date("Until") } catch let p as FieldProblem { #expect(p.field == "Until") } catch {}
    }

    @Test func moneyIsParsedAndOptionalFieldsMayBeLeftEmpty() throws {
        var f = form()
        f.focusNext()
        #expect(try f.money("Amount") == nil)
        for c in "£1,200.5" { _ = f.type(.char(c)) }
        #expect(try f.money("Amount") == Money(pence: 120_050))
        #expect(f.focusedField.feedback(today: Fixtures.asOf)?.text == "£1,200.50")
        _ = f.type(.char("5")); _ = f.type(.char("5"))
        #expect(throws: FieldProblem.self) { try f.money("Amount") }
    }

    @Test func yesOrNoIsAnsweredByLetterOrToggled() throws {
        var f = form()
        f.focus(on: "Terms")
        #expect(throws: FieldProblem.self) { try f.yesNo("Terms") }
        _ = f.type(.char("y"))
        #expect(try f.yesNo("Terms"))
        _ = f.type(.char(" "))
        #expect(try !f.yesNo("Terms"))
    }

    @Test func aProblemFocusesItsFieldAndEditingClearsIt() {
        var f = form()
        f.focus(on: "Comment")
        let shown = f.show(FieldProblem("Until", "A pause must end after today."))
        #expect(shown)
        #expect(f.focusedField.label == "Until")
        _ = f.type(.char("1"))
        #expect(f.problem == nil)
        let underTheForm = f.show(FieldProblem(nil, "Database is locked."))
        #expect(!underTheForm, "a problem with no field stays under the form")
        #expect(f.problem?.text == "Database is locked.")
    }

    @Test func onlyTypedTextCountsAsSomethingToLose() {
        var f = form()
        f.focus(on: "Terms")
        _ = f.type(.char("y"))
        #expect(!f.hasTypedText)
        f.focus(on: "Comment")
        _ = f.type(.char("x"))
        #expect(f.hasTypedText)
    }
}

@Suite struct FormSizeTests {
    /// Every form opens and draws at every size from the smallest the workbench allows, the cursor
    /// inside the screen.
    @Test(arguments: [(60, 16), (60, 20), (80, 24), (120, 40), (200, 60)])
    func everyFormDrawsAtEverySize(_ width: Int, _ height: Int) {
        for scenario in FormGoldenTests.scenarios {
            for steps in [scenario.empty, scenario.filled, scenario.refused] {
                var app = FormGoldenTests.run(steps, user: scenario.user)
                let grid = app.render(width: width, height: height)
                #expect(app.form != nil)
                let cursor = grid.cursor
                #expect(cursor.map { $0.row >= 1 && $0.row < height - 1 && $0.column >= 0 && $0.column < width } == true,
                        "\(scenario.name) at \(width)x\(height)")
            }
        }
    }

    @Test func theFocusedFieldIsScrolledIntoViewOnASmallScreen() {
        var app = FormGoldenTests.run([.keys("jj<Enter>a<Tab><Right><Tab><Tab><Tab><Tab><Tab><Tab>")], user: FixtureData.agent)
        #expect(app.form?.focusedField.label == "Notes")
        let grid = app.render(width: 60, height: 16)
        let row = grid.cursor?.row ?? 0
        #expect(grid.rowText(row).contains("Notes"))
        #expect(grid.text.contains(" of "), "the border says how much of the form shows")
    }
}
