import ArrearsCore
import Testing
@testable import ArrearsUI

/// What the screens tell the user to press follows the user's own bindings, not the defaults.
@Suite struct ReboundKeysTests {
    func app(_ bindings: String, user: User = FixtureData.agent) throws -> App {
        let keymap = try KeyBindingsFile.apply(bindings, file: "keys.conf", registry: .standard, to: Keymap(registry: .standard))
        return App(environment: AppEnvironment(data: FixtureData(user: user), keymap: keymap))
    }

    @Test func aCaseMessageNamesTheReboundKey() throws {
        var a = try app("""
        unbind case p
        bind case z pause-case
        """)
        a.press("jj<Enter>P")
        #expect(a.message?.text.hasSuffix("is not paused; z pauses it.") == true, "\(a.message?.text ?? "no message")")
    }

    @Test func theConfirmationShowsTheReboundAnswers() throws {
        var a = try app("""
        unbind confirm y
        bind confirm o confirm-yes
        """, user: FixtureData.teamLead)
        a.press("cjjjja")
        let text = a.render(width: 80, height: 24).text
        #expect(text.contains("o yes   n or Esc no"), "\(text)")
        #expect(!text.contains("y yes"))
    }

    @Test func theFilterEditorAndTheOverviewNameTheKeys() throws {
        var a = try app("""
        bind filter r filter-reset-field
        unbind filter x
        unbind case e
        bind case E toggle-all-weeks
        """)
        a.press("f")
        #expect(a.render(width: 80, height: 24).text.contains("Left/Right change, r resets, Enter or Esc closes"))
        a.press("<Esc>jj<Enter>")
        #expect(a.render(width: 120, height: 40).text.contains("Enter expands, E all, o other charges"))
    }
}
