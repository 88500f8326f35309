import ArrearsCore

/// What the team lead view is drawn from: the summaries counted by group, the classify snapshots, the
/// letter counts and last night's automation. Kept by the screen so that an action on one case moves
/// that case between groups and the tables are laid out again from a few thousand groups, without
/// counting 100,000 summaries or reading the store again (issue 12 §4).
struct TeamLeadCounts {
    var groups: SummaryGroups
    var snapshots: [ClassifySnapshot]
    var letters: [LetterStatus: Int]
    var automation: [StyledLine]

    /// `groups` as the store keeps them (the first frame) or counted from the loaded summaries.
    static func read(session: Session, groups: SummaryGroups) -> TeamLeadCounts {
        TeamLeadCounts(groups: groups, snapshots: (try? session.data.snapshots()) ?? [],
                       letters: (try? session.data.letterCounts()) ?? [:],
                       // Last night's automation, where the data source keeps it.
                       automation: session.automation.map { TeamLeadAutomation.lines((try? $0.lastAutomationRun()) ?? nil) } ?? [])
    }

    /// One case saved: it leaves its old summary's group for its new one. Letter counts are read again
    /// (one grouped query), because the action may have queued or cancelled a letter.
    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session) {
        groups.replace(old, with: saved.summary)
        letters = (try? session.data.letterCounts()) ?? letters
    }

    func reports(context: ScreenContext) -> [ServiceArea: TeamLeadReport] {
        var reports: [ServiceArea: TeamLeadReport] = [:]
        for area in ServiceArea.allCases {
            var report = TeamLeadReport(groups: groups, area: area, asOf: context.asOf, snapshots: snapshots, letters: letters,
                                        officerName: context.officerName, glyphs: context.glyphs)
            report.preface = automation
            reports[area] = report
        }
        return reports
    }
}
