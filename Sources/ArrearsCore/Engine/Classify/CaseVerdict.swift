/// One case's line in `arrears classify --json`: what the run decided, without the trace
/// (`arrears explain REF` gives that). Small, so that a run can print one per case as it goes.
public struct CaseVerdict: Sendable {
    public var ref: String
    /// `red`, `amber`, `green`, or `clear` for a case not in arrears.
    public var band: String
    public var score: Int
    public var action: RecommendedAction
    public var conflict: Conflict?
    public var held: [HeldStep]

    public init(_ c: Classification) {
        ref = c.ref; band = c.band.rawValue; score = c.score; action = c.action; conflict = c.conflict; held = c.held
    }

    /// One line of JSON (no newline): docs/data-formats.md, "classify --json".
    public var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.string("ref", ref)
        w.string("band", band)
        w.int("score", score)
        w.object("action", strings: [("id", action.rawValue), ("label", action.label)])
        if let conflict {
            w.beginObject("conflict")
            w.beginArray("fired")
            for fired in conflict.fired { w.string(nil, fired.rawValue) }
            w.endArray()
            w.string("chosen", conflict.chosen.rawValue)
            w.endObject()
        } else {
            w.null("conflict")
        }
        w.beginArray("held")
        for step in held { w.object(nil, strings: [("action", step.action.rawValue), ("hold", step.hold.kind.rawValue)]) }
        w.endArray()
        w.endObject()
        return w.text
    }
}
