import ArrearsCore

/// Number and money forms used on screens (tables use `Money.tableText`; these are for tight summaries).
public enum Format {
    /// `12,345`
    public static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// An amount right-aligned in a column `width` wide; never cut — a larger amount takes the room it
    /// needs (the timeline showed `£24,832.…` when a column was cut to fit).
    public static func amount(_ m: Money, width: Int) -> String {
        let text = m.tableText
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// Whole pounds, rounded half away from zero: `£12,346`. For totals where pence are noise.
    public static func wholePounds(_ m: Money) -> String {
        let rounded = m.magnitude.pence.saturatingAdd(50) / 100
        return (m.pence < 0 ? "-" : "") + "£" + count(Int(rounded))
    }

    /// `£1,234.56 in arrears`, `£20.00 in credit`, `£0.00 clear`: how the case screen states a balance.
    public static func balanceSentence(_ m: Money) -> String {
        if m.isPositive { return "\(m.tableText) in arrears" }
        if m.isNegative { return "\(m.magnitude.tableText) in credit" }
        return "\(m.tableText), nothing owed"
    }

    public static func role(forBalance m: Money) -> StyleRole {
        m.isPositive ? .moneyArrears : m.isNegative ? .moneyCredit : .normal
    }

    public static func role(for band: Band) -> StyleRole {
        switch band {
        case .red: return .ragRed
        case .amber: return .ragAmber
        case .green: return .ragGreen
        case .clear: return .muted
        }
    }

    /// `3 Mar`: a date in the current year's timeline rows.
    public static func dayMonth(_ d: CivilDate) -> String { "\(d.day) \(CivilDate.monthNames[d.month - 1].prefix(3))" }

    /// `2–8 Mar 2026` or `30 Mar–5 Apr 2026`: an ISO week's span.
    public static func span(_ a: CivilDate, _ b: CivilDate, dash: String) -> String {
        if a.year != b.year { return "\(a.shortText)\(dash)\(b.shortText)" }
        if a.month == b.month { return "\(a.day)\(dash)\(b.shortText)" }
        return "\(dayMonth(a))\(dash)\(b.shortText)"
    }

    /// A signed change for the team lead view: `▲ 3`, `▼ 2`, `= 0`; arrows carry the meaning, not colour.
    public static func change(_ delta: Int, glyphs: Glyphs) -> String {
        if delta > 0 { return "\(glyphs.increase) \(count(delta))" }
        if delta < 0 { return "\(glyphs.decrease) \(count(-delta))" }
        return "\(glyphs.unchanged) 0"
    }
}
