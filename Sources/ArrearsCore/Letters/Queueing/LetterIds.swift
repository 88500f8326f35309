/// Letter ids, the same from the workbench and `arrears letters queue`: template, working date, case and tenant
/// (`rent_letter_1-20260311-0101001-01-1`). So a letter queued today, from the workbench or the
/// command line, is not queued again today. A letter that was cancelled, failed or reviewed may be
/// queued again: it gets the next free suffix (`…-1-2`).
public enum LetterIds {
    public static func base(_ rendered: RenderedLetter, asOf: CivilDate) -> String {
        let date = asOf.isoText.replacingOccurrences(of: "-", with: "")
        return "\(rendered.template.id)-\(date)-\(rendered.accountRef.replacingOccurrences(of: "/", with: "-"))-\(rendered.contactId)"
    }

    public enum Assignment: Hashable, Sendable {
        case new(String)
        /// The same letter to the same tenant is already queued or sent today.
        case alreadyQueued(Letter)
    }

    public static func assign(_ rendered: RenderedLetter, asOf: CivilDate, existing: [Letter]) -> Assignment {
        let base = base(rendered, asOf: asOf)
        let same = existing.filter { $0.id == base || $0.id.hasPrefix(base + "-") }
        if let live = same.first(where: { $0.status == .queued || $0.status == .sent }) { return .alreadyQueued(live) }
        guard !same.isEmpty else { return .new(base) }
        let taken = Set(same.map(\.id))
        var n = same.count + 1
        while taken.contains("\(base)-\(n)") { n += 1 }
        return .new("\(base)-\(n)")
    }
}
