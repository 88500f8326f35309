/// The value a condition saw when it was checked, kept as data so that classifying a million cases
/// builds no text; the words are made only when a caseworker asks why.
public enum Seen: Hashable, Sendable {
    case money(Money)
    /// A number with its unit: `.count(13, "days")`.
    case count(Int, String)
    case date(CivilDate)
    case mark(DiaryMark)
    case flag(Bool)
    /// Nothing on file, said in words: "no letter on file".
    case nothing(String)
    case text(String)
    case blocker(Blocker)
    case notice(NoticeKind, NoticeStanding, CivilDate)
    case court(CourtOutcome?, CivilDate?)
    case agreement(AgreementKind, AgreementState)
    case hold(HoldKind, CivilDate)

    public var text: String {
        switch self {
        case .money(let m): return m.tableText
        case let .count(n, unit): return "\(n) \(n == 1 && unit.hasSuffix("s") ? String(unit.dropLast()) : unit)"
        case .date(let d): return d.shortText
        case .mark(let mark): return mark.text
        case .flag(let f): return f ? "yes" : "no"
        case .nothing(let words): return words
        case .text(let words): return words
        case .blocker(let b): return b.text
        case let .notice(kind, standing, served): return "\(kind.shortLabel) served \(served.shortText), \(standing.label)"
        case let .court(outcome, date):
            let when = date.map { "hearing \($0.shortText)" } ?? "no hearing date"
            return "\(when), outcome \(outcome?.label ?? "not recorded")"
        case let .agreement(kind, state): return "\(kind.label.lowercased()) agreement, \(state.label.lowercased())"
        case let .hold(kind, start): return "\(kind.label) since \(start.shortText)"
        }
    }

    /// A compact machine form for JSON: money in pence, dates ISO, otherwise the words.
    func write(_ key: String, into w: inout JSONWriter) {
        w.beginObject(key)
        switch self {
        case .money(let m): w.int("pence", Int(m.pence))
        case let .count(n, unit): w.int("count", n); w.string("unit", unit)
        case .date(let d): w.string("date", d.isoText)
        case .mark(let mark): w.string("code", mark.code); w.string("date", mark.date.isoText)
        case .flag(let f): w.bool("flag", f)
        default: w.string("text", text)
        }
        w.endObject()
    }
}
