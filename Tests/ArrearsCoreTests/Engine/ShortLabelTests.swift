import Testing
@testable import ArrearsCore

/// Every action in the catalogue has a short label for narrow columns: no two alike, none wider than
/// the Next action column at its narrowest, and used only when the full label does not fit.
@Suite struct ShortLabelTests {
    @Test func everyShortLabelIsUniqueAndFitsTheNarrowestColumn() {
        let labels = RecommendedAction.allCases.map(\.shortLabel)
        #expect(Set(labels).count == labels.count, "duplicates: \(Dictionary(grouping: labels) { $0 }.filter { $0.value.count > 1 }.keys)")
        for action in RecommendedAction.allCases {
            #expect(DisplayWidth.of(action.shortLabel) <= RecommendedAction.shortLabelWidth, "\(action.id): \(action.shortLabel)")
            #expect(!action.shortLabel.isEmpty)
        }
    }

    @Test func theLeaseholdLettersDifferWhenShort() {
        #expect(RecommendedAction.sendServiceChargeLetterOne.shortLabel != RecommendedAction.sendServiceChargeLetterTwo.shortLabel)
        #expect(RecommendedAction.sendMajorWorksLetterOne.shortLabel != RecommendedAction.sendMajorWorksLetterTwo.shortLabel)
    }

    /// "Send service charge letter 1" is 28 columns: 27 is too narrow for it, 28 and 29 are not.
    @Test(arguments: [(27, "SC letter 1"), (28, "Send service charge letter 1"), (29, "Send service charge letter 1"),
                      (12, "SC letter 1"), (5, "SC letter 1")])
    func theFullLabelIsKeptWhenItFits(width: Int, expected: String) {
        let action = RecommendedAction.sendServiceChargeLetterOne
        #expect(RecommendedAction.label(id: action.id, full: action.label, fitting: width) == expected)
    }

    @Test func aLabelOfNoKnownActionIsLeftAsItIs() {
        #expect(RecommendedAction.label(id: "not_an_action", full: "Something long to do", fitting: 5) == "Something long to do")
    }
}
