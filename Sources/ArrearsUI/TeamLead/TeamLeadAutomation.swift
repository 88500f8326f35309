import ArrearsCore

/// The team lead view's lines on last night's automation (`RunRecord.latest`): the date, letters,
/// cases acted on, cases paused for missing data, and what was left to officers by reason.
enum TeamLeadAutomation {
    /// The lines before the tables, wrapped to the screen by the layout.
    static func lines(_ record: RunRecord?) -> [StyledLine] {
        guard let record else {
            return [StyledLine("Automation has not run yet.", .muted)]
        }
        let title = "Automation, last run for \(record.asOf.shortText): \(Format.count(record.letters)) "
            + "letter\(record.letters == 1 ? "" : "s"), \(Format.count(record.acted)) case\(record.acted == 1 ? "" : "s") acted on, "
            + "\(Format.count(record.pausedForMissingData)) paused for missing data."
        let skipped = AutomationSkip.keyLabels.compactMap { key, label in
            record.skipped[key].map { "\(label) \(Format.count($0))" }
        }
        return [StyledLine(title, .heading),
                StyledLine("Left to officers: " + (skipped.isEmpty ? "none." : skipped.joined(separator: ", ") + "."),
                           skipped.isEmpty ? .muted : .normal)]
    }
}
